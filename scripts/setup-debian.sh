#!/usr/bin/env bash
# `npm run setup`: installs the Debian packages the tests need, only those missing: the browsers
# and their Chinese UI (the e2e specs start them in Chinese by default; chromium-l10n holds
# Chromium's zh-CN resources, firefox-esr-l10n-zh-cn Firefox's language pack, and without them
# the extension's messages stay English), a CJK font, and poppler-utils (pdftotext and pdftoppm
# read the printed PDF). apt-get runs directly as root (a fresh Debian server or container has
# no sudo) and through sudo otherwise. .ci/run calls this too.
set -euo pipefail
packages=(chromium chromium-l10n firefox-esr firefox-esr-l10n-zh-cn fonts-wqy-microhei poppler-utils)

missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]} == 0)); then
  echo "setup: ${packages[*]} already installed"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "setup: need root to install ${missing[*]}: run this as root, or install sudo" >&2
  exit 1
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
