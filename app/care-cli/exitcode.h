#pragma once

namespace care::cli {

// Exit codes, listed in `care-cli --help`; scripts rely on them, so they never change meaning.
enum ExitCode : int {
    ExitOk = 0,
    ExitInvalidInput = 1,   // a value is invalid or the record was not found
    ExitFileProblem = 2,    // the file is missing, unreadable, not a Care database, too new …
    ExitRefused = 3,        // not signed in (wrong password, locked, disabled) or not permitted
    ExitUsage = 64,         // unknown command or option, missing argument (BSD EX_USAGE)
};

} // namespace care::cli
