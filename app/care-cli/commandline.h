#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace care::cli {

// One command's arguments. Parsed with QCommandLineParser::parse (never
// process(), which exits on its own terms) so that every error ends with
// Care's message and exit code.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // command: as typed after "care-cli", e.g. "students search";
    // synopsis: the arguments after it, e.g. "--db FILE [--json] QUERY".
    CommandLine(QString command, QString synopsis, QString summary);

    void addOption(const QCommandLineOption &option);
    void addPositional(const QString &name, const QString &description);

    // Parses arguments (the first one is the command itself and is skipped).
    // Returns an exit code when the command should end now: after --help (0)
    // or on a usage error (64, message printed). Otherwise nullopt.
    std::optional<int> parse(const QStringList &arguments, int minPositional, int maxPositional);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }  // a repeated option
    QStringList positional() const { return m_parser.positionalArguments(); }

    // A whole number in [min, max] from an option, or an error printed
    // (exit code 1) naming the option and the allowed range.
    std::optional<qint64> integerValue(const QString &name, qint64 fallback, qint64 min, qint64 max,
                                       int *exitCode) const;

    int usageError(const QString &message) const;  // prints message and a --help hint; returns 64
    QString helpText() const;

private:
    QString m_command;
    QString m_synopsis;
    QString m_summary;
    QCommandLineParser m_parser;
    QList<QCommandLineOption> m_options;
    QList<QPair<QString, QString>> m_positionals;
};

} // namespace care::cli
