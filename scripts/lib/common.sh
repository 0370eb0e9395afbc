#!/usr/bin/env bash
# Shared setup for the scripts/care-* commands: strict mode, the repository
# root as working directory, messages, and ccache settings.
set -euo pipefail

# Where the user ran the command from, for arguments that name files.
export CARE_CALLER_PWD="${PWD}"
CARE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "${CARE_ROOT}"

# shellcheck source=scripts/lib/install-deps.sh
source "${CARE_ROOT}/scripts/lib/install-deps.sh"

care_step() { printf '\n==> %s\n' "$*"; }
care_die() { printf 'care: %s\n' "$*" >&2; exit 1; }

# shellcheck source=scripts/lib/fetch-sqlite3mc.sh
source "${CARE_ROOT}/scripts/lib/fetch-sqlite3mc.sh"

# Paths relative to the checkout let ccache reuse objects across clones in
# different folders (CI builds each submission in a fresh clone).
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-${CARE_ROOT}}"
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

# care_configure_and_build PRESET [cmake --build args...]
care_configure_and_build() {
    local preset=$1
    shift
    care_fetch_sqlite3mc || care_die "the SQLite library could not be fetched (see above)."
    care_step "Configuring (preset ${preset})"
    cmake --preset "${preset}"
    care_step "Building (preset ${preset})"
    cmake --build --preset "${preset}" "$@"
}
