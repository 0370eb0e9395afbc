#include "commandline.h"

#include "console.h"
#include "exitcode.h"
#include "texttable.h"

#include "locale/language.h"

namespace care::cli {
namespace {
constexpr int kHelpWidth = 80;
}

CommandLine::CommandLine(QString command, QString synopsis, QString summary)
    : m_command(std::move(command)), m_synopsis(std::move(synopsis)), m_summary(std::move(summary))
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")));
}

void CommandLine::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
    m_options << option;
}

void CommandLine::addPositional(const QString &name, const QString &description)
{
    m_positionals << qMakePair(name, description);
}

std::optional<int> CommandLine::parse(const QStringList &arguments, int minPositional, int maxPositional)
{
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        Console::out(helpText());
        return ExitOk;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(tr("Missing argument: %1.").arg(m_positionals.value(int(count)).first));
    if (maxPositional >= 0 && count > maxPositional)
        return usageError(tr("Unexpected argument “%1”.").arg(m_parser.positionalArguments().at(maxPositional)));
    return std::nullopt;
}

std::optional<qint64> CommandLine::integerValue(const QString &name, qint64 fallback, qint64 min, qint64 max,
                                                int *exitCode) const
{
    if (!m_parser.isSet(name))
        return fallback;
    const QString text = m_parser.value(name).trimmed();
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (ok && number >= min && number <= max)
        return number;
    const QLocale locale = localeFor(currentLanguage());
    Console::errLine(tr("Invalid value “%1” for --%2: give a whole number from %3 to %4.")
                         .arg(text, name, locale.toString(min), locale.toString(max)));
    *exitCode = ExitInvalidInput;
    return std::nullopt;
}

int CommandLine::usageError(const QString &message) const
{
    Console::errLine(message);
    Console::errLine(tr("Run “care-cli %1 --help” for its options.").arg(m_command));
    return ExitUsage;
}

QString CommandLine::helpText() const
{
    QString text = tr("Usage: care-cli %1 %2").arg(m_command, m_synopsis) + QLatin1Char('\n');
    text += QLatin1Char('\n') + TextTable::wrap(m_summary, kHelpWidth);
    if (!m_positionals.isEmpty()) {
        TextTable arguments;
        for (const auto &[name, description] : m_positionals)
            arguments.addRow({name, description});
        text += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n') + arguments.render(QStringLiteral("  "));
    }
    TextTable options;
    for (const QCommandLineOption &option : m_options) {
        QStringList names;
        for (const QString &name : option.names())
            names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
        QString spelled = names.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            spelled += QLatin1Char(' ') + option.valueName();
        options.addRow({spelled, option.description()});
    }
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + options.render(QStringLiteral("  "));
    return text;
}

} // namespace care::cli
