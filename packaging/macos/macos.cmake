# macOS: TierBench.app (Info.plist, icon, tierctl inside), made self-contained by macdeployqt
# at install time, then a DMG with CPack's DragNDrop generator (drag to Applications).
set(macos_dir "${CMAKE_CURRENT_LIST_DIR}")

set_target_properties(tierbench PROPERTIES
    OUTPUT_NAME "TierBench"
    MACOSX_BUNDLE_INFO_PLIST "${macos_dir}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.tierbench.TierBench"
    MACOSX_BUNDLE_BUNDLE_NAME "TierBench"
    MACOSX_BUNDLE_ICON_FILE "tierbench.icns"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "TierBench team")
target_sources(tierbench PRIVATE "${macos_dir}/tierbench.icns")
set_source_files_properties("${macos_dir}/tierbench.icns" TARGET_DIRECTORY tierbench
    PROPERTIES MACOSX_PACKAGE_LOCATION "Resources")

# macdeployqt copies the Qt frameworks and plugins (cocoa, sqldrivers, styles) into the bundle
# and rewrites both executables' load paths; -executable covers tierctl beside the app.
find_program(TIERBENCH_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(TIERBENCH_MACDEPLOYQT)
    install(CODE "
        set(bundle \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/TierBench.app\")
        execute_process(COMMAND \"${TIERBENCH_MACDEPLOYQT}\" \"\${bundle}\"
                                \"-executable=\${bundle}/Contents/MacOS/tierctl\" -always-overwrite
                        RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR \"macdeployqt failed: \${rc}\")
        endif()" COMPONENT app)
else()
    message(WARNING "macdeployqt not found: the installed TierBench.app will need Qt from elsewhere")
endif()

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "TierBench ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_ICON "${macos_dir}/tierbench.icns")
set(CPACK_PACKAGE_FILE_NAME "TierBench-${PROJECT_VERSION}-macos")
