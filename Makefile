# Two commands do all set-up on a fresh machine:
#   make serve   create .venv, install, and serve the site on http://127.0.0.1:8000
#   make test    create .venv, install (and Debian's chromium if missing), run every test
#   make gates   only the web quality gates (axe-core, Nu Html Checker, links, Lighthouse); make test runs them too
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve build test gates lighthouse check lint browser tools clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

browser:
	@test -x /usr/bin/chromium || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei; }

# Node (npm) and Java run the gates' tools: axe-core, Lighthouse, and the Nu Html Checker (vnu.jar).
tools:
	@{ command -v npm && command -v java; } >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm default-jre-headless; }

# --ignore-scripts: vnu-jar's postinstall would download a Java runtime; the system's java runs vnu.jar.
$(NPM_STAMP): package.json package-lock.json | tools
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

serve: $(STAMP)
	$(BIN)/mkdocs serve -a 127.0.0.1:8000

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
	KD_GATES=full $(BIN)/python -m pytest tests/gates/web

# Lighthouse (mobile) scores, median of three runs per page, into bench/results/lighthouse.json (a benchmark:
# the accessibility, best-practices and SEO gate is tests/gates/web/test_lighthouse.py, part of make test).
lighthouse: $(STAMP) browser $(NPM_STAMP)
	$(BIN)/python bench/lighthouse.py

clean:
	rm -rf site $(VENV) node_modules
