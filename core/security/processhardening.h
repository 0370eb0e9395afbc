#pragma once

namespace care {

#ifdef NDEBUG
inline constexpr bool kReleaseBuild = true;
#else
inline constexpr bool kReleaseBuild = false;
#endif

// What the first line of main() in care and care-cli turns on.
struct ProcessHardening {
    // umask 077: every file and folder Care creates (database, its WAL,
    // backups, exports, opened forms) is owner-only from its first byte.
    bool ownerOnlyFiles = true;
    // No core file on a crash (it would hold the database key and decrypted
    // records), and on Linux no other process of the same user may attach to
    // Care or read its memory. Debug builds keep core dumps for developers.
    bool noCoreDumps = kReleaseBuild;
};

void hardenProcess(const ProcessHardening &how = {});

}  // namespace care
