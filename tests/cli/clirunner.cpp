#include "clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace care::test {
namespace {

constexpr int kNobody = 65534;

QProcessEnvironment baseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

} // namespace

bool canRunAsNobody()
{
#ifdef _WIN32
    return false;
#else
    return geteuid() == 0 && !QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty();
#endif
}

CliRun runCli(const QStringList &arguments, const CliOptions &options)
{
    QProcessEnvironment env = baseEnvironment();
    for (const QString &pair : options.environment) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    QString program = QStringLiteral(CARE_CLI_PATH);
    QStringList programArguments = arguments;
    if (options.asNobody) {
        programArguments = QStringList{QStringLiteral("--reuid=%1").arg(kNobody),
                                       QStringLiteral("--regid=%1").arg(kNobody), QStringLiteral("--clear-groups"),
                                       program}
                           + arguments;
        program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    }

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, programArguments);
    CliRun run;
    if (!process.waitForStarted()) {
        run.crashed = true;
        run.err = process.errorString();
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
    }
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

FileState FileState::of(const QString &path)
{
    FileState state;
    const QFileInfo info(path);
    state.folderEntries = info.dir().entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    state.exists = info.exists();
    if (!state.exists)
        return state;
    state.size = info.size();
    state.modified = info.lastModified();
    state.permissions = info.permissions();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        state.sha256 = hash.result().toHex();
    }
    return state;
}

std::ostream &operator<<(std::ostream &os, const FileState &state)
{
    return os << "{exists " << state.exists << ", sha256 " << state.sha256.constData() << ", size " << state.size
              << ", modified " << state.modified.toString(Qt::ISODateWithMs).toStdString() << ", entries "
              << state.folderEntries.join(QLatin1Char(' ')).toStdString() << "}";
}

std::ostream &operator<<(std::ostream &os, const CliRun &run)
{
    return os << "exit " << run.exitCode << (run.crashed ? " (crashed)" : "") << "\n--- stdout\n"
              << run.out.toStdString() << "--- stderr\n"
              << run.err.toStdString();
}

} // namespace care::test
