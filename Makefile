# Memory Keeper — every command a developer or CI needs. `make help` lists them.
# Set-up is automatic: the first target that needs the virtualenv or node_modules creates it.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PYPATH := PYTHONPATH=lambda:.
USER_ID ?= $(if $(USER),$(USER),local-user)
TIME_ZONE ?= UTC
EVENT ?= tests/events/launch.json
SAM_VENV := .venv-sam
SAM := SAM_CLI_TELEMETRY=0 $(SAM_VENV)/bin/sam
STACK ?= memory-keeper
ARTIFACT := .aws-sam/build/MemoryKeeperFunction

.PHONY: help setup chat invoke test unit lint typecheck events bench build deploy skill-package clean

help:
	@echo "make chat [USER=alice] [TIME_ZONE=America/Chicago]   talk to the skill in the terminal"
	@echo "make invoke EVENT=tests/events/launch.json   run the handler on one event"
	@echo "make test                         set up and run lint, types and the whole suite"
	@echo "make lint | typecheck | unit      parts of make test"
	@echo "make events                       rewrite tests/events/ from tools/envelopes.py"
	@echo "make bench                        persistence: stock ASK adapter vs ours, on dynalite"
	@echo "make build                        sam build (no Docker needed) and print the artifact size"
	@echo "make deploy                       sam deploy (--guided the first time)"
	@echo "make skill-package [STACK=...]    build/skill-package with the deployed function ARN"

$(VENV)/.installed: requirements-dev.txt lambda/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(SAM_VENV)/.installed: requirements-sam.txt
	$(PYTHON) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-sam.txt
	touch $@

setup: $(VENV)/.installed node_modules/.installed $(SAM_VENV)/.installed

chat: $(VENV)/.installed
	@$(PYPATH) $(PY) -m tools.chat --user "$(USER_ID)" --time-zone "$(TIME_ZONE)"

invoke: $(VENV)/.installed
	@$(PYPATH) $(PY) -m tools.invoke "$(EVENT)"

events: $(VENV)/.installed
	$(PYPATH) $(PY) -m tools.make_events

bench: $(VENV)/.installed node_modules/.installed
	$(PYPATH) $(PY) -m tools.bench_persistence

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(VENV)/.installed
	$(VENV)/bin/mypy

unit: setup
	$(VENV)/bin/pytest -q

test: setup lint typecheck unit

build: $(SAM_VENV)/.installed
	$(SAM) build
	@$(PYTHON) tools/artifact_report.py $(ARTIFACT)

# The first deploy asks for the parameters (SkillId, ...) and saves them in samconfig.toml.
deploy: build
	@if grep -q '^parameter_overrides' samconfig.toml; then $(SAM) deploy; \
	else $(SAM) deploy --guided; fi
	@echo "next: make skill-package STACK=$(STACK), then: cd build && ask deploy"

skill-package: $(VENV)/.installed
	$(PYPATH) $(PY) -m tools.render_skill_package --stack "$(STACK)"

clean:
	rm -rf $(VENV) $(SAM_VENV) node_modules .local .pytest_cache .mypy_cache .ruff_cache .aws-sam build
