# Windows: bin\tierbench.exe and bin\tierctl.exe with the Qt DLLs, plugins and the other
# libraries they load, placed by windeployqt at install time; an NSIS installer with a
# Start-menu entry, tierctl on PATH on request, and an uninstaller.
set(windows_dir "${CMAKE_CURRENT_LIST_DIR}")

# The icon and version resource in tierbench.exe.
configure_file("${windows_dir}/tierbench.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/tierbench.rc" @ONLY)
file(COPY "${windows_dir}/tierbench.ico" DESTINATION "${CMAKE_CURRENT_BINARY_DIR}")
target_sources(tierbench PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/tierbench.rc")

# yaml-cpp, QtKeychain and QCustomPlot are not Qt's own, so windeployqt leaves them out:
# the executables are installed here a second time (same place) to collect their DLLs.
install(TARGETS tierbench tierctl
        RUNTIME_DEPENDENCIES
            # names are matched lowercased; Qt's own DLLs are windeployqt's job
            PRE_EXCLUDE_REGEXES "^api-ms-.*" "^ext-ms-.*"
                "^qt6(core|gui|widgets|network|sql|concurrent|printsupport|dbus|httpserver|websockets|opengl|svg)d?\\.dll$"
            POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll"
        RUNTIME DESTINATION bin COMPONENT app)

find_program(TIERBENCH_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(TIERBENCH_WINDEPLOYQT)
    install(CODE "
        set(bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")
        foreach(exe tierbench.exe tierctl.exe)
            execute_process(COMMAND \"${TIERBENCH_WINDEPLOYQT}\" --release --no-compiler-runtime
                                    --no-opengl-sw \"\${bin}/\${exe}\" RESULT_VARIABLE rc)
            if(NOT rc EQUAL 0)
                message(FATAL_ERROR \"windeployqt \${exe} failed: \${rc}\")
            endif()
        endforeach()" COMPONENT app)
else()
    message(WARNING "windeployqt not found: the installed tierbench.exe will need Qt on PATH")
endif()
# The MSVC runtime DLLs, next to the executables.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT app)
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_NSIS_PACKAGE_NAME "TierBench")
set(CPACK_NSIS_DISPLAY_NAME "TierBench ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${windows_dir}/tierbench.ico")
set(CPACK_NSIS_MUI_UNIICON "${windows_dir}/tierbench.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tierbench.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (tierctl) on PATH
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
# Start menu: TierBench\TierBench, from CPACK_PACKAGE_EXECUTABLES (packaging/CMakeLists.txt),
# and the uninstaller.
set(CPACK_PACKAGE_FILE_NAME "TierBench-${PROJECT_VERSION}-windows-x64")
