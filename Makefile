# CodeCraft Desktop: `make run` starts the app, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run app test lint typecheck pytest bench clean venv translations

# The compiled catalogues (.qm) the app loads, built from the .ts sources kept in git.
TS := $(wildcard resources/translations/codecraft_*.ts)
QM := $(TS:.ts=.qm)

# The app and, beside it, the local CodeCraft service seeded with the demo accounts.
run: $(STAMP) $(QM)
	$(BIN)/python -m backend_stub.dev


$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing texts: update the catalogues (new texts appear unfinished), translate, rebuild. Texts of the
# Qt-free layers are marked N_("Messages", ...) (desktop/messages.py), which lupdate reads as QT_TRANSLATE_NOOP.
LUPDATE := $(BIN)/pyside6-lupdate $$(find desktop -name '*.py' | sort) -tr-function-alias QT_TRANSLATE_NOOP+=N_ \
	-no-obsolete -locations none
translations: $(STAMP)
	$(LUPDATE) -ts resources/translations/codecraft_de.ts
	$(LUPDATE) -ts resources/translations/codecraft_en.ts -pluralonly
	$(MAKE) $(QM)

# The app alone, without the local service (it works offline).
app: $(STAMP) $(QM)
	$(BIN)/python -m desktop

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build dist .dev .pytest_cache .mypy_cache .ruff_cache

.PHONY: dist

# The installable app for this platform: dist/codecraft/ (Linux, Windows) or dist/CodeCraft Desktop.app (macOS),
# and on Linux dist/codecraft-<version>-linux-<arch>.tar.gz. See README, "Building the installers".
dist: $(STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller build.spec
	if [ "$$(uname -s)" = Linux ]; then $(BIN)/python installers/linux_tarball.py; fi
