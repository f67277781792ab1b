# Two commands on a fresh machine: `make serve` (or `make build`) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test
CHROMIUM := /usr/bin/chromium
DEBS   := $(VENV)/.installed-debs
# Debian packages the other-plugin builds need (tests/site/test_compat.py): Cairo for Material's
# social cards (cairosvg), a font for them (no Google Fonts offline), git for git-revision-date
# and rss
TEST_DEBS := libcairo2 fonts-dejavu-core git
PORT   ?= 8000
# Reproducible builds: dates MkDocs writes (sitemap) come from the last commit, not the clock.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build test test-fast lint bench eval screenshots clean check-python

# --dirty: the plugin tells MkDocs which pages an edit changes, and the site stays equal to a
# clean build (docs/performance.md); a plain `mkdocs serve` builds every page each time.
serve: $(STAMP)
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:$(PORT)

build: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(TSTAMP) $(CHROMIUM) $(DEBS)
	$(BIN)/python -m pytest

test-fast: $(TSTAMP)
	$(BIN)/python -m pytest -m "not slow and not browser"

# ruff, mypy, and the layers of the package (.importlinter: one-way stages, only the adapter
# imports MkDocs); CI runs it before the tests
lint: $(TSTAMP)
	$(BIN)/ruff check plugins tests bench
	$(BIN)/mypy plugins/briefings
	$(BIN)/lint-imports

# Quality on every gold set (dev gold, real unseen dev and test halves, synthetic): prints the
# tables; `make eval WRITE=1` also rewrites bench/results/entities.md and claims.md.
eval: $(TSTAMP)
	$(BIN)/python bench/evaluate.py $(if $(WRITE),--write)
	$(BIN)/python bench/evaluate_claims.py $(if $(WRITE),--write)

# Quick by default (100 seeds, one run, about 3 minutes); the recorded run is
# make bench BENCH="--sizes 100 1000 5000 --runs 3 --write" (about 35 minutes on 2 cores); at 20 000
# seeds add --floor-a-up-to 5000 --serve-cold-up-to 5000 (floor a alone would take ~50 minutes
# there, serve's cold first build ~40; the recorded 20 000 run took ~1 hour).
bench: $(TSTAMP)
	$(BIN)/python bench/performance.py $(BENCH)

screenshots: $(TSTAMP) $(CHROMIUM)
	$(BIN)/python bench/screenshots.py

$(VENV)/bin/python: | check-python
	$(PYTHON) -m venv $(VENV)

# A clear message instead of a cryptic pip error on an older Python.
check-python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "Briefings needs Python >= 3.11, and '$(PYTHON)' is $$($(PYTHON) --version 2>&1 || echo missing)." >&2; \
	  echo "Install Python 3.11 or newer, then run e.g. 'make PYTHON=python3.11 test'." >&2; exit 1; }

$(STAMP): $(VENV)/bin/python requirements.txt pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(TSTAMP): $(STAMP) requirements-test.txt
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

# Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
$(CHROMIUM):
	@if [ "$$(id -u)" = "0" ]; then \
	  apt-get install -y --no-install-recommends chromium || { apt-get update && apt-get install -y --no-install-recommends chromium; }; \
	else \
	  echo "Chromium is missing: run 'sudo apt-get install chromium' (Debian) and retry." >&2; exit 1; \
	fi

$(DEBS): $(VENV)/bin/python Makefile
	@missing="$$(for p in $(TEST_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done)"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ]; then \
	    apt-get install -y --no-install-recommends $$missing || { apt-get update && apt-get install -y --no-install-recommends $$missing; }; \
	  else \
	    echo "Missing Debian packages: run 'sudo apt-get install" $$missing"' and retry." >&2; exit 1; \
	  fi; \
	fi
	touch $@

clean:
	rm -rf site .cache
