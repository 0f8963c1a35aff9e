# Memory Keeper — every command a developer or CI needs. `make help` lists them.
# Set-up is automatic: the first target that needs a virtualenv or node_modules creates it.
# .venv-run (runtime set + boto3) is all `make chat` and `make invoke` need; .venv is the full
# development set of `make test`.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RUN_VENV := .venv-run
RUN_PY := $(RUN_VENV)/bin/python
STORE ?= sqlite
PYPATH := PYTHONPATH=lambda:.
USER_ID ?= $(if $(USER),$(USER),local-user)
TIME_ZONE ?= UTC
DEVICE ?= terminal
NOW ?=
LOCALE ?= en-US
EVENT ?= tests/events/launch.json
SAM_VENV := .venv-sam
OLD_VENV := .venv-botocore135
OLD_BOTOCORE := 1.35.99
# The Lambda runtime's stand-in: the runtime's Python (found by lambda/Makefile: python3.13 on
# PATH or pyenv's 3.13.x) with the boto3 that runtime ships. `make test` imports the built artifact
# with it, and `make bench` times cold starts on it.
LAMBDA_VENV := .venv-lambda
# What the old-botocore run covers: the store contract, DynamoDB through the handler, faults,
# and the DynamoDB-only endpoint data resolving as botocore's own.
OLD_BOTOCORE_TESTS := tests/functional/test_store_contract.py tests/functional/test_dynamodb.py \
	tests/functional/test_faults.py tests/unit/test_botocore_data.py
SAM := SAM_CLI_TELEMETRY=0 $(SAM_VENV)/bin/sam
STACK ?= memory-keeper
ARTIFACT := .aws-sam/build/MemoryKeeperFunction

.PHONY: help setup chat invoke corpus test unit test-old-botocore lint typecheck events models \
	endpoints-slice bench regions-simulation build \
	deploy \
	skill-package record clean

help:
	@echo "make chat [USER=alice] [TIME_ZONE=America/Chicago] [LOCALE=de-DE]   talk to the skill"
	@echo "make chat STORE=dynamodb          the same on a local DynamoDB (DynamoDB Local, or dynalite"
	@echo "                                  without Java; kept in .local/)"
	@echo "make invoke EVENT=tests/events/launch.json   run the handler on one event"
	@echo "make corpus CORPUS=path/to/utterances.x.en-GB.txt   score a corpus (file or folder):"
	@echo "                                  understood, notes told and asked back, every miss"
	@echo "make test                         set up and run lint, types and the whole suite"
	@echo "make lint | typecheck | unit      parts of make test (lint: ruff, and tools.model_lint on every locale)"
	@echo "make test-old-botocore            part of make test: the store on botocore $(OLD_BOTOCORE)"
	@echo "make record [USER=alice] [STORE=dynamodb]   print a user's decoded record (the store chat uses)"
	@echo "make events                       rewrite tests/events/ from tools/envelopes.py"
	@echo "make models                       rewrite the English interaction models (base + overlays)"
	@echo "make endpoints-slice              rewrite the store's DynamoDB slice of botocore's endpoints"
	@echo "make bench                        persistence: stock ASK adapter vs ours, on dynalite"
	@echo "make regions-simulation           two regions on DynamoDB Local: what last-writer-wins loses"
	@echo "make build                        sam build (no Docker needed) and print the artifact size"
	@echo "make deploy [REGION=eu-west-1]    sam deploy of one region (--guided the first time)"
	@echo "make skill-package [STACK=...] PRIVACY_POLICY_URL=https://...   build/skill-package for ask deploy"
	@echo "                                  (every deployed region's endpoint: docs/regions.md)"

$(VENV)/.installed: requirements-dev.txt requirements-tools.txt lambda/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(RUN_VENV)/.installed: requirements-tools.txt lambda/requirements.txt
	@echo "first run: installing the runtime packages into $(RUN_VENV)/ ..."
	@$(PYTHON) -m venv $(RUN_VENV)
	@$(RUN_PY) -m pip install --quiet --disable-pip-version-check -r requirements-tools.txt
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(SAM_VENV)/.installed: requirements-sam.txt
	$(PYTHON) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-sam.txt
	touch $@

