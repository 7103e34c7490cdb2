#!/usr/bin/env bash
# Quick start, command 1: install FieldRide in .venv (with the system libraries Qt needs) and open it.
# Without a display, set QT_QPA_PLATFORM=offscreen or use xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q .
exec .venv/bin/fieldride "$@"
