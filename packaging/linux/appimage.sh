#!/usr/bin/env bash
# Builds TierBench-<version>-x86_64.AppImage with linuxdeploy and its Qt plugin.
# Needs network access once to fetch the two tools (not possible in TierBench's CI):
#   https://github.com/linuxdeploy/linuxdeploy/releases  (linuxdeploy-x86_64.AppImage)
#   https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases  (linuxdeploy-plugin-qt-x86_64.AppImage)
# Put both on PATH (chmod +x), then from the source tree:
#   bash packaging/linux/appimage.sh [build-dir]
# Build on the oldest distribution you support: the AppImage runs where glibc is as new or newer.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-appimage}
appdir="$build/AppDir"

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
      -DTIERBENCH_BUILD_TESTS=OFF -DTIERBENCH_BUILD_BENCHMARKS=OFF
cmake --build "$build"
rm -rf "$appdir"
DESTDIR="$PWD/$appdir" cmake --install "$build"   # app, cli, translations, desktop file, icons

# The Qt plugin copies Qt's libraries and plugins (xcb, wayland, sqlite/psql drivers, styles)
# into the AppDir; QMAKE tells it which Qt. Extra plugins: EXTRA_QT_PLUGINS.
export QMAKE=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
export EXTRA_QT_PLUGINS="sqldrivers;wayland-shell-integration"
export LINUXDEPLOY_OUTPUT_VERSION
LINUXDEPLOY_OUTPUT_VERSION=$(sed -n 's/^project(TierBench VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
linuxdeploy-x86_64.AppImage --appdir "$appdir" \
    --executable "$appdir/usr/bin/tierctl" \
    --desktop-file "$appdir/usr/share/applications/io.github.tierbench.TierBench.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/tierbench.png" \
    --plugin qt --output appimage
# The AppImage starts tierbench (`./TierBench-*.AppImage --version` prints the versions).
# tierctl is inside too: `./TierBench-*.AppImage --appimage-extract` and run
# squashfs-root/usr/bin/tierctl, whose RUNPATH points at the bundled Qt.
