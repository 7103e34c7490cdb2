#!/usr/bin/env bash
# The one command that updates the dependency lock (run it after changing dependencies in
# pyproject.toml, or to take newer releases):
#
#   bash scripts/lock.sh            re-resolve, keeping current versions where still allowed
#   bash scripts/lock.sh --upgrade  re-resolve to the newest allowed versions
#
# Writes requirements/app.lock (what the app runs on: pyproject's dependencies + the build
# backend) and requirements/dev.lock (the same versions plus the test and build extras), both
# with sha256 hashes for every platform and Python 3.11+, resolved by uv (a pinned copy in a
# throwaway venv). Then installs app.lock into a throwaway venv and regenerates
# resources/licenses/ from what that environment really holds, so the About dialog's list
# matches the lock. scripts/run-app.sh, scripts/test.sh and scripts/build-bundle.sh install only
# from these files.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/common.sh
UV_VERSION=0.13.8
UPGRADE=()
[ "${1:-}" = --upgrade ] && UPGRADE=(--upgrade)
PY="$(fr_python)"
TMP="$(mktemp -d -t fieldride-lock-XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
"$PY" -m venv "$TMP/tools"
"$TMP/tools/bin/python" -m pip install -q --disable-pip-version-check "uv==$UV_VERSION"
UV=("$TMP/tools/bin/uv" pip compile --quiet --universal --python-version 3.11 --generate-hashes
    --no-strip-extras --custom-compile-command "bash scripts/lock.sh" "${UPGRADE[@]}")
fr_say "resolving requirements/app.lock"
"${UV[@]}" pyproject.toml requirements/app.in -o requirements/app.lock
fr_say "resolving requirements/dev.lock (same versions + test and build extras)"
"${UV[@]}" pyproject.toml requirements/app.in requirements/dev.in --extra test --extra build \
  -c requirements/app.lock -o requirements/dev.lock
fr_say "licence index from the locked app environment"
"$PY" -m venv "$TMP/app"
"$TMP/app/bin/python" -m pip install -q --disable-pip-version-check --require-hashes --no-deps -r requirements/app.lock
"$TMP/app/bin/python" resources/licenses/collect.py
git status --short requirements resources/licenses
