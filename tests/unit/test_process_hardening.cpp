// The first call of care's and care-cli's main(): owner-only files and no core dumps.
#include "security/processhardening.h"

#include <catch2/catch.hpp>

#if defined(__linux__)

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace care;

namespace {

// Runs `check` after hardenProcess(how) in a child process (the settings
// would otherwise stay with the test runner); its exit status is the result.
int inChild(const ProcessHardening &how, int (*check)())
{
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        hardenProcess(how);
        _exit(check());
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    return WEXITSTATUS(status);
}

int umaskIsOwnerOnly()
{
    const mode_t mask = umask(0);
    return mask == (S_IRWXG | S_IRWXO) ? 0 : 1;
}

int coreDumpsOff()
{
    struct rlimit limit = {};
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
        return 1;
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 ? 0 : 2;
}

int coreDumpsUntouched()
{
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 1 ? 0 : 1;
}

}  // namespace

TEST_CASE("Process hardening makes new files owner-only", "[hardening]")
{
    CHECK(inChild(ProcessHardening{true, false}, umaskIsOwnerOnly) == 0);
}

TEST_CASE("Process hardening turns core dumps off, by default in release builds", "[hardening]")
{
    CHECK(inChild(ProcessHardening{false, true}, coreDumpsOff) == 0);
    CHECK(ProcessHardening().noCoreDumps == kReleaseBuild);
#ifdef NDEBUG
    CHECK(kReleaseBuild);
#else
    CHECK_FALSE(kReleaseBuild);
    CHECK(inChild(ProcessHardening{}, coreDumpsUntouched) == 0);  // developers keep their core files
#endif
}

#endif  // __linux__
