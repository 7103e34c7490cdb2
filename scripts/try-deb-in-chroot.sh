#!/usr/bin/env bash
# Install the Debian package on a bare Debian 12 and run its self-test there: proof that the
# package's Depends are all a clean system needs. Root only (chroot, mount).
#
#   scripts/try-deb-in-chroot.sh dist/fieldride_<version>_amd64.deb [CHROOT]
#
# CHROOT: an existing bare Debian 12 folder to copy (left untouched), else one is made with
# `debootstrap --variant=minbase bookworm` (apt-get install debootstrap). In a copy of it:
# `apt-get install ./the.deb` (apt adds only the declared Depends), then
# `fieldride --self-test` offscreen; then xvfb + xauth are added and the self-test runs again on
# a real X display (the xcb libraries come from the bundle, GL/EGL from the Depends). Prints
# what the package pulled in. The copy is removed at the end (KEEP=1 keeps it).
set -euo pipefail
DEB=$(readlink -f "${1:?usage: $0 PACKAGE.deb [CHROOT]}")
BASE=${2:-}
WORK=$(mktemp -d -t fieldride-chroot-XXXXXX)
ROOT=$WORK/root
cleanup() {
  umount -l "$ROOT/proc" 2>/dev/null || true
  umount -l "$ROOT/dev" 2>/dev/null || true
  [ "${KEEP:-0}" = 1 ] && { echo "kept: $ROOT"; return; }
  rm -rf "$WORK"
}
trap cleanup EXIT
if [ -n "$BASE" ]; then
  cp -a "$BASE" "$ROOT"
else
  debootstrap --variant=minbase bookworm "$ROOT" http://deb.debian.org/debian >/dev/null
fi
mount -t proc proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
cp "$DEB" "$ROOT/tmp/"
in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }
echo "== packages before: $(in_root dpkg-query -W | wc -l)"
in_root apt-get update -qq
before=$(in_root dpkg-query -W -f '${Package}\n' | sort)
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "/tmp/$(basename "$DEB")" >/dev/null
after=$(in_root dpkg-query -W -f '${Package}\n' | sort)
echo "== the package pulled in: $(comm -13 <(echo "$before") <(echo "$after") | tr '\n' ' ')"
echo "== libraries neither the bundle nor the system has (ldd of every ELF file, the bundle's"
echo "   _internal on the library path as its loader sets it; libcups is a Recommends):"
in_root sh -c 'find /opt/fieldride -type f \( -name "*.so*" -o -name FieldRide \) -exec env LD_LIBRARY_PATH=/opt/fieldride/_internal ldd {} + 2>/dev/null | grep "not found" | sort -u' || true
echo "== fieldride --self-test (offscreen)"
in_root env QT_QPA_PLATFORM=offscreen timeout 120 fieldride --self-test
echo "== fieldride --self-test on Xvfb (xvfb and xauth added)"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
in_root timeout 180 xvfb-run -a -s "-screen 0 1366x768x24" fieldride --self-test
echo "== passed on a bare Debian 12"
