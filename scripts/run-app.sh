#!/usr/bin/env bash
# Quick start, command 1: install FieldRide into .venv (the locked dependencies; the system
# libraries Qt needs on Debian/Ubuntu) and open it. Arguments go to fieldride, e.g.
# `bash scripts/run-app.sh --data-dir ~/fieldride-demo`. PYTHON=... chooses the interpreter.
#
# After one successful install nothing is fetched or reinstalled unless the lock or the sources
# changed, so the app opens offline. Without a display the app opens on a virtual X display
# (Xvfb), which is what `fieldride` itself does there; stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
PY="$(fr_python)"
fr_python_packages "$PY"
fr_apt "${FR_QT_PACKAGES[@]}"
fr_venv .venv requirements/app.lock regular
exec .venv/bin/fieldride "$@"
