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

# tierbench_add_backend_test(NAME SOURCES ... LIBS ... [LABEL l] [TIMEOUT s])
# One executable, two CTest entries: NAME on SQLite (labels l;sqlite) and NAME_pg on
# PostgreSQL (labels l;postgres), chosen by TIERBENCH_TEST_BACKEND (tests/support/testbackend.h).
# NAME_pg needs TIERBENCH_TEST_PG_URL; it skips without one, and fails when CI=true.
function(tierbench_add_backend_test name)
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_LABEL)
        set(ARG_LABEL unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    tierbench_add_test(${name} SOURCES ${ARG_SOURCES} LIBS test_backend ${ARG_LIBS} LABEL ${ARG_LABEL} TIMEOUT ${ARG_TIMEOUT})
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABEL};sqlite"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TIERBENCH_TEST_BACKEND=sqlite")
    add_test(NAME ${name}_pg COMMAND ${name})
    set_tests_properties(${name}_pg PROPERTIES LABELS "${ARG_LABEL};postgres" TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TIERBENCH_TEST_BACKEND=postgres"
        SKIP_REGULAR_EXPRESSION "SKIP   : [A-Za-z]+::initTestCase\\(\\)")
endfunction()
