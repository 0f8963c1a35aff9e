# Memory Keeper — every command a developer or CI needs. `make help` lists them.
# Set-up is automatic: the first target that needs a virtualenv or node_modules creates it.
# .venv-run (runtime set + boto3) is all `make chat` and `make invoke` need; .venv is the full
# development set of `make test`.

PYTHON ?= python3
# The oldest Python the project runs on (datetime.UTC, ...): PYTHON is checked before it makes any
# virtualenv, and a virtualenv made by an older one (or whose interpreter is gone) is rebuilt.
PYTHON_MIN := 3.11
VENV := .venv
PY := $(VENV)/bin/python
RUN_VENV := .venv-run
RUN_PY := $(RUN_VENV)/bin/python
STORE ?= sqlite
PYPATH := PYTHONPATH=lambda:.
# The attribute store, a project of its own (lambda/attribute_store links to its source): `make
# dist` builds its wheel, which the Lambda artifact installs and the test runs import (installed
# into STORE_SITE), so what is tested is what ships.
STORE_DIR := skill-attribute-store
STORE_VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' $(STORE_DIR)/pyproject.toml)
STORE_WHEEL := dist/skill_attribute_store-$(STORE_VERSION)-py3-none-any.whl
STORE_SOURCES := $(shell find $(STORE_DIR)/src -type f -not -name '*.pyc') $(STORE_DIR)/pyproject.toml \
	$(STORE_DIR)/README.md
STORE_SITE := build/store-site
# pytest's path with the wheel's installation first, the skill and the repository after it
FROM_WHEEL := -o pythonpath="$(STORE_SITE) lambda ."
# The store's own tests (skill-attribute-store/tests) also run on the Pythons of the Lambda
# runtimes found here (pyenv's, via lambda/Makefile) and on the oldest botocore it supports.
STORE_TESTS := skill-attribute-store/tests
STORE_FROM_WHEEL := STORE_UNDER_TEST=$(STORE_SITE)
STORE_PYTEST := -m pytest -q -p no:cacheprovider -o pythonpath="$(STORE_SITE) ."
STORE_OLDEST_VENV := .venv-store-py312-botocore129
STORE_OLDEST_BOTOCORE := 1.29.164
STORE_PY313_VENV := .venv-store-py313
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

# A mistake is one line and exit status 2 ($(error) prints `Makefile:N: *** ...  Stop.`), before
# anything is built. `python_found` is "3.10 0": PYTHON's version and whether it is new enough, in
# code any Python runs (2.7 too); empty when PYTHON does not run.
python_found = $(shell $(PYTHON) -c 'import sys; print("%d.%d %d" % (sys.version_info[0], \
	sys.version_info[1], sys.version_info[:2] >= tuple(map(int, "$(PYTHON_MIN)".split(".")))))' \
	2>/dev/null)
python_missing = PYTHON=$(PYTHON) does not run here; Memory Keeper needs Python $(PYTHON_MIN) or \
	later: set PYTHON to one (e.g. PYTHON=python$(PYTHON_MIN))
python_too_old = PYTHON=$(PYTHON) is Python $(word 1,$(found)); Memory Keeper needs $(PYTHON_MIN) \
	or later: set PYTHON to one (e.g. PYTHON=python$(PYTHON_MIN))
check_python = $(eval found := $(python_found))$(if $(found),$(if $(filter 1,$(word 2,$(found))),,\
	$(error $(python_too_old))),$(error $(python_missing)))
ifneq ($(filter chat record,$(MAKECMDGOALS)),)
ifneq ($(words $(STORE)) $(filter sqlite dynamodb,$(STORE)),1 $(STORE))
$(error STORE=$(STORE) is not a store: use sqlite (the default) or dynamodb (a local DynamoDB))
endif
endif

