#!/usr/bin/env bash
# System libraries Qt needs on a bare Debian/Ubuntu machine (headless and a real X window),
# plus the PDF tools the tests use. Installs only what is missing; needs root or sudo.
set -euo pipefail
PKGS=(libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libx11-6
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
      libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 fontconfig poppler-utils qpdf
      xvfb xauth)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
