#include "security/processhardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#include <sys/stat.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

namespace care {

void hardenProcess(const ProcessHardening &how)
{
#if defined(Q_OS_UNIX)
    if (how.ownerOnlyFiles)
        ::umask(S_IRWXG | S_IRWXO);
    if (how.noCoreDumps) {
        const struct rlimit none = {0, 0};
        (void)::setrlimit(RLIMIT_CORE, &none);
#if defined(Q_OS_LINUX)
        (void)::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    }
#else
    // WINDOWS (a future target) — to do here, before anything is created:
    // - Owner-only files: Windows has no umask; a new file takes the ACL of
    //   its folder. Care's default folders are under %LOCALAPPDATA% (the
    //   user, SYSTEM and Administrators only), but a chosen backup or export
    //   folder may be shared: create Care's files through one helper that
    //   passes CreateFileW a SECURITY_ATTRIBUTES with a protected DACL
    //   granting only the current user's SID (and SYSTEM).
    // - Crash dumps: Windows Error Reporting may keep a dump holding the key;
    //   WerAddExcludedApplication for care.exe and care-cli.exe, and
    //   SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX) in
    //   release builds.
    Q_UNUSED(how);
#endif
}

}  // namespace care
