#!/usr/bin/env bash
# Build the FieldRide desktop bundle (PyInstaller one-folder) and prove it works.
#
#   scripts/build-bundle.sh                 build from this checkout
#   scripts/build-bundle.sh --clean         build from a fresh clone of this checkout's HEAD
#                                           (in a temporary folder; what CI and releases use)
#   scripts/build-bundle.sh --no-measure    skip the start-up comparison (faster)
#   scripts/build-bundle.sh --probe         also build dist/FieldRide-probe: the same bundle
#                                           started through benchmarks/app_probe.py, so that
#                                           benchmarks/run.py can time the frozen start-up
#
# Steps: system libraries (scripts/system-deps.sh --test, binutils included), a dedicated
# virtualenv .venv-build from requirements/dev.lock, the licence files refreshed from that environment's
# package metadata, `pyinstaller build.spec`, then `FieldRide --self-test` offscreen AND on a
# real X display (Xvfb), then size, build time and start-up (frozen vs the same app from source
# vs a bare PySide6 window). The bundle is dist/FieldRide/; a summary goes to
# dist/bundle-report.json. Exits non-zero if any step fails; every run of the app is under
# `timeout`, so a hung self-test fails the build instead of blocking it.
set -euo pipefail
cd "$(dirname "$0")/.."

CLEAN=0
MEASURE=1
PROBE=0
for arg in "$@"; do
  case "$arg" in
    --clean) CLEAN=1 ;;
    --no-measure) MEASURE=0 ;;
    --probe) PROBE=1 ;;
    *) echo "usage: $0 [--clean] [--no-measure] [--probe]" >&2; exit 2 ;;
  esac
done

if [ "$CLEAN" = 1 ]; then
  WORK="$(mktemp -d -t fieldride-bundle-XXXXXX)"
  echo "== clean checkout of $(git rev-parse --short HEAD) in $WORK"
  git clone -q --no-hardlinks . "$WORK/src"
  ARGS=()
  [ "$MEASURE" = 0 ] && ARGS+=(--no-measure)
  bash "$WORK/src/scripts/build-bundle.sh" "${ARGS[@]}"
  rm -rf dist/FieldRide
  mkdir -p dist
  cp -a "$WORK/src/dist/FieldRide" dist/FieldRide
  cp "$WORK/src/dist/bundle-report.json" dist/bundle-report.json
  rm -rf "$WORK"
  echo "== bundle copied to $PWD/dist/FieldRide"
  exit 0
fi

source scripts/common.sh
echo "== system libraries"
bash scripts/system-deps.sh --test

echo "== build environment (.venv-build: the locked versions, FieldRide installed as a user gets it)"
fr_venv .venv-build requirements/dev.lock regular
# Licences of exactly what this environment will bundle (build.spec ships build/licenses).
rm -rf build/licenses
.venv-build/bin/python resources/licenses/collect.py --out build/licenses

echo "== pyinstaller build.spec"
rm -rf dist/FieldRide  # build/build (the work folder) is cleaned by --clean
T0=$(date +%s%N)
.venv-build/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
T1=$(date +%s%N)
BUILD_S=$(( (T1 - T0) / 1000000 ))e-3
EXE=dist/FieldRide/FieldRide
[ -x "$EXE" ] || { echo "no executable at $EXE" >&2; exit 1; }

echo "== self-test, offscreen"
QT_QPA_PLATFORM=offscreen timeout 120 "$EXE" --self-test

echo "== self-test, on a real X display (Xvfb)"
env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY timeout 180 \
  xvfb-run -a -s "-screen 0 1366x768x24" "$EXE" --self-test

if [ "$PROBE" = 1 ]; then
  echo "== the benchmark build: dist/FieldRide-probe (same spec, started through benchmarks/app_probe.py)"
  # Its own work folder from scratch, as the product's (--clean): PyInstaller reuses a cached PYZ
  # when the module list is unchanged, and would keep a stale choice of uncompressed modules.
  rm -rf dist/FieldRide-probe build/probe
  FIELDRIDE_BENCH_PROBE=1 .venv-build/bin/pyinstaller --noconfirm --log-level WARN \
    --workpath build/probe build.spec
  [ -x dist/FieldRide-probe/FieldRide-probe ] || { echo "no probe executable" >&2; exit 1; }
fi

SIZE_BYTES=$(du -sb dist/FieldRide | cut -f1)
SIZE_MIB=$(( SIZE_BYTES / 1048576 ))
echo "== bundle: dist/FieldRide, ${SIZE_MIB} MiB ($SIZE_BYTES bytes), built in $(( (T1 - T0) / 1000000000 )) s"
# The size target (issue 23): under 150 MB (decimal). Reported, not enforced: the build still
# passes over it, and benchmarks/run.py judges the figure.
BUDGET_BYTES=150000000
if [ "$SIZE_BYTES" -lt "$BUDGET_BYTES" ]; then
  WITHIN_BUDGET=true
  echo "   within the 150 MB size target ($(( (BUDGET_BYTES - SIZE_BYTES) / 1000 )) kB to spare)"
else
  WITHIN_BUDGET=false
  echo "   OVER the 150 MB size target by $(( (SIZE_BYTES - BUDGET_BYTES) / 1000 )) kB (docs/distribution.md: where it goes)"
fi

STARTUP_JSON=null
if [ "$MEASURE" = 1 ]; then
  echo "== start-up: frozen vs source vs a bare PySide6 window (offscreen, median of 7)"
  # The paint/data probe is benchmark code and no longer inside the product, so the frozen
  # executable cannot report its first paint; until a probe-carrying benchmark bundle exists the
  # frozen start-up is reported as not measured instead of failing the build.
  if QT_QPA_PLATFORM=offscreen .venv-build/bin/python benchmarks/startup.py \
      --frozen "$EXE" --runs 7 --json dist/startup.json; then
    STARTUP_JSON=$(cat dist/startup.json)
  else
    echo "   frozen start-up not measured (the bundle carries no benchmark probe)"
  fi
fi

cat > dist/bundle-report.json <<EOF
{
  "commit": "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)",
  "size_bytes": $SIZE_BYTES,
  "within_size_target": $WITHIN_BUDGET,
  "build_seconds": $BUILD_S,
  "self_test_offscreen": "passed",
  "self_test_xvfb": "passed",
  "startup": $STARTUP_JSON
}
EOF
echo "== done: dist/bundle-report.json"
