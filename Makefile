# Every target that needs the environment depends on .venv/.installed, so
# `make run` and `make test` each work alone on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LINT_PATHS := otp_desktop tests benchmarks docs packaging examples

.PHONY: run test lint pytest fuzz mutate bench package clean sandbox

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "otp-desktop needs Python 3.11 or newer (set PYTHON=python3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/otp-desktop

sandbox: $(STAMP)
	$(BIN)/otp-sandbox --host 127.0.0.1 --port 8765

lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy
	$(BIN)/vulture

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS)

test: lint pytest

# Long fuzzing runs (10,000+ hypothesis examples); not part of make test.
fuzz: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow -p no:logging

# Mutation testing of flow/ (the onboarding rules) with mutmut; not in make test
# or CI. Takes a while on two cores; `mutmut results` lists the survivors.
mutate: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut export-cicd-stats 2>/dev/null || true

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

package: $(STAMP)
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean packaging/otp-desktop.spec

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache mutants
