#!/usr/bin/env bash
# Package the one-folder bundle (dist/FieldRide, made by scripts/build-bundle.sh) as a Debian
# package, dist/fieldride_<version>_amd64.deb, and prove the package works.
#
#   scripts/build-deb.sh            package dist/FieldRide as it is (CI: right after the bundle)
#   scripts/build-deb.sh --build    build the bundle first (scripts/build-bundle.sh --no-measure)
#
# Nothing is rebuilt or downloaded: the bundle's files are copied as they are into
#   /opt/fieldride/                      the bundle (FieldRide and _internal/)
#   /usr/bin/fieldride                   -> /opt/fieldride/FieldRide
#   /usr/share/applications/app.fieldride.FieldRide.desktop    (Exec=fieldride)
#   /usr/share/icons/hicolor/*/apps/app.fieldride.FieldRide.{png,svg}
#   /usr/share/doc/fieldride/copyright
# and dpkg-deb builds the package (zstd). Depends lists what the bundle takes from the system
# (glibc, OpenGL/EGL, fontconfig's configuration, the two Wayland client libraries Qt's Wayland
# plugin loads; printing through CUPS is a Recommends): the
# bundle carries the rest, as docs/distribution.md explains. Then the package is checked:
# dpkg-deb reads it back, desktop-file-validate passes on its entry, and the packaged
# /opt/fieldride/FieldRide runs --self-test offscreen from a folder it was unpacked into.
# (Installing it on a bare Debian 12 with apt: scripts/try-deb-in-chroot.sh.)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = --build ]; then
  bash scripts/build-bundle.sh --no-measure
elif [ -n "${1:-}" ]; then
  echo "usage: $0 [--build]" >&2; exit 2
fi

BUNDLE=dist/FieldRide
[ -x "$BUNDLE/FieldRide" ] || {
  echo "no bundle at $BUNDLE: run scripts/build-bundle.sh first (or $0 --build)" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "dpkg-deb is needed (Debian/Ubuntu)" >&2; exit 1; }

VERSION=$(sed -n 's/^__version__ *= *"\([^"]*\)".*/\1/p' fieldride/__init__.py)
[ -n "$VERSION" ] || { echo "no __version__ in fieldride/__init__.py" >&2; exit 1; }
ARCH=$(dpkg --print-architecture)
APP_ID=app.fieldride.FieldRide
ROOT=build/deb/fieldride
OUT=dist/fieldride_${VERSION}_${ARCH}.deb

echo "== staging $ROOT"
rm -rf build/deb "$OUT"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
  "$ROOT/usr/share/doc/fieldride"
cp -a "$BUNDLE" "$ROOT/opt/fieldride"
ln -s /opt/fieldride/FieldRide "$ROOT/usr/bin/fieldride"
# The menu entry runs the command on PATH; the same template `fieldride desktop install` fills in.
sed 's|^Exec=.*|Exec=fieldride|' "resources/desktop/$APP_ID.desktop" \
  > "$ROOT/usr/share/applications/$APP_ID.desktop"
for dir in resources/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  install -D -m 0644 "$dir/$APP_ID.png" "$ROOT/usr/share/icons/hicolor/$size/apps/$APP_ID.png"
done
install -D -m 0644 resources/icons/fieldride.svg \
  "$ROOT/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
cat > "$ROOT/usr/share/doc/fieldride/copyright" <<'EOF'
FieldRide, offline field coaching.

FieldRide bundles Python, Qt (PySide6, LGPL-3.0; separate shared libraries in
/opt/fieldride/_internal, replaceable as the LGPL requires) and other libraries and fonts.
Every bundled component's licence text: /opt/fieldride/_internal/resources/licenses/
(also shown in the app: Help > About FieldRide).
EOF
chmod -R u=rwX,go=rX "$ROOT/usr" "$ROOT/DEBIAN"

INSTALLED_KB=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
cat > "$ROOT/DEBIAN/control" <<EOF
Package: fieldride
Version: $VERSION
Architecture: $ARCH
Maintainer: FieldRide maintainers <maintainers@fieldride.invalid>
Installed-Size: $INSTALLED_KB
Section: office
Priority: optional
Depends: libc6 (>= 2.36), libgl1, libegl1, fontconfig-config, libwayland-cursor0, libwayland-egl1
Recommends: libcups2
Description: offline field coaching for sales managers
 Plan a ride-along against the team's scorecard, rate what you see call by
 call, debrief with one strength, one gap and a commitment, hand the seller a
 one-page PDF summary, and review each seller's progress. Everything stays in
 one local SQLite file; the app opens no network connection.
 .
 This package is the one-folder PyInstaller bundle: Python, Qt and the fonts
 are inside /opt/fieldride.
EOF

echo "== dpkg-deb --build"
T0=$(date +%s)
dpkg-deb --root-owner-group -Zzstd -z9 --build "$ROOT" "$OUT" >/dev/null
echo "   $OUT: $(du -h "$OUT" | cut -f1), $(( $(date +%s) - T0 )) s"

echo "== checks"
dpkg-deb --info "$OUT" >/dev/null
dpkg-deb --contents "$OUT" | grep "./usr/share/applications/$APP_ID.desktop" >/dev/null
CHECK=$(mktemp -d -t fieldride-deb-XXXXXX)
trap 'rm -rf "$CHECK"' EXIT
dpkg-deb -x "$OUT" "$CHECK"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$CHECK/usr/share/applications/$APP_ID.desktop"
  echo "   desktop-file-validate: ok"
fi
echo "== self-test of the packaged bundle (offscreen)"
QT_QPA_PLATFORM=offscreen timeout 120 "$CHECK/opt/fieldride/FieldRide" --self-test
echo "== package: $OUT"
