# Two commands do all set-up on a fresh machine:
#   make serve   create .venv, install, and preview the site on http://127.0.0.1:8000/awesome-knowledge-distillation/
#                (kd serve: mkdocs serve --dirty, rebuilding only the pages an edit changes)
#   make test    create .venv, install (and Debian's chromium if missing), run every test
#   make gates   the full sweeps: web quality gates on every page (axe-core, Nu Html Checker, links, Lighthouse) and
#                every bad-data case through a site build; make test runs them on a representative set
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# apt-get that waits (up to 10 minutes) for another apt or dpkg run to release its lock instead of failing at once
APT_GET := $(SUDO) sh tools/apt-get.sh
# Material for MkDocs prints an end-of-life notice on every mkdocs run; this is its documented switch to turn it off
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test gates lighthouse check lint browser tools clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

browser:
	@test -x /usr/bin/chromium || { $(APT_GET) update -qq && $(APT_GET) install -y -qq chromium fonts-wqy-microhei; }

# Node (npm) and Java run the gates' tools: axe-core, Lighthouse, and the Nu Html Checker (vnu.jar).
tools:
	@{ command -v npm && command -v java; } >/dev/null || { $(APT_GET) update -qq && $(APT_GET) install -y -qq nodejs npm default-jre-headless; }

# --ignore-scripts: vnu-jar's postinstall would download a Java runtime; the system's java runs vnu.jar.
$(NPM_STAMP): package.json package-lock.json | tools
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

serve: $(STAMP)
	$(BIN)/kd serve

build: $(STAMP)
	$(BIN)/mkdocs build --strict

check: $(STAMP)
	$(BIN)/kd check

lint: $(STAMP)
	$(BIN)/kd check
	$(BIN)/kd fmt --check
	$(BIN)/kd readme --check

test: $(STAMP) browser lint $(NPM_STAMP)
	$(BIN)/python -m pytest

gates: $(STAMP) browser $(NPM_STAMP)
	KD_GATES=full $(BIN)/python -m pytest tests/gates/web tests/unit/test_validation.py

# Lighthouse (mobile) scores, median of three runs per page, into bench/results/lighthouse.json (a benchmark:
# the accessibility, best-practices and SEO gate is tests/gates/web/test_lighthouse.py, part of make test).
lighthouse: $(STAMP) browser $(NPM_STAMP)
	$(BIN)/python bench/lighthouse.py

clean:
	rm -rf site $(VENV) node_modules