# The virtualenvs to make again: made by a Python older than PYTHON_MIN (or, for those of a Lambda
# runtime's Python, by another than that one), or with their interpreter gone. Read from each one's
# pyvenv.cfg with the shell's builtins only (the tools may run with a bare PATH).
MIN_MAJOR := $(word 1,$(subst ., ,$(PYTHON_MIN)))
MIN_MINOR := $(word 2,$(subst ., ,$(PYTHON_MIN)))
STALE_VENVS := $(shell \
	while IFS=' .' read name op major minor rest; do \
		[ "$$name" = LAMBDA_PYTHON_VERSION ] && runtime="$$major $$minor"; \
	done < lambda/Makefile; \
	for venv in $(VENV) $(RUN_VENV) $(SAM_VENV) $(OLD_VENV) $(LAMBDA_VENV) $(STORE_OLDEST_VENV) \
		$(STORE_PY313_VENV); do \
		test -d $$venv || continue; \
		made=; while IFS=' .' read name op major minor rest; do \
			[ "$$name" = version ] && made="$$major $$minor"; \
		done < $$venv/pyvenv.cfg; \
		set -- $$made 0 0; \
		case $$venv in \
			($(LAMBDA_VENV)) [ "$$1 $$2" = "$$runtime" ];; \
			($(STORE_OLDEST_VENV)) [ "$$1 $$2" = "3 12" ];; \
			($(STORE_PY313_VENV)) [ "$$1 $$2" = "3 13" ];; \
			(*) [ $$1 -gt $(MIN_MAJOR) ] || [ $$1 -eq $(MIN_MAJOR) -a $$2 -ge $(MIN_MINOR) ];; \
		esac && [ -x $$venv/bin/python ] || echo $$venv; \
	done 2>/dev/null)
# The Python of a Lambda runtime (the template's, or version $(1)), as lambda/Makefile finds it;
# where there is none, its one line and exit status 2. A function, not a command in the recipe, so
# that `make -n` only prints the recipe (a recipe line with $(MAKE) in it runs even then).
runtime_found = $(shell out=$$(MAKEFLAGS= $(MAKE) -s --no-print-directory -C lambda runtime-python \
	$(if $(1),LAMBDA_PYTHON_VERSION=$(1)) $(if $(filter command line,$(origin RUNTIME_PYTHON)),\
	RUNTIME_PYTHON="$(RUNTIME_PYTHON)") 2>&1) && echo "ok $$out" || echo "no $$(echo "$$out" | head -n 1)")
define runtime_python
$(eval found := $(call runtime_found,$(1)))$(if $(filter ok,$(firstword $(found))),$(word 2,$(found)),$(error $(wordlist 2,99,$(found))))
endef
# A prerequisite that makes a stale virtualenv's stamp out of date, and the command that removes it.
stale = $(if $(filter $(1),$(STALE_VENVS)),FORCE)
fresh = $(if $(filter $(1),$(STALE_VENVS)),rm -rf $(1) && )

.PHONY: FORCE help setup chat invoke corpus test unit test-old-botocore test-store test-examples lint \
	typecheck events models dist \
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
	@echo "make dist                         build the attribute store's wheel into dist/"
	@echo "make test-store                   part of make test: the store's own tests on its wheel,"
	@echo "                                  Python 3.11, 3.12 (botocore $(STORE_OLDEST_BOTOCORE)) and 3.13"
	@echo "make test-examples                part of make test: examples/ on the store's wheel"
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
	@echo "PYTHON=python3.12 make ...        the Python that makes the virtualenvs ($(PYTHON_MIN) or later)"
	@echo "every variable: docs/configuration.md"

$(VENV)/.installed: requirements-dev.txt requirements-tools.txt lambda/requirements.txt $(call stale,$(VENV))
	@$(check_python)
	$(call fresh,$(VENV))$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(RUN_VENV)/.installed: requirements-tools.txt lambda/requirements.txt $(call stale,$(RUN_VENV))
	@$(check_python)
	@echo "first run: installing the runtime packages into $(RUN_VENV)/ ..."
	@$(call fresh,$(RUN_VENV))$(PYTHON) -m venv $(RUN_VENV)
	@$(RUN_PY) -m pip install --quiet --disable-pip-version-check -r requirements-tools.txt
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(SAM_VENV)/.installed: requirements-sam.txt $(call stale,$(SAM_VENV))
	@$(check_python)
	$(call fresh,$(SAM_VENV))$(PYTHON) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-sam.txt
	touch $@

