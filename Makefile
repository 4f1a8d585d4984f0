# The two commands of the README, and a few helpers. Only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Installs are pinned by the lock files under requirements/ (constraints: pyproject.toml says
# what is needed, the lock which versions). `make run` installs only what running needs;
# `make test` adds the development tools.
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed

.PHONY: run test demo lint openapi clients lock clean

$(BIN)/python:
	@echo "== creating the virtual environment in $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): pyproject.toml requirements/run.txt | $(BIN)/python
	@echo "== installing Learning Loop and what it needs to run (requirements/run.txt)"
	$(BIN)/python -m pip install --quiet -c requirements/run.txt -e .
	touch $(RUN_STAMP)

$(STAMP): pyproject.toml requirements/dev.txt | $(BIN)/python
	@echo "== installing Learning Loop with its development tools (requirements/dev.txt)"
	$(BIN)/python -m pip install --quiet -c requirements/dev.txt -e '.[dev]'
	touch $(STAMP) $(RUN_STAMP)

## make run: install, migrate the three SQLite databases under var/, serve on :8001-8003
run: $(RUN_STAMP)
	$(BIN)/python deploy/run_local.py

## make test: install with dev extras and run the whole suite (TEST_DATABASE_URL adds PostgreSQL)
# Two workers on either database: each test has its own files or its own databases. On
# PostgreSQL a feed's horizon is server-wide, so a test that reads a feed right after writing
# waits for it (tests/intake/feed.py wait_for_horizon) instead of assuming it has moved.
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

## make demo: seed a year of a realistic organization into the services `make run` is serving
demo: $(RUN_STAMP)
	$(BIN)/python deploy/demo.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

## make openapi: refresh the committed OpenAPI snapshots after an intended API change
openapi: $(STAMP)
	for s in intake measures metrics; do $(BIN)/python -m services.$$s openapi; done

## make clients: regenerate the committed clients from the snapshots (Python; TypeScript with Node)
clients: $(STAMP)
	@if command -v npm >/dev/null; then cd clients/typescript && npm ci --no-audit --no-fund --ignore-scripts; \
	else echo "== no npm: the TypeScript types are not regenerated"; fi
	$(BIN)/python -m harness.clients

## make lock: re-resolve requirements/*.txt after a dependency changes in pyproject.toml
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --quiet \
		--custom-compile-command "make lock" -o requirements/run.txt
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 --quiet \
		--custom-compile-command "make lock" -o requirements/dev.txt

clean:
	rm -rf $(VENV) var .pytest_cache
