# Shared by scripts/run-app.sh, scripts/test.sh, scripts/build-bundle.sh and scripts/lock.sh
# (sourced, not run). One place decides the interpreter, the system packages and how a
# virtualenv is made and filled from the lock, so the README's commands cannot drift apart.
#
#   PYTHON=/path/to/python3.X   chooses the interpreter for every script (default: the first of
#                               python3.11, python3.12, python3.13, python3 on PATH that is 3.11+)
#
# A virtualenv is filled from requirements/*.lock with pip's hash checking, then FieldRide itself
# is installed from this folder with --no-index --no-build-isolation (the build backend is in the
# lock), so nothing but the locked wheels is ever fetched. A stamp in the venv records the lock,
# the interpreter and (for a regular install) the sources it was built from: when none changed,
# no pip runs at all, and the app opens with the network down.

FIELDRIDE_MIN_PY="3.11"

fr_say() { echo "== $*"; }
fr_die() { echo "error: $*" >&2; exit 1; }

# Print the chosen interpreter's path; refuse an older Python with a plain message.
fr_python() {
  local cands=() c path
  if [ -n "${PYTHON:-}" ]; then cands=("$PYTHON"); else cands=(python3.11 python3.12 python3.13 python3); fi
  for c in "${cands[@]}"; do
    path="$(command -v "$c" 2>/dev/null)" || continue
    if "$path" -c 'import sys; raise SystemExit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$path"; return 0
    fi
    if [ -n "${PYTHON:-}" ]; then
      fr_die "PYTHON=$PYTHON is Python $("$path" -c 'import platform; print(platform.python_version())'); FieldRide needs $FIELDRIDE_MIN_PY or newer (3.11 and 3.12 are supported)."
    fi
  done
  fr_die "no Python $FIELDRIDE_MIN_PY or newer found (tried ${cands[*]}). Install python3.11, or set PYTHON=/path/to/python3.11."
}

fr_sudo() { if [ "$(id -u)" -ne 0 ]; then echo sudo; fi; }

# Install missing Debian/Ubuntu packages (no-op when all are there, and off Debian-like systems).
fr_apt() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}"
  local sudo; sudo="$(fr_sudo)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# What a Debian/Ubuntu system Python needs besides itself: venv (ensurepip is in python3.X-venv)
# and, for the bundle build (PyInstaller), the shared libpython. Other Pythons (pyenv, python.org)
# bring both.
fr_python_packages() { # PY [with_libpython]
  local py="$1" ver
  case "$py" in /usr/bin/*) ;; *) return 0 ;; esac
  ver="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
  local pkgs=()
  "$py" -c 'import ensurepip, venv' >/dev/null 2>&1 || pkgs+=("python$ver-venv")
  [ "${2:-}" = with_libpython ] && pkgs+=("libpython$ver")
  [ ${#pkgs[@]} -gt 0 ] && fr_apt "${pkgs[@]}"
  return 0
}

# The system libraries Qt needs (offscreen and a real X window), a virtual display for machines
# without one, and the PDF tools the tests read documents back with.
FR_QT_PACKAGES=(libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3
  libx11-6 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 fontconfig xvfb xauth)
# postgresql: the team-server tests (tests/server) start a throwaway PostgreSQL 15 with initdb
# and pg_ctl (issue 21); Debian 12 puts its binaries in /usr/lib/postgresql/15/bin.
# desktop-file-utils: desktop-file-validate checks the menu entry (tests/core/test_desktop.py).
# gcc + libc6-dev: the crash harness builds its disk-error shim (LD_PRELOAD) for --mode eio;
# gcc also assembles the bundle's reduced ICU data library, cut down with icupkg (icu-devtools)
FR_TEST_PACKAGES=(poppler-utils qpdf binutils gcc libc6-dev postgresql desktop-file-utils
  icu-devtools)

fr_hash_files() { sha256sum "$@" | sha256sum | cut -c1-32; }

# The sources a regular (non-editable) install is built from.
fr_source_stamp() {
  find fieldride ui resources pyproject.toml README.md -type f \
    -not -path '*/__pycache__/*' -not -name '*.pyc' -not -name '*.qm' -not -name '*.mo' -print0 | LC_ALL=C sort -z \
    | xargs -0 sha256sum | sha256sum | cut -c1-32
}

fr_new_venv() { # PY DIR
  fr_say "virtualenv $2 ($1)"
  if ! "$1" -m venv "$2"; then
    rm -rf "$2"
    fr_die "could not create $2 with $1 (on Debian/Ubuntu: apt-get install python3-venv)"
  fi
}

fr_pip_locked() { # DIR LOCK
  "$1/bin/python" -m pip install -q --disable-pip-version-check --require-hashes --no-deps -r "$2"
}

# fr_venv DIR LOCK MODE   (MODE: regular | editable)
# Make DIR a working virtualenv of the chosen Python holding exactly the locked versions and
# FieldRide (rebuilt when broken or made by another interpreter); does nothing when the stamp
# matches.
fr_venv() {
  local dir="$1" lock="$2" mode="$3" py
  py="$(fr_python)"
  local py_id; py_id="$("$py" -c 'import sys; print(sys.version)' | head -1)"
  if [ -e "$dir" ]; then
    if ! "$dir/bin/python" -m pip --version >/dev/null 2>&1; then
      echo "$dir is incomplete (no working pip): making it again"; rm -rf "$dir"
    elif [ "$("$dir/bin/python" -c 'import sys; print(sys.version)' | head -1)" != "$py_id" ]; then
      echo "$dir was made with another Python: making it again with $py"; rm -rf "$dir"
    fi
  fi
  [ -e "$dir" ] || fr_new_venv "$py" "$dir"
  local lock_stamp; lock_stamp="$(fr_hash_files "$lock")"
  if [ "$(cat "$dir/.fieldride-lock" 2>/dev/null)" != "$lock_stamp" ]; then
    fr_say "installing the locked dependencies ($lock) into $dir"
    rm -f "$dir/.fieldride-lock" "$dir/.fieldride-src"
    if ! fr_pip_locked "$dir" "$lock"; then
      # An install cut short earlier can leave a package pip itself trips over: start afresh.
      echo "installing into $dir failed: making it again from nothing"
      rm -rf "$dir"
      fr_new_venv "$py" "$dir"
      fr_pip_locked "$dir" "$lock" || fr_die "installing $lock into $dir failed (see pip's message above)"
    fi
    echo "$lock_stamp" > "$dir/.fieldride-lock"
  fi
  local src_stamp
  if [ "$mode" = editable ]; then src_stamp="editable $(fr_hash_files pyproject.toml) $PWD"; else src_stamp="$(fr_source_stamp)"; fi
  if [ "$(cat "$dir/.fieldride-src" 2>/dev/null)" != "$src_stamp" ]; then
    fr_say "installing FieldRide ($mode) into $dir"
    local args=(install -q --disable-pip-version-check --no-deps --no-index --no-build-isolation)
    [ "$mode" = editable ] && args+=(-e)
    "$dir/bin/python" -m pip "${args[@]}" .
    echo "$src_stamp" > "$dir/.fieldride-src"
  fi
}
