# tierbench_add_test(NAME SOURCES ... LIBS ... LABEL unit|ui|integration [TIMEOUT s])
# One Qt Test executable per test file, registered with CTest under a label.
function(tierbench_add_test name)
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_LABEL)
        set(ARG_LABEL unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    target_link_libraries(${name} PRIVATE tierbench_strict Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        TIERBENCH_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        TIERBENCH_FIXTURES_DIR="${PROJECT_SOURCE_DIR}/tests/fixtures"
        TIERBENCH_BIN_DIR="${CMAKE_BINARY_DIR}/bin")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABEL}" TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
endfunction()
