# zone-kg — the Makefile is the documented interface. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
ZKG := $(VENV)/bin/zone-kg
ARTICLE ?= fuzhou-hitech-2025
ARTICLE_DIR := data/articles/$(ARTICLE)
CORPUS ?= data/articles
DEMO ?= tests/data/corpus
EXPORTS ?= exports
DEMO_EXPORTS ?= $(EXPORTS)/demo-corpus
STAMPS := .zone-kg/stamps
JOBS ?= $(shell nproc 2>/dev/null || echo 1)
# What an export depends on: the package (code, view assets), the ontology and the articles.
PACKAGE_SOURCES := pyproject.toml $(shell find graph -type f \( -name '*.py' -o -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.ttl' \) -not -path '*/__pycache__/*')
ONTOLOGY_SOURCES := $(wildcard ontology/*.ttl)
CORPUS_INPUTS := $(shell find $(CORPUS) -type f -not -name '.*') $(wildcard $(dir $(CORPUS:/=))entities.yaml)
DEMO_INPUTS := $(shell find $(DEMO) -type f -not -name '.*' 2>/dev/null)
BASE ?= https://w3id.org/zone-kg/id/
Q ?= queries/01-zone-clusters.rq
FORMAT ?= table
STORE ?= .zone-kg/store
BIND ?= 127.0.0.1:7878

.DEFAULT_GOAL := help
.PHONY: help install export test lint typecheck validate resolve query view stats bench eval-extract train crf-cv clean system-deps namespace load serve bench-query bench-corpus

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-12s %s\n", $$1, $$2}'

# Two steps: `make export` needs only the runtime dependencies; `make test` adds the test extras.
# The installer is uv (PyPI's `uv` wheel, one static binary: it downloads and installs in
# parallel): the machine's pip fetches it into .venv/tools/ (`--target`, which any pip has), then
# uv installs zone-kg editable (so `make export` sees every edit to graph/; the build backend
# runs in its usual isolated build environment) into a venv made without a pip of its own.
# Where uv cannot be installed (no pip, PyPI out of reach, no release matching UV_REQ), or with
# INSTALLER=pip, the machine's pip (>= 22.3, `--python`) installs instead, and an older pip gets
# the venv's own. Nothing is byte-compiled for `make export`: compiling all ~45 packages cost
# ~10 s of CPU, the two exports compiling what they import ~5 s (that much only where
# PYTHONDONTWRITEBYTECODE keeps them from writing the .pyc files); `make install` with uv compiles
# the whole venv, as pip did. Timings of a fresh clone's `make export`: README, "Two commands".
INSTALLER ?= uv
UV_REQ ?= uv>=0.8,<1
UV := $(VENV)/tools/bin/uv
PIP_OPTS := --quiet --disable-pip-version-check
UV_OPTS := --quiet --python $(PY)
HOST_PIP_HAS_PYTHON = $(PYTHON) -m pip --help 2>/dev/null | grep -q -- '--python <python>'

$(VENV)/.runtime: pyproject.toml
	@set -e; \
	echo "make: [1/3] creating $(VENV), a venv without a pip of its own"; \
	$(PYTHON) -m venv --without-pip $(VENV); \
	if [ "$(INSTALLER)" = uv ] && [ ! -x $(UV) ]; then \
	  echo "make: [2/3] fetching the installer uv ($(UV_REQ)) from PyPI into $(VENV)/tools/ with the machine's pip"; \
	  PIP_ROOT_USER_ACTION=ignore $(PYTHON) -m pip install $(PIP_OPTS) --no-deps --no-compile --only-binary :all: \
	    --target $(VENV)/tools '$(UV_REQ)' >$(VENV)/tools.log 2>&1 \
	    || { why=$$(grep -E '^ERROR|Error' $(VENV)/tools.log | tail -n1); \
	         echo "make:       uv could not be installed ($${why:-$$(tail -n1 $(VENV)/tools.log)}): pip installs instead"; }; \
	else \
	  echo "make: [2/3] installer: $(if $(filter uv,$(INSTALLER)),uv (already in $(VENV)/tools/),pip (INSTALLER=$(INSTALLER)))"; \
	fi; \
	if [ "$(INSTALLER)" = uv ] && [ -x $(UV) ]; then \
	  echo "make: [3/3] uv pip install -e . — zone-kg (editable) and its runtime dependencies into $(VENV)"; \
	  $(UV) pip install $(UV_OPTS) -e .; \
	elif $(HOST_PIP_HAS_PYTHON); then \
	  echo "make: [3/3] pip install -e . — zone-kg (editable) and its runtime dependencies into $(VENV) with the machine's pip"; \
	  $(PYTHON) -m pip --python $(PY) install $(PIP_OPTS) --no-compile -e .; \
	else \
	  echo "make: [3/3] pip install -e . — the machine's pip is older than 22.3: $(VENV) gets a pip of its own, which installs"; \
	  $(PYTHON) -m venv $(VENV) && $(PY) -m pip install $(PIP_OPTS) --no-compile -e .; \
	fi
	@touch $@

# The test extras, and pip into .venv (the wheel test builds with the venv's own pip)
$(VENV)/.installed: $(VENV)/.runtime
	@set -e; \
	if [ "$(INSTALLER)" = uv ] && [ -x $(UV) ]; then \
	  echo "make: uv pip install --compile-bytecode -e '.[extract,test]' pip — the extraction and test extras (jieba; pytest, playwright, owlready2, mypy, ruff …)"; \
	  $(UV) pip install $(UV_OPTS) --compile-bytecode -e '.[extract,test]' pip; \
	elif $(PY) -m pip --version >/dev/null 2>&1; then \
	  echo "make: pip install -e '.[extract,test]' — the extraction and test extras (jieba; pytest, playwright, owlready2, mypy, ruff …)"; \
	  $(PY) -m pip install $(PIP_OPTS) -e '.[extract,test]'; \
	else \
	  echo "make: pip install -e '.[extract,test]' pip — the extraction and test extras (jieba; pytest, playwright, owlready2, mypy, ruff …)"; \
	  $(PYTHON) -m pip --python $(PY) install $(PIP_OPTS) -e '.[extract,test]' pip; \
	fi
	@touch $@

install: $(VENV)/.installed ## create .venv and install zone-kg with its test extras

system-deps: ## install Debian packages the tests need (chromium, raptor, java); needs root
	./scripts/install-system-deps.sh

export: $(STAMPS)/export $(STAMPS)/demo-export ## export the corpus data/articles/ to exports/ and the synthetic demo corpus to exports/demo-corpus/

# Real file targets: a second `make export` with nothing changed does nothing. The demo
# export goes after the main one (which replaces exports/ as a whole), so -j is safe.
$(STAMPS)/export: $(VENV)/.runtime $(CORPUS_INPUTS) $(ONTOLOGY_SOURCES) $(PACKAGE_SOURCES)
	@echo "make: exporting the corpus $(CORPUS) to $(EXPORTS)/"
	$(ZKG) export $(CORPUS) --out $(EXPORTS) --base $(BASE) --jobs $(JOBS)
	@mkdir -p $(@D) && touch $@

$(STAMPS)/demo-export: $(STAMPS)/export $(DEMO_INPUTS)
	@echo "make: exporting the synthetic demo corpus $(DEMO) to $(DEMO_EXPORTS)/"
	$(ZKG) export $(DEMO) --out $(DEMO_EXPORTS) --base $(BASE) --jobs $(JOBS) --synthetic --no-docs
	@mkdir -p $(@D) && touch $@

namespace: $(VENV)/.installed ## regenerate graph/namespace.py's ZKG class from ontology/zone.ttl
	$(PY) -m graph.namespace_codegen

test: $(VENV)/.installed system-deps lint typecheck ## lint, type-check and run the whole test suite
	$(PY) -m pytest -q

lint: $(VENV)/.installed ## ruff
	$(VENV)/bin/ruff check graph tests bench

typecheck: $(VENV)/.installed ## mypy on the package
	$(VENV)/bin/mypy

validate: $(VENV)/.runtime ## SHACL-validate the corpus, list unmapped indicators and conflicting figures
	$(ZKG) validate $(CORPUS)

resolve: $(VENV)/.runtime ## propose cross-article entity merges for review: make resolve CORPUS=tests/data/corpus
	$(ZKG) resolve $(CORPUS)

query: $(VENV)/.runtime ## run a SPARQL query on the exported corpus: make query Q=queries/x.rq [FORMAT=csv]
	$(ZKG) query $(EXPORTS)/corpus.ttl $(Q) --format $(FORMAT)

stats: $(VENV)/.runtime ## counts of articles, entities, merges, nodes, edges, figures and evidence
	$(ZKG) stats $(CORPUS)

load: $(VENV)/.runtime ## load the corpus (one named graph per article + the corpus graph) into the Oxigraph store: make load [CORPUS=dir] [STORE=dir]
	$(ZKG) load $(CORPUS) --store $(STORE) --base $(BASE)

serve: $(VENV)/.installed ## run the Oxigraph SPARQL server on the store, read-only: make serve [BIND=127.0.0.1:7878]
	$(ZKG) serve --store $(STORE) --bind $(BIND)

view: ## print the path of the HTML view (and open it where a browser exists)
	@echo "$(abspath $(EXPORTS)/$(ARTICLE).html)"; echo "$(abspath $(DEMO_EXPORTS)/corpus.html)"
	@command -v xdg-open >/dev/null 2>&1 && [ -n "$$DISPLAY" ] && xdg-open "$(EXPORTS)/$(ARTICLE).html" || true

bench: $(VENV)/.installed ## benchmark load/build/export at 1x..1000x the article's size: make bench [SIZES=1,10,100]
	$(PY) bench/bench_build.py $(if $(SIZES),--sizes $(SIZES))

bench-corpus: $(VENV)/.installed ## corpus export time and peak memory at 8..1000 articles, streamed and in memory: make bench-corpus [SIZES=8,100,1000] [BASELINE=42ea501]
	$(PY) bench/bench_corpus.py --sizes $(or $(SIZES),8,100,1000) $(if $(BASELINE),--baseline $(BASELINE))

bench-query: $(VENV)/.installed ## time every competency query on stores 10x and 100x the seed and the test corpus and on the synthetic 100x article: Oxigraph engine and Python time vs rdflib
	$(PY) bench/bench_query.py

eval-extract: $(VENV)/.installed ## score the draft extractor on the seed, the dev reports and the holdout reports
	$(PY) bench/eval_extract.py

# The optional crf_names component's model: trained on the seed and the dev reports only (never a
# holdout), deterministically (same golds → same bytes), shipped inside the package.
TRAIN_FOLDERS := $(sort $(dir $(wildcard data/articles/*/facts.yaml tests/data/reports/*/facts.yaml)))

train: $(VENV)/.installed ## retrain the name CRF (graph/extract/models/names.crfsuite) on the seed and dev golds
	$(PY) -m graph.extract.crf $(TRAIN_FOLDERS)

crf-cv: $(VENV)/.installed ## cross-validate the name CRF on the dev golds (leave reports out): make crf-cv [ARGS=--pipeline]
	$(PY) bench/crf_cv.py $(ARGS)

clean: ## remove the venv and caches (exports/ is committed and stays)
	rm -rf $(VENV) tmp .zone-kg/stamps .pytest_cache .mypy_cache .ruff_cache
