# Two commands do all set-up on a fresh machine:
#   make serve   create .venv, install, and serve the site on http://127.0.0.1:8000
#   make test    create .venv, install (and Debian's chromium if missing), run every test
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: serve build test check lint browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

browser:
	@test -x /usr/bin/chromium || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei; }

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

test: $(STAMP) browser lint
	$(BIN)/python -m pytest

clean:
	rm -rf site $(VENV)
