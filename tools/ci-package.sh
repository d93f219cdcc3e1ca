#!/usr/bin/env bash
# Builds the .deb from an existing build tree (CPack), installs it with apt so that its
# dependencies are resolved, and runs the installed programs from /usr/bin: both print their
# versions, tierbench finds its installed translations, tierctl imports the price map built
# into it. The desktop file and AppStream metainfo are validated as shipped and as installed.
# The package is removed again at the end. Usage: tools/ci-package.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
app_id=io.github.tierbench.TierBench
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

desktop-file-validate "packaging/linux/$app_id.desktop"
appstreamcli validate --no-net "packaging/linux/$app_id.metainfo.xml"

rm -f "$build"/tierbench_*.deb
(cd "$build" && cpack -G DEB) >"$build/cpack-deb.log" 2>&1 || { cat "$build/cpack-deb.log"; exit 1; }
deb=$(ls "$PWD/$build"/tierbench_*.deb)
dpkg-deb --field "$deb" Package Version Depends
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
trap 'DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -qq tierbench >/dev/null' EXIT

desktop-file-validate "/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
for size in 16 22 24 32 48 64 128 256 512; do
    test -f "/usr/share/icons/hicolor/${size}x${size}/apps/tierbench.png"
done
test -f /usr/share/icons/hicolor/scalable/apps/tierbench.svg

home=$(mktemp -d)
cd "$home" # nothing from the source or build tree is reachable from here
version=$(HOME="$home" QT_QPA_PLATFORM=offscreen /usr/bin/tierbench --version)
echo "$version"
grep -q '^tierbench [0-9]' <<<"$version"
grep -q '^Qt 6\.' <<<"$version"
grep -q '^yaml-cpp [0-9]' <<<"$version"
grep -q '^Translations: .*de.*(/usr/share/tierbench/translations)' <<<"$version"
/usr/bin/tierctl --version | grep -q '^yaml-cpp [0-9]'
/usr/bin/tierctl --help | grep -q '^Usage: tierctl'
imported=$(HOME="$home" /usr/bin/tierctl models import-prices --bundled --db "sqlite:$home/prices.db")
echo "$imported"
grep -Eq '^[0-9]{3,} entries, [0-9]+ with prices' <<<"$imported"
echo "installed package OK"
