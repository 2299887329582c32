PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test train install clean

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $@

install: $(BIN)/.installed

demo: $(BIN)/.installed
	mkdir -p out
	$(BIN)/python -m pipeline annotate corpus/sample.jsonl -o out/demo.jsonl
	$(BIN)/python -m pipeline summary out/demo.jsonl

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q

train: $(BIN)/.installed
	$(BIN)/pip install -q -e ".[train]"
	$(BIN)/python -m pipeline train

clean:
	rm -rf out build *.egg-info
