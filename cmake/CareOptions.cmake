# One INTERFACE target carries the project's warnings and options; every
# target links it PRIVATE so flags never leak to consumers.
add_library(care_options INTERFACE)
target_compile_features(care_options INTERFACE cxx_std_20)
target_compile_definitions(care_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CARE_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(care_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(CARE_WARNINGS_AS_ERRORS)
        target_compile_options(care_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(care_options INTERFACE /W4 /utf-8 /permissive-)
    if(CARE_WARNINGS_AS_ERRORS)
        target_compile_options(care_options INTERFACE /WX)
    endif()
endif()

# Release builds carry no debug output: sensitive values must never reach a log.
target_compile_definitions(care_options INTERFACE
    $<$<CONFIG:Release,MinSizeRel>:QT_NO_DEBUG_OUTPUT QT_NO_INFO_OUTPUT>)
