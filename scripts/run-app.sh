#!/usr/bin/env bash
# Quick start, command 1: install FieldRide (and the system libraries Qt needs) into .venv, then
# open it. Arguments are passed to fieldride (e.g. --data-dir DIR). With no display (a bare
# server), the app opens on a virtual X display (Xvfb); stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q .
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: opening FieldRide on a virtual display (Xvfb). Ctrl+C to stop."
  exec xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/fieldride "$@"
fi
exec .venv/bin/fieldride "$@"