$(OLD_VENV)/.installed: requirements-botocore135.txt lambda/requirements.txt
	$(PYTHON) -m venv $(OLD_VENV)
	$(OLD_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-botocore135.txt
	touch $@

$(LAMBDA_VENV)/.installed: requirements-lambda-runtime.txt lambda/Makefile
	@runtime=$$($(MAKE) -s --no-print-directory -C lambda runtime-python) && \
		rm -rf $(LAMBDA_VENV) && "$$runtime" -m venv $(LAMBDA_VENV)
	$(LAMBDA_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		-r requirements-lambda-runtime.txt
	touch $@

setup: $(VENV)/.installed $(RUN_VENV)/.installed node_modules/.installed $(SAM_VENV)/.installed \
	$(OLD_VENV)/.installed $(LAMBDA_VENV)/.installed

chat: $(RUN_VENV)/.installed $(if $(filter dynamodb,$(STORE)),node_modules/.installed)
	@$(PYPATH) $(RUN_PY) -m tools.chat --user "$(USER_ID)" --store "$(STORE)" \
		--time-zone "$(TIME_ZONE)" --locale "$(LOCALE)" --device "$(DEVICE)" --now "$(NOW)"

CORPUS ?= tests/data/corpus/dev
corpus: $(RUN_VENV)/.installed
	@$(PYPATH) $(RUN_PY) -m tools.nlu --corpus $(CORPUS) --notes --misses

invoke: $(RUN_VENV)/.installed
	@$(PYPATH) $(RUN_PY) -m tools.invoke "$(EVENT)"

events: $(VENV)/.installed
	$(PYPATH) $(PY) -m tools.make_events

models:
	$(PYTHON) -m tools.build_models

endpoints-slice: $(VENV)/.installed
	$(PYPATH) $(PY) -m tools.endpoints_slice

bench: $(VENV)/.installed node_modules/.installed $(LAMBDA_VENV)/.installed
	$(PYPATH) $(PY) -m tools.bench_persistence

# Part of make test too; this prints the figures docs/regions.md quotes (needs Java 17+).
regions-simulation: $(VENV)/.installed node_modules/.installed
	$(PYPATH) $(VENV)/bin/pytest -s -q -p no:cacheprovider tests/functional/test_regions_simulation.py

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m tools.model_lint

typecheck: $(VENV)/.installed
	$(VENV)/bin/mypy

unit: setup
	$(VENV)/bin/pytest -q

# The Lambda runtime ships its own botocore, months behind PyPI: run the store on an old one too.
test-old-botocore: $(OLD_VENV)/.installed node_modules/.installed
	EXPECTED_BOTOCORE=$(OLD_BOTOCORE) $(OLD_VENV)/bin/python -m pytest -q -p no:cacheprovider \
		$(OLD_BOTOCORE_TESTS)

test: setup lint typecheck unit test-old-botocore

build: $(SAM_VENV)/.installed
	$(SAM) build
	@$(PYTHON) tools/artifact_report.py $(ARTIFACT)

# One region per run: REGION=us-east-1|eu-west-1|us-west-2 (samconfig.toml's environment of that
# name), or none (the default environment). The first deploy of an environment asks for the
# parameters (SkillId, ReplicaRegions, ...) and saves them there. With a global table, deploy its
# home region (the first of ReplicaRegions) first.
deploy: build
	@$(PYTHON) -m tools.deploy --sam "$(SAM_VENV)/bin/sam" $(if $(REGION),--region "$(REGION)")
	@echo "next: make skill-package STACK=$(STACK), then: cd build && ask deploy"

record: $(RUN_VENV)/.installed $(if $(filter dynamodb,$(STORE)),node_modules/.installed)
	@$(PYPATH) $(RUN_PY) -m tools.record --user "$(USER_ID)" \
		$(if $(filter dynamodb,$(STORE)),--store dynamodb)

skill-package: $(RUN_VENV)/.installed
	$(PYPATH) $(RUN_PY) -m tools.render_skill_package --stack "$(STACK)" \
		--privacy-policy-url "$(PRIVACY_POLICY_URL)"

clean:
	rm -rf $(VENV) $(RUN_VENV) $(SAM_VENV) $(OLD_VENV) $(LAMBDA_VENV) node_modules .local .pytest_cache \
		.mypy_cache .ruff_cache .aws-sam build
