# Memory Keeper — every command a developer or CI needs. `make help` lists them.
# Set-up is automatic: the first target that needs the virtualenv or node_modules creates it.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PYPATH := PYTHONPATH=lambda:.
USER_ID ?= $(if $(USER),$(USER),local-user)
EVENT ?= tests/events/launch.json

.PHONY: help setup chat invoke test unit lint typecheck events clean

help:
	@echo "make chat [USER=alice]            talk to the skill in the terminal (embedded store)"
	@echo "make invoke EVENT=tests/events/launch.json   run the handler on one event"
	@echo "make test                         set up and run lint, types and the whole suite"
	@echo "make lint | typecheck | unit      parts of make test"
	@echo "make events                       rewrite tests/events/ from tools/envelopes.py"

$(VENV)/.installed: requirements-dev.txt lambda/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.installed

chat: $(VENV)/.installed
	@$(PYPATH) $(PY) -m tools.chat --user "$(USER_ID)"

invoke: $(VENV)/.installed
	@$(PYPATH) $(PY) -m tools.invoke "$(EVENT)"

events: $(VENV)/.installed
	$(PYPATH) $(PY) -m tools.make_events

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(VENV)/.installed
	$(VENV)/bin/mypy

unit: setup
	$(VENV)/bin/pytest -q

test: setup lint typecheck unit

clean:
	rm -rf $(VENV) node_modules .local .pytest_cache .mypy_cache .ruff_cache .aws-sam build
