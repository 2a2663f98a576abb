# 前台 Desk — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test lint typecheck pytest demo system-deps test-system-deps venv screenshots printouts bench bundle fresh-check clean

run: system-deps $(STAMP)
	$(BIN)/desk-app

test: test-system-deps $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check desk_app tests bench scripts
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/python -m pytest -n auto --durations=15

demo: system-deps $(STAMP)
	$(BIN)/desk-app demo --clients 2000

# Every screen on a fresh demo community, into docs/screenshots/ (README shows them).
screenshots: system-deps $(STAMP)
	rm -f .make/screenshots.sqlite3 && mkdir -p .make
	$(BIN)/desk-app demo --clients 2000 --quiet --database sqlite:///.make/screenshots.sqlite3
	$(BIN)/python scripts/screenshots.py sqlite:///.make/screenshots.sqlite3

# One page image of each printout into docs/printouts/ (the user guide shows them), and the
# edge corpus of issue 16 (10 000-character fields, 王䶮/𠮷, 500 progress lines) into
# .make/printouts-edge/ for review; needs pdftoppm (poppler-utils). scripts/printouts.py.
printouts: $(STAMP)
	$(BIN)/python scripts/printouts.py

# Speed targets live here, never in the unit tests. The ten-year dataset is generated
# once into bench/data/ (a few minutes) and reused; results: bench/results.json and
# docs/performance.md. bench_demo.py times the generator itself (one year, 50 000 clients);
# bench_roster.py the import of a 50 000-row owner list (issue 13: under 60 s);
# bench_print_edge.py every printout of a record with a 10 000-character field (issue 16:
# the slowest under 1 s; --profile KIND for a cProfile of one).
bench: $(STAMP)
	status=0; $(BIN)/python bench/run.py || status=$$?; \
	$(BIN)/python bench/bench_demo.py || status=$$?; \
	$(BIN)/python bench/bench_roster.py || status=$$?; \
	$(BIN)/python bench/bench_print_edge.py || status=$$?; exit $$status

# The one-folder program dist/desk-app/ (PyInstaller, build.spec); README "Building the bundle".
bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec

# `make test` and `make run` as a new user meets them, on a bare Debian root (debootstrap,
# cached; needs root): scripts/fresh-check.sh, README "Development". Too slow for CI: run it
# before submitting a change to this Makefile, scripts/, pyproject.toml or build.spec.
fresh-check:
	bash scripts/fresh-check.sh

system-deps:
	@PYTHON=$(PYTHON) bash scripts/system-deps.sh

# What `make run` needs, plus a CUPS print server and the virtual PDF printer cups-pdf
# for tests/printing/test_cups_printing.py (never installed by `make run`: cups-pdf adds
# a printer to the system's print server).
test-system-deps:
	@PYTHON=$(PYTHON) bash scripts/system-deps.sh --tests

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(BIN)/python -m pip --version >/dev/null 2>&1 || $(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[pg,test,bundle]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
