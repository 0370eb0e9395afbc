#!/usr/bin/env bash
# The one list of system packages Care needs (Debian 12 names) and the one
# function that installs whichever of them are missing. Sourced by the
# scripts/care-* commands; can also be run on its own.

# Build, test and run dependencies. Server tests need the PostgreSQL server.
CARE_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-psql libqt6svg6 libgl-dev
    libicu-dev catch2 libsodium-dev
    libxlsxwriter-dev libfreexl-dev libzip-dev
    fonts-thai-tlwg fonts-noto-core
    xvfb xauth poppler-utils util-linux dpkg-dev file
    postgresql
)
# npm fetches the pinned SQLite library once (scripts/lib/fetch-sqlite3mc.sh);
# an npm installed by other means (e.g. with Node.js) serves as well.
command -v npm >/dev/null 2>&1 || CARE_PACKAGES+=(npm)

# Only scripts/care-package needs these: PNG icon rendering and metadata validation.
# shellcheck disable=SC2034 # used by scripts/care-package
CARE_PACKAGING_PACKAGES=(librsvg2-bin appstream desktop-file-utils)

care_package_installed() {
    [[ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" == "installed" ]]
}

# The command prefix that runs apt-get as root: nothing when we are root, else sudo.
care_root_prefix() {
    if [[ ${EUID} -eq 0 ]]; then
        echo ""
    elif command -v sudo >/dev/null 2>&1; then
        echo "sudo"
    else
        return 1
    fi
}

# care_install_deps [extra packages...]: installs the missing ones, or does nothing.
care_install_deps() {
    if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
        echo "care: this system has no apt-get; install the packages listed in" >&2
        echo "care: scripts/lib/install-deps.sh by other means (see README.md)." >&2
        return 1
    fi

    local wanted=("${CARE_PACKAGES[@]}" "$@")
    local missing=() package
    for package in "${wanted[@]}"; do
        care_package_installed "${package}" || missing+=("${package}")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        echo "care: all ${#wanted[@]} required packages are installed."
        return 0
    fi

    local prefix
    if ! prefix=$(care_root_prefix); then
        echo "care: missing packages: ${missing[*]}" >&2
        echo "care: installing them needs root, and sudo is not available. As root, run:" >&2
        echo "  apt-get update && apt-get install ${missing[*]}" >&2
        return 1
    fi
    echo "care: installing ${#missing[@]} missing package(s): ${missing[*]}"
    # shellcheck disable=SC2086 # an empty prefix must vanish
    ${prefix} env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
    # shellcheck disable=SC2086
    if ! ${prefix} env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -q -o Dpkg::Use-Pty=0 "${missing[@]}" </dev/null; then
        echo "care: apt-get could not install: ${missing[*]}" >&2
        echo "care: Care is built on Debian 12 (bookworm); other releases may name packages differently." >&2
        return 1
    fi
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    care_install_deps "$@"
fi
