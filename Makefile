# The two commands of the README, and a few helpers. Only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test demo lint openapi clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## make run: install, migrate the three SQLite databases under var/, serve on :8001-8003
run: $(STAMP)
	$(BIN)/python deploy/run_local.py

## make test: install with dev extras and run the whole suite (TEST_DATABASE_URL adds PostgreSQL)
# On SQLite the suite runs on two workers (each test has its own files). On PostgreSQL it runs
# in one: a feed's horizon is server-wide, so one test's long transaction delays every feed.
test: $(STAMP)
	$(BIN)/python -m pytest $(if $(TEST_DATABASE_URL),,-n 2) $(PYTEST_ARGS)

## make demo: seed a year of a realistic organization into the services `make run` is serving
demo: $(STAMP)
	$(BIN)/python deploy/demo.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

## make openapi: refresh the committed OpenAPI snapshots after an intended API change
openapi: $(STAMP)
	for s in intake measures metrics; do $(BIN)/python -m services.$$s openapi; done

clean:
	rm -rf $(VENV) var .pytest_cache
