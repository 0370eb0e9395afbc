#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>

#include <ostream>

namespace care::test {

// What one run of care-cli did.
struct CliRun {
    int exitCode = -1;
    bool crashed = false;  // killed by a signal or timed out
    QString out;
    QString err;
};

struct CliOptions {
    QStringList environment;  // extra NAME=value pairs; the base is English (LANG=C.UTF-8)
    bool asNobody = false;    // run as uid/gid 65534 through setpriv (needs root)
    int timeoutMs = 120'000;
};

// Runs the built care-cli with these arguments and waits for it.
CliRun runCli(const QStringList &arguments, const CliOptions &options = {});

// Whether this process can run care-cli as another user (root with setpriv).
bool canRunAsNobody();

// Everything about a file that a refusing command must leave alone.
struct FileState {
    bool exists = false;
    QByteArray sha256;
    qint64 size = -1;
    QDateTime modified;
    QFile::Permissions permissions;
    QStringList folderEntries;  // no -wal, -shm or -journal left beside it

    static FileState of(const QString &path);
    bool operator==(const FileState &) const = default;
};

std::ostream &operator<<(std::ostream &os, const FileState &state);
std::ostream &operator<<(std::ostream &os, const CliRun &run);

} // namespace care::test
