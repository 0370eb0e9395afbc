# care_sqlite: the one SQLite library in Care, SQLite3 Multiple Ciphers (SQLite
# with whole-file encryption), compiled from the amalgamation that
# scripts/lib/fetch-sqlite3mc.sh unpacks (pinned in cmake/sqlite3mc.pin).
# Nothing in Care links the system libsqlite3 or loads Qt's QSQLITE plugin:
# core/storage/sqlitedriver.h is Care's own Qt SQL driver on this library.

set(CARE_SQLITE3MC_PIN "${PROJECT_SOURCE_DIR}/cmake/sqlite3mc.pin")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${CARE_SQLITE3MC_PIN}")
foreach(key SQLITE_VERSION VERSION)
    file(STRINGS "${CARE_SQLITE3MC_PIN}" line REGEX "^SQLITE3MC_${key}=")
    string(REGEX REPLACE "^[^=]*=" "" CARE_SQLITE3MC_PINNED_${key} "${line}")
endforeach()

set(CARE_SQLITE3MC_DIR "${PROJECT_SOURCE_DIR}/build/_deps/sqlite3mc" CACHE PATH
    "Folder with the pinned SQLite3 Multiple Ciphers sqlite3.c and sqlite3.h (scripts/lib/fetch-sqlite3mc.sh)")

set(fetch_hint "Run scripts/lib/fetch-sqlite3mc.sh (scripts/care-test and scripts/care-run do it), or set CARE_SQLITE3MC_DIR")
if(NOT EXISTS "${CARE_SQLITE3MC_DIR}/sqlite3.c" OR NOT EXISTS "${CARE_SQLITE3MC_DIR}/sqlite3.h")
    message(FATAL_ERROR "The SQLite3 Multiple Ciphers sources are missing in ${CARE_SQLITE3MC_DIR}. ${fetch_hint}.")
endif()
file(STRINGS "${CARE_SQLITE3MC_DIR}/sqlite3.h" found_sqlite REGEX "^#define SQLITE_VERSION  ")
file(STRINGS "${CARE_SQLITE3MC_DIR}/sqlite3.h" found_mc REGEX "^#define SQLITE3MC_VERSION_STRING ")
if(NOT found_sqlite MATCHES "\"${CARE_SQLITE3MC_PINNED_SQLITE_VERSION}\""
   OR NOT found_mc MATCHES "Multiple Ciphers ${CARE_SQLITE3MC_PINNED_VERSION}\"")
    message(FATAL_ERROR "${CARE_SQLITE3MC_DIR}/sqlite3.h is not SQLite ${CARE_SQLITE3MC_PINNED_SQLITE_VERSION} "
                        "with SQLite3 Multiple Ciphers ${CARE_SQLITE3MC_PINNED_VERSION} (cmake/sqlite3mc.pin). ${fetch_hint}.")
endif()

add_library(care_sqlite STATIC "${CARE_SQLITE3MC_DIR}/sqlite3.c")
# SYSTEM: the header is third-party and must not trip Care's warnings.
target_include_directories(care_sqlite SYSTEM PUBLIC "${CARE_SQLITE3MC_DIR}")
target_compile_definitions(care_sqlite PRIVATE
    # Care opens one connection per thread and never shares one between
    # threads (Qt SQL refuses a connection from another thread; the plain C
    # API connections are local to a function), so the per-connection mutexes
    # of mode 1 would only cost time. The global mutexes stay.
    SQLITE_THREADSAFE=2
    SQLITE_DQS=0
    SQLITE_ENABLE_FTS5
    SQLITE_OMIT_LOAD_EXTENSION
    SQLITE_OMIT_SHARED_CACHE
    SQLITE_DEFAULT_MEMSTATUS=0
    SQLITE_LIKE_DOESNT_MATCH_BLOBS
    # Deleted content is overwritten; temporary tables and indexes stay in
    # memory, so no unencrypted temporary file is ever written.
    SQLITE_SECURE_DELETE
    SQLITE_TEMP_STORE=3
    # Busy waits in milliseconds (without it SQLite sleeps whole seconds).
    HAVE_USLEEP=1
    # Only ChaCha20-Poly1305 (each page encrypted and authenticated), the
    # default cipher; the other schemes are compiled out.
    CODEC_TYPE=CODEC_TYPE_CHACHA20
    HAVE_CIPHER_CHACHA20=1
    HAVE_CIPHER_AES_128_CBC=0
    HAVE_CIPHER_AES_256_CBC=0
    HAVE_CIPHER_SQLCIPHER=0
    HAVE_CIPHER_RC4=0
    HAVE_CIPHER_ASCON128=0
    HAVE_CIPHER_AEGIS=0)
# Third-party code: optimised in every build type (the benchmarks and tests
# time real work) and built without Care's warnings-as-errors.
target_compile_options(care_sqlite PRIVATE $<$<C_COMPILER_ID:GNU,Clang>:-O2 -g0>)
set_target_properties(care_sqlite PROPERTIES POSITION_INDEPENDENT_CODE ON)
find_package(Threads REQUIRED)
target_link_libraries(care_sqlite PUBLIC Threads::Threads $<$<PLATFORM_ID:Linux>:m>)
