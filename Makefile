# CodeCraft Desktop: `make run` starts the app, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run app test lint typecheck pytest bench clean venv

# The app and, beside it, the local CodeCraft service seeded with the demo accounts.
run: $(STAMP)
	$(BIN)/python -m backend_stub.dev


$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# The app alone, without the local service (it works offline).
app: $(STAMP)
	$(BIN)/python -m desktop

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build dist .dev .pytest_cache .mypy_cache .ruff_cache

.PHONY: dist

# The installable app for this platform: dist/codecraft/ (Linux, Windows) or dist/CodeCraft Desktop.app (macOS),
# and on Linux dist/codecraft-<version>-linux-<arch>.tar.gz. See README, "Building the installers".
dist: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller build.spec
	if [ "$$(uname -s)" = Linux ]; then $(BIN)/python installers/linux_tarball.py; fi