$(OLD_VENV)/.installed: requirements-botocore135.txt lambda/requirements.txt $(call stale,$(OLD_VENV))
	@$(check_python)
	$(call fresh,$(OLD_VENV))$(PYTHON) -m venv $(OLD_VENV)
	$(OLD_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-botocore135.txt
	touch $@

$(LAMBDA_VENV)/.installed: requirements-lambda-runtime.txt lambda/Makefile $(call stale,$(LAMBDA_VENV))
	rm -rf $(LAMBDA_VENV) && "$(call runtime_python)" -m venv $(LAMBDA_VENV)
	$(LAMBDA_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		-r requirements-lambda-runtime.txt
	touch $@

$(STORE_OLDEST_VENV)/.installed: requirements-store-oldest.txt $(call stale,$(STORE_OLDEST_VENV))
	rm -rf $(STORE_OLDEST_VENV) && "$(call runtime_python,3.12)" -m venv $(STORE_OLDEST_VENV)
	$(STORE_OLDEST_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		-r requirements-store-oldest.txt
	touch $@

$(STORE_PY313_VENV)/.installed: requirements-store.txt $(call stale,$(STORE_PY313_VENV))
	rm -rf $(STORE_PY313_VENV) && "$(call runtime_python,3.13)" -m venv $(STORE_PY313_VENV)
	$(STORE_PY313_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		-r requirements-store.txt
	touch $@

setup: $(VENV)/.installed $(RUN_VENV)/.installed node_modules/.installed $(SAM_VENV)/.installed \
	$(OLD_VENV)/.installed $(LAMBDA_VENV)/.installed $(STORE_OLDEST_VENV)/.installed \
	$(STORE_PY313_VENV)/.installed

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
	@$(check_python)
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

dist: $(STORE_WHEEL)

$(STORE_WHEEL): $(STORE_SOURCES)
	@$(check_python)
	rm -f dist/skill_attribute_store-*.whl
	$(PYTHON) -m pip wheel --no-deps --quiet --disable-pip-version-check --wheel-dir dist ./$(STORE_DIR)

$(STORE_SITE)/.installed: $(STORE_WHEEL)
	@$(check_python)
	rm -rf $(STORE_SITE)
	$(PYTHON) -m pip install --no-deps --no-compile --quiet --disable-pip-version-check --root-user-action=ignore \
		--target $(STORE_SITE) $(STORE_WHEEL)
	touch $@

unit: setup $(STORE_SITE)/.installed
	STORE_UNDER_TEST=$(STORE_SITE) $(VENV)/bin/pytest -q $(FROM_WHEEL)

# The Lambda runtime ships its own botocore, months behind PyPI: run the store on an old one too.
test-old-botocore: $(OLD_VENV)/.installed node_modules/.installed $(STORE_SITE)/.installed
	EXPECTED_BOTOCORE=$(OLD_BOTOCORE) STORE_UNDER_TEST=$(STORE_SITE) $(OLD_VENV)/bin/python -m pytest \
		-q -p no:cacheprovider $(FROM_WHEEL) $(OLD_BOTOCORE_TESTS)

test-store: setup $(STORE_SITE)/.installed
	$(STORE_FROM_WHEEL) $(VENV)/bin/python $(STORE_PYTEST) $(STORE_TESTS)
	$(STORE_FROM_WHEEL) EXPECTED_BOTOCORE=$(STORE_OLDEST_BOTOCORE) \
		$(STORE_OLDEST_VENV)/bin/python $(STORE_PYTEST) $(STORE_TESTS)
	$(STORE_FROM_WHEEL) $(STORE_PY313_VENV)/bin/python $(STORE_PYTEST) $(STORE_TESTS)

test-examples: $(VENV)/.installed node_modules/.installed $(STORE_SITE)/.installed
	$(VENV)/bin/python $(STORE_PYTEST) examples

# The virtualenvs and node_modules do not depend on each other: on a fresh clone they are made
# three at a time (about half the time of one after another); then every check, in order.
test:
	@$(check_python)
	@$(MAKE) --no-print-directory -j3 setup
	@$(MAKE) --no-print-directory lint typecheck unit test-old-botocore test-store test-examples

build: $(SAM_VENV)/.installed
	@$(check_python)
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
	@$(PYPATH) $(RUN_PY) -m tools.record --user "$(USER_ID)" --store "$(STORE)"

skill-package: $(RUN_VENV)/.installed
	$(PYPATH) $(RUN_PY) -m tools.render_skill_package --stack "$(STACK)" \
		--privacy-policy-url "$(PRIVACY_POLICY_URL)"

clean:
	rm -rf $(VENV) $(RUN_VENV) $(SAM_VENV) $(OLD_VENV) $(LAMBDA_VENV) $(STORE_OLDEST_VENV) \
		$(STORE_PY313_VENV) node_modules .local .pytest_cache \
		.mypy_cache .ruff_cache .aws-sam build dist
