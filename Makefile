# Two commands do all set-up on a fresh machine:
#   make serve   create .venv, install, and preview the site on http://127.0.0.1:8000/awesome-knowledge-distillation/
#                (kd serve: mkdocs serve --dirty, rebuilding only the pages an edit changes)
#   make test    create .venv (and .venv-zensical), install (and Debian's chromium if missing), run every test
#   make gates   the full sweeps: web quality gates on every page (axe-core, Nu Html Checker, links, Lighthouse) and
#                every bad-data case through a site build; make test runs them on a representative set
#   make build-zensical   the same site built by Zensical (pinned, in its own .venv-zensical), into site/
VENV ?= .venv
ZENSICAL_VENV ?= .venv-zensical
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ZENSICAL_STAMP := $(ZENSICAL_VENV)/.installed
# where tests/engines and bench/build_engines.py find Zensical
export KD_ZENSICAL_VENV := $(abspath $(ZENSICAL_VENV))
NPM_STAMP := node_modules/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# apt-get that waits (up to 10 minutes) for another apt or dpkg run to release its lock instead of failing at once
APT_GET := $(SUDO) sh tools/apt-get.sh
# Material for MkDocs prints an end-of-life notice on every mkdocs run; this is its documented switch to turn it off
export NO_MKDOCS_2_WARNING := 1
# The browser of the tests, the benchmarks and Lighthouse: Debian's chromium unless CHROME_PATH names another
CHROME_PATH ?= /usr/bin/chromium
export CHROME_PATH

.PHONY: serve build build-zensical test gates lighthouse check lint audit browser tools clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Zensical (the successor of Material for MkDocs) in a venv of its own: the optional extra `zensical` of pyproject.toml.
$(ZENSICAL_STAMP): pyproject.toml
	$(PYTHON) -m venv $(ZENSICAL_VENV)
	$(ZENSICAL_VENV)/bin/pip install --quiet --upgrade pip
	$(ZENSICAL_VENV)/bin/pip install --quiet -e '.[zensical]'
	touch $@

browser:
	@test -x "$(CHROME_PATH)" || { $(APT_GET) update -qq && $(APT_GET) install -y -qq chromium fonts-wqy-microhei; }

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

# --clean: Zensical caches each page by its Markdown and the configuration, and cannot know that our macros read data/.
# Zensical has no post-build step: `kd site-files` writes the exports, feeds, sitemaps and search indexes afterwards.
build-zensical: $(ZENSICAL_STAMP)
	$(ZENSICAL_VENV)/bin/zensical-i18n build --clean --strict
	$(ZENSICAL_VENV)/bin/kd site-files site

check: $(STAMP)
	$(BIN)/kd check

lint: $(STAMP)
	$(BIN)/kd check
	$(BIN)/kd fmt --check
	$(BIN)/kd readme --check

# zizmor audits the GitHub Actions workflows (pinned actions, least permissions, no kept credentials) offline.
audit: $(STAMP)
	$(BIN)/zizmor --offline .github/workflows/

test: $(STAMP) $(ZENSICAL_STAMP) browser lint audit $(NPM_STAMP)
	$(BIN)/python -m pytest

gates: $(STAMP) browser $(NPM_STAMP)
	KD_GATES=full $(BIN)/python -m pytest tests/gates/web tests/unit/test_validation.py

# Lighthouse (mobile) scores, median of three runs per page, into bench/results/lighthouse.json (a benchmark:
# the accessibility, best-practices and SEO gate is tests/gates/web/test_lighthouse.py, part of make test).
lighthouse: $(STAMP) browser $(NPM_STAMP)
	$(BIN)/python bench/lighthouse.py

clean:
	rm -rf site .zensical-i18n $(VENV) $(ZENSICAL_VENV) node_modules
