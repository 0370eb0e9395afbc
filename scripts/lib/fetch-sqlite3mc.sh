#!/usr/bin/env bash
# Puts the pinned SQLite3 Multiple Ciphers amalgamation (cmake/sqlite3mc.pin)
# into build/_deps/sqlite3mc, where cmake/CareSqlite.cmake compiles it: the one
# SQLite library in Care, the one that encrypts the database file. The sources
# are never committed. Does nothing when the pinned version is already there;
# otherwise packs the npm package with npm, refuses it unless its SHA-256 is
# the pinned one, and unpacks only sqlite3.c and sqlite3.h.
#
# Sourced by scripts/lib/common.sh (care_configure_and_build calls it before
# configuring); can also be run on its own: scripts/lib/fetch-sqlite3mc.sh

# The value of KEY in the pin file, or nothing.
care_sqlite3mc_pin() {
    sed -n "s/^$1=//p" "${CARE_ROOT}/cmake/sqlite3mc.pin"
}

care_fetch_sqlite3mc() {
    local package version sha256
    package=$(care_sqlite3mc_pin SQLITE3MC_PACKAGE)
    version=$(care_sqlite3mc_pin SQLITE3MC_PACKAGE_VERSION)
    sha256=$(care_sqlite3mc_pin SQLITE3MC_PACKAGE_SHA256)
    if [[ -z "${package}" || -z "${version}" || ! "${sha256}" =~ ^[0-9a-f]{64}$ ]]; then
        echo "care: cmake/sqlite3mc.pin must name the package, its version and its SHA-256." >&2
        return 1
    fi
    local dest="${CARE_ROOT}/build/_deps/sqlite3mc"
    local stamp="${package}@${version} ${sha256}"
    if [[ -f "${dest}/sqlite3.c" && -f "${dest}/sqlite3.h" && "$(cat "${dest}/PINNED" 2>/dev/null)" == "${stamp}" ]]; then
        return 0
    fi

    printf '\n==> %s\n' "Fetching SQLite3 Multiple Ciphers (${package}@${version})"
    if ! command -v npm >/dev/null 2>&1; then
        # install-deps.sh lists npm while no npm command is found.
        care_install_deps || return 1
        if ! command -v npm >/dev/null 2>&1; then
            echo "care: npm is needed once to fetch ${package}@${version}; install it (Debian package npm)." >&2
            return 1
        fi
    fi
    # A subshell, so the temporary folder goes whatever happens.
    (
        set -euo pipefail
        work=$(mktemp -d)
        trap 'rm -rf "${work}"' EXIT
        cd "${work}"
        if ! npm pack --ignore-scripts --loglevel=error "${package}@${version}" >npm-pack.log 2>&1; then
            cat npm-pack.log >&2
            echo "care: npm could not fetch ${package}@${version} (is the network reachable?)." >&2
            exit 1
        fi
        tarballs=(./*.tgz)
        [[ ${#tarballs[@]} -eq 1 && -f "${tarballs[0]}" ]] || {
            echo "care: npm pack ${package}@${version} left no single tarball." >&2
            exit 1
        }
        actual=$(sha256sum "${tarballs[0]}" | cut -d' ' -f1)
        if [[ "${actual}" != "${sha256}" ]]; then
            echo "care: ${package}@${version} has SHA-256 ${actual}," >&2
            echo "care: but cmake/sqlite3mc.pin expects ${sha256}. Refusing to build with it." >&2
            exit 1
        fi
        tar -xzf "${tarballs[0]}" package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h
        mkdir -p "$(dirname "${dest}")"
        rm -rf "${dest}.partial"
        mkdir "${dest}.partial"
        mv package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h "${dest}.partial/"
        # Fresh times: the tarball's fixed ones would look older than a previous build.
        touch "${dest}.partial/sqlite3.c" "${dest}.partial/sqlite3.h"
        echo "${stamp}" >"${dest}.partial/PINNED"
        rm -rf "${dest}"
        mv "${dest}.partial" "${dest}"
    ) || return 1
    echo "care: SQLite3 Multiple Ciphers sources are in ${dest}."
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    CARE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
    # shellcheck source=scripts/lib/install-deps.sh
    source "${CARE_ROOT}/scripts/lib/install-deps.sh"
    care_fetch_sqlite3mc
fi
