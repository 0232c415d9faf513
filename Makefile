# Every target installs what it needs into .venv first, so each works on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEED := corpus/articles/000_8f0eeca2bac8cbe9.txt

.PHONY: install run test eval bench clean

# An editable install leaves our modules uncompiled; where PYTHONDONTWRITEBYTECODE is set, every process
# would compile them again at start-up, so they are compiled once here, as installing a wheel does.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	$(BIN)/python -m compileall -q pipeline
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/conflict-ie extract $(SEED)

test: $(STAMP)
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/conflict-ie extract corpus/articles --out out/corpus --quiet
	$(BIN)/conflict-ie evaluate --gold corpus/gold --pred out/corpus --articles corpus/articles

bench: $(STAMP)
	mkdir -p out
	$(BIN)/conflict-ie bench --out out/bench.json

clean:
	rm -rf out build *.egg-info
