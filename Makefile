# Everything the project needs is installed by this file: a fresh machine needs only python3.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= data/archive.db

.PHONY: install browser test run bench bench-large score model clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The browser test drives Debian's Chromium (no browser is downloaded at run time).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser test"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    chromium fonts-dejavu-core >/dev/null; }

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# The README's main command: set up, ingest the bundled example letters, serve on http://127.0.0.1:8001
run: $(STAMP)
	mkdir -p $(dir $(DB))
	$(BIN)/beschlussarchiv ingest examples --db $(DB)
	$(BIN)/beschlussarchiv serve --db $(DB) --port 8001

score: $(STAMP)
	for c in seed real dev; do \
	  $(PYTHON) ../shared/eval/score.py ../shared/corpus/$$c --cmd "$(BIN)/beschlussarchiv extract --json" | tail -n 1; done

# Retrain the point-status classifier from the blind sets' truth (deterministic; see pipeline/status_model.py);
# a set named in tests/corpus/UNREAD is not trained on: a round scored blind and kept for the next round's reading,
# or one whose answers cost the seed letter a status when trained on (blind25, docs/accuracy.md "After round 25").
TRAINED = $(filter-out $(patsubst %,tests/corpus/%/truth,$(shell cat tests/corpus/UNREAD 2>/dev/null)),$(wildcard tests/corpus/blind*/truth))
model: $(STAMP)
	$(BIN)/python -m pipeline.status_model evaluate $(TRAINED)
	$(BIN)/python -m pipeline.status_model train $(TRAINED)

bench: $(STAMP)
	$(BIN)/python -m tests.bench $(BENCH)

# The serve benchmark over an archive of a million generated letters (built once, about 40 minutes
# on 2 cores, then cached under data/bench/; see tests/bench_serve.py).
bench-large: $(STAMP)
	BENCH_SERVE_COUNT=1000000 $(BIN)/python -m tests.bench serve

clean:
	rm -rf $(VENV) build *.egg-info data tests/artifacts
