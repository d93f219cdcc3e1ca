# Linux: FHS layout under CMAKE_INSTALL_PREFIX (/usr for the .deb), a .deb via CPack, and
# the files an AppImage (linuxdeploy) or a distribution package needs.
set(tierbench_app_id "io.github.tierbench.TierBench")
set(linux_dir "${CMAKE_CURRENT_LIST_DIR}")

install(FILES "${linux_dir}/${tierbench_app_id}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT desktop)
install(FILES "${linux_dir}/${tierbench_app_id}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT desktop)
foreach(size 16 22 24 32 48 64 128 256 512)
    install(FILES "${TIERBENCH_ICON_DIR}/hicolor/${size}x${size}/apps/tierbench.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps" COMPONENT desktop)
endforeach()
install(FILES "${TIERBENCH_ICON_DIR}/tierbench.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT desktop)

set(CPACK_GENERATOR "DEB;TGZ")
# One .deb with every component; Depends from the binaries' shared libraries (dpkg-shlibdeps),
# plus what is loaded as a plugin and so invisible to it.
set(CPACK_DEB_COMPONENT_INSTALL OFF)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "TierBench team <tierbench@localhost>")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
