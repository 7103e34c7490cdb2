#!/usr/bin/env bash
# System packages FieldRide needs on a bare Debian/Ubuntu machine: venv and libpython for the
# chosen Python (PYTHON=...), the libraries Qt needs (offscreen and a real X window), Xvfb, and
# with --test what the tests and the bundle build use: the PDF tools, binutils, a C compiler
# (the crash harness's disk-error shim) and PostgreSQL (team-server tests). Installs only what
# is missing; needs root or sudo when something is.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
PY="$(fr_python)"
if [ "${1:-}" = --test ]; then
  fr_python_packages "$PY" with_libpython
  fr_apt "${FR_QT_PACKAGES[@]}" "${FR_TEST_PACKAGES[@]}"
else
  fr_python_packages "$PY"
  fr_apt "${FR_QT_PACKAGES[@]}"
fi
