#!/usr/bin/env bash
# Quick start, command 2 (and CI's only command): install the test needs in .venv and run every
# check: ruff (lint + format), mypy --strict on the core, the import contract, the desktop bundle
# build + self-test, the benchmark smoke run, and pytest (offscreen Qt). Ends with pytest's summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
export PATH="$PWD/.venv/bin:$PATH" QT_QPA_PLATFORM=offscreen
echo "== ruff"; ruff check . && ruff format --check .
echo "== mypy --strict fieldride"; mypy
echo "== import contract"; lint-imports
# The desktop bundle: build it in .venv-build and run its --self-test offscreen and on Xvfb
# (~35 s with a warm pip cache, ~80 s from nothing). FIELDRIDE_SKIP_BUNDLE=1 skips it locally.
if [ -f build.spec ] && [ "${FIELDRIDE_SKIP_BUNDLE:-0}" != 1 ]; then
  echo "== desktop bundle (build, self-test offscreen and on Xvfb)"; bash scripts/build-bundle.sh --no-measure
fi
if [ -f benchmarks/run.py ]; then echo "== benchmarks (quick smoke)"; python benchmarks/run.py --quick --out benchmarks/out/quick.json; fi
echo "== pytest"
exec pytest -q -p no:cacheprovider "$@"
