// Files care-cli creates are owner-only from the first byte, whatever the
// caller's umask.
#include "clirunner.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace care::test;

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

// The test runner's usual umask (022) for the length of one check.
class SharedUmask {
public:
    SharedUmask() : m_saved(umask(S_IWGRP | S_IWOTH)) {}
    ~SharedUmask() { umask(m_saved); }
    SharedUmask(const SharedUmask &) = delete;
    SharedUmask &operator=(const SharedUmask &) = delete;

private:
    mode_t m_saved;
};

// The "Umask:" line of a running process (Linux), empty once it has ended.
QString umaskOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("Umask:"))
            return QString::fromLatin1(line.mid(6).trimmed());
    return {};
}

}  // namespace

TEST_CASE("care-cli creates its files owner-only", "[cli][files]")
{
    const SharedUmask shared;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.care"));
    const CliRun run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--students"),
                               QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("3")});
    INFO(run);
    REQUIRE(run.exitCode == 0);
    const QFileInfoList files = QDir(dir.path()).entryInfoList(QDir::Files);
    REQUIRE_FALSE(files.isEmpty());
    for (const QFileInfo &file : files) {
        INFO(file.fileName().toStdString());
        CHECK(file.permissions() == kOwnerOnly);
    }
}

TEST_CASE("care-cli runs with an owner-only umask whatever its caller's", "[cli][files]")
{
    const SharedUmask shared;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QProcess cli;
    cli.setProgram(QStringLiteral(CARE_CLI_PATH));
    cli.setArguments({QStringLiteral("demo"), QStringLiteral("--db"), dir.filePath(QStringLiteral("demo.care")),
                      QStringLiteral("--students"), QStringLiteral("20"), QStringLiteral("--seed"),
                      QStringLiteral("3")});
    cli.start();
    REQUIRE(cli.waitForStarted());
    // The last value read while it runs: well after main() began.
    QString seen;
    while (cli.state() != QProcess::NotRunning) {
        if (const QString now = umaskOf(cli.processId()); !now.isEmpty())
            seen = now;
        cli.waitForFinished(5);
    }
    CHECK(cli.exitCode() == 0);
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen == QStringLiteral("0077"));
}
