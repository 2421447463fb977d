# The two commands of the README: `make demo` runs the bot's main job offline,
# `make test` runs every test. Both set up .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo web-demo test chat setup browser clean

$(BIN)/samen: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(BIN)/samen

setup: $(BIN)/samen

# The web page's browser tests drive Debian's Chromium (/usr/bin/chromium) through Playwright. It is
# installed here when missing (apt-get, as root or with sudo; with an emoji font for the
# screenshots); without it those tests are skipped on your machine and fail under CI.
CHROMIUM ?= /usr/bin/chromium
browser:
	@test -x $(CHROMIUM) || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get install -y -q chromium fonts-noto-color-emoji >/dev/null 2>&1 || \
	  { $$SUDO apt-get update -q >/dev/null 2>&1 && $$SUDO apt-get install -y -q chromium fonts-noto-color-emoji >/dev/null 2>&1; } || \
	  echo "could not install Chromium: install Debian's chromium for the browser tests"; }

demo: setup
	$(BIN)/samen demo

# the demo, then its web page for a minute: open the coordinator's sign-in link it prints
web-demo: setup
	$(BIN)/samen demo --serve

chat: setup
	$(BIN)/samen chat

# in parallel, a worker per core (pytest-xdist); the 15 slowest tests are listed at the end
test: setup browser
	$(BIN)/python -m pytest -q -n auto

clean:
	rm -rf $(VENV) data
