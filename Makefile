# `make demo` and `make test` work on a fresh machine: they create .venv and install what they need.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
# Only for the optional transformer NER backend's tests: the local CPU torch file, never a CUDA build.
TEST_EXTRAS := torch==2.13.0 transformers

.PHONY: venv demo test lint artifacts bench

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,ray]'
	$(PY) -m pip install -q $(TEST_EXTRAS)
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

venv: $(STAMP)

demo: venv
	$(VENV)/bin/khabar demo

lint: venv
	$(VENV)/bin/ruff check khabar tests benchmarks

# pytest exits 5 when it collected nothing: that is a failure here, not a pass.
test: venv lint
	$(PY) -m pytest -q -p no:cacheprovider tests; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 1; fi; exit $$rc

# Rebuild the shipped artifacts (knowledge base, name lists, NER weights) from ../shared/data, then the
# learned components over the rules from the ANERcorp annotations in eval/ (they run the pipeline, so last).
artifacts: venv
	$(VENV)/bin/khabar build kb
	$(VENV)/bin/khabar build quote-names
	$(VENV)/bin/khabar train ner
	$(VENV)/bin/khabar train factuality
	$(VENV)/bin/khabar train quote-speakers

bench: venv
	$(PY) -m benchmarks --quick
