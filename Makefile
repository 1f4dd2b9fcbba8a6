# zone-kg — the Makefile is the documented interface. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
ZKG := $(VENV)/bin/zone-kg
ARTICLE ?= fuzhou-hitech-2025
ARTICLE_DIR := data/articles/$(ARTICLE)
EXPORTS ?= exports
BASE ?= https://w3id.org/zone-kg/id/
Q ?= queries/01-zone-clusters.rq
FORMAT ?= table
CORPUS ?= data/articles
STORE ?= .zone-kg/store
BIND ?= 127.0.0.1:7878

.DEFAULT_GOAL := help
.PHONY: help install export test lint typecheck validate query view stats bench eval-extract clean system-deps load serve bench-query

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed ## create .venv and install zone-kg with its test extras

system-deps: ## install Debian packages the tests need (chromium, raptor, java); needs root
	./scripts/install-system-deps.sh

export: $(VENV)/.installed ## build the graph and write every format and the ontology docs to exports/
	$(ZKG) export $(ARTICLE_DIR) --out $(EXPORTS) --base $(BASE)

test: $(VENV)/.installed system-deps lint typecheck ## lint, type-check and run the whole test suite
	$(PY) -m pytest -q

lint: $(VENV)/.installed ## ruff
	$(VENV)/bin/ruff check graph tests bench

typecheck: $(VENV)/.installed ## mypy on the package
	$(VENV)/bin/mypy

validate: $(VENV)/.installed ## SHACL-validate the built graph against ontology/shapes.ttl
	$(ZKG) validate $(ARTICLE_DIR)

query: $(VENV)/.installed ## run a SPARQL query on the exported Turtle: make query Q=queries/x.rq [FORMAT=csv]
	$(ZKG) query $(EXPORTS)/$(ARTICLE).ttl $(Q) --format $(FORMAT)

load: $(VENV)/.installed ## load every article's named graph into the Oxigraph store: make load [CORPUS=dir] [STORE=dir]
	$(ZKG) load $(CORPUS) --store $(STORE) --base $(BASE)

serve: $(VENV)/.installed ## run the Oxigraph SPARQL server on the store, read-only: make serve [BIND=127.0.0.1:7878]
	$(ZKG) serve --store $(STORE) --bind $(BIND)

stats: $(VENV)/.installed ## counts of nodes, edges, figures and evidence
	$(ZKG) stats $(ARTICLE_DIR)

view: ## print the path of the HTML view (and open it where a browser exists)
	@echo "$(abspath $(EXPORTS)/$(ARTICLE).html)"
	@command -v xdg-open >/dev/null 2>&1 && [ -n "$$DISPLAY" ] && xdg-open "$(EXPORTS)/$(ARTICLE).html" || true

bench: $(VENV)/.installed ## benchmark load/build/export at 1x..1000x the article's size
	$(PY) bench/bench_build.py

bench-query: $(VENV)/.installed ## time every competency query on a store 100x the seed: Oxigraph vs rdflib
	$(PY) bench/bench_query.py

eval-extract: $(VENV)/.installed ## score the draft extractor on the seed, the dev reports and the holdout reports
	$(PY) bench/eval_extract.py

clean: ## remove the venv and caches (exports/ is committed and stays)
	rm -rf $(VENV) tmp .pytest_cache .mypy_cache .ruff_cache
