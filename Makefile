# The two commands of the README: `make demo` runs the bot's main job offline,
# `make test` runs every test. Both set up .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test chat setup clean

$(BIN)/samen: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BIN)/samen

setup: $(BIN)/samen

demo: setup
	$(BIN)/samen demo

chat: setup
	$(BIN)/samen chat

# in parallel, a worker per core (pytest-xdist); the 15 slowest tests are listed at the end
test: setup
	$(BIN)/python -m pytest -q -n auto

clean:
	rm -rf $(VENV) data
