# Fails when ui/ or app/ reach data around core's services (DESIGN.md §4:
# "ui/ and app/ call services that take the session; they never include a
# storage/ header"). Run by ctest (test "layers: ui and app use no storage
# header"): cmake -DSOURCE_DIR=<root> -P check-layers.cmake
#
# Forbidden in ui/ and app/: including a storage/ header, Qt's SQL classes,
# and naming a repository, StudentSearch or WriteScope (comment lines aside).
cmake_minimum_required(VERSION 3.20)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "Give -DSOURCE_DIR=<the source tree>.")
endif()

file(GLOB_RECURSE sources
    "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
if(NOT sources)
    message(FATAL_ERROR "No source of ui/ or app/ under ${SOURCE_DIR}.")
endif()

set(faults "")
foreach(source IN LISTS sources)
    file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
    file(STRINGS "${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        string(STRIP "${line}" code)
        if(code MATCHES "^//")
            continue()
        endif()
        if(code MATCHES "#[ \t]*include[ \t]*[\"<]storage/")
            list(APPEND faults "${shown}:${number}: includes a storage/ header: ${code}")
        elseif(code MATCHES "QSql")
            list(APPEND faults "${shown}:${number}: uses Qt SQL: ${code}")
        elseif(code MATCHES "[A-Za-z]Repository([^A-Za-z]|$)|StudentSearch([^A-Za-z]|$)|WriteScope([^A-Za-z]|$)")
            list(APPEND faults "${shown}:${number}: reads or writes past core's services: ${code}")
        endif()
    endforeach()
endforeach()

if(faults)
    list(JOIN faults "\n" text)
    message(FATAL_ERROR "ui/ and app/ must reach data through core's services only:\n${text}")
endif()
list(LENGTH sources count)
message(STATUS "ui/ and app/: ${count} files, none reaches past core's services.")
