# Strictness shared by every target: link tierbench_strict.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

add_library(tierbench_strict INTERFACE)
target_compile_features(tierbench_strict INTERFACE cxx_std_20)
target_compile_definitions(tierbench_strict INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060000)
option(TIERBENCH_WARNINGS_AS_ERRORS "Fail the build on any compiler warning (the clang asan preset sets it)" OFF)
if(MSVC)
    target_compile_options(tierbench_strict INTERFACE /W4 /permissive- /utf-8)
    if(TIERBENCH_WARNINGS_AS_ERRORS)
        target_compile_options(tierbench_strict INTERFACE /WX)
    endif()
else()
    target_compile_options(tierbench_strict INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough)
    if(TIERBENCH_WARNINGS_AS_ERRORS)
        target_compile_options(tierbench_strict INTERFACE -Werror)
    endif()
endif()

# core_module(NAME SOURCES ... LIBS ...): one static library per core module.
# Modules link only what they use, so the dependency graph between them is checked by the linker.
function(tierbench_core_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    qt_add_library(core_${name} STATIC ${ARG_SOURCES})
    target_include_directories(core_${name} PUBLIC "${PROJECT_SOURCE_DIR}/core")
    target_link_libraries(core_${name} PUBLIC tierbench_strict Qt6::Core ${ARG_LIBS})
    set_target_properties(core_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()
