#!/usr/bin/env bash
# Installs what TierBench needs to build, test, package and run on Debian 12 (clang for the
# asan preset; dpkg-dev, file, desktop-file-utils and appstream to build and check the .deb).
# Skips apt entirely when everything is already there. Uses sudo when not root.
set -euo pipefail

packages=(
    cmake ninja-build ccache g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
    libyaml-cpp-dev libvalijson-dev libqcustomplot-dev
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libxkbcommon-dev libgl-dev xvfb xauth
    clang libclang-rt-14-dev
    dpkg-dev file desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
