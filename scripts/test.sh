#!/usr/bin/env bash
# Quick start, command 2 (and CI's only command): install the test needs into .venv-dev (the
# locked dependencies, FieldRide editable; the app's .venv is left alone) and run every check:
# ruff (lint + format), mypy --strict, the import contracts, the desktop bundle build +
# self-test, the Debian package made from it + its self-test, the benchmark smoke run, and
# pytest (offscreen Qt), one worker per CPU (pytest-xdist; each test file stays on one worker, so
# a module's fixtures are made once). Ends with pytest's summary line.
# PYTHON=... chooses the interpreter; arguments go to pytest (-n 0: one process, no workers).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
bash scripts/system-deps.sh --test
fr_venv .venv-dev requirements/dev.lock editable
export PATH="$PWD/.venv-dev/bin:$PATH" QT_QPA_PLATFORM=offscreen
echo "== ruff"; ruff check . && ruff format --check .
echo "== mypy --strict"; mypy
echo "== import contracts"; lint-imports
# The desktop bundle: build it in .venv-build and run its --self-test offscreen and on Xvfb.
# FIELDRIDE_SKIP_BUNDLE=1 skips it locally.
if [ -f build.spec ] && [ "${FIELDRIDE_SKIP_BUNDLE:-0}" != 1 ]; then
  echo "== desktop bundle (build, self-test offscreen and on Xvfb)"; bash scripts/build-bundle.sh --no-measure
  # The Debian package from that same bundle (no rebuild): packaged, read back, self-tested.
  if command -v dpkg-deb >/dev/null; then
    echo "== Debian package (from the bundle, self-test)"; bash scripts/build-deb.sh
  fi
fi
if [ -f benchmarks/run.py ]; then echo "== benchmarks (quick smoke)"; python benchmarks/run.py --quick --out benchmarks/out/quick.json; fi
echo "== pytest"
exec pytest -q -p no:cacheprovider -n auto --dist loadfile "$@"
