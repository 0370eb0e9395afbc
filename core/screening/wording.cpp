#include "screening/wording.h"

#include "screening/instrumentregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <utility>

namespace care {

struct WordingText {
    Q_DECLARE_TR_FUNCTIONS(WordingText)
};

namespace {

class LineChecker {
public:
    LineChecker(const QString &sourcePath, const InstrumentRegistry &registry)
        : m_source(sourcePath), m_registry(registry)
    {}

    Error fault(int line, const QString &problem) const
    {
        const QString name = QFileInfo(m_source).fileName();
        return Error{WordingText::tr("The wording file %1 is not valid at line %2: %3")
                             .arg(name.isEmpty() ? m_source : name, QString::number(line), problem),
                     {},
                     WordingText::tr("line %1").arg(line)};
    }

    Result<WordingEntry> entry(int line, const QString &text) const
    {
        const QStringList fields = text.split(QLatin1Char('\t'));
        if (fields.size() != 4)
            return fault(line,
                         WordingText::tr("the line has %n field(s) separated by tabs; expected 4: instrument, "
                                         "language, item, text.",
                                         nullptr, int(fields.size())));
        WordingEntry entry;
        entry.line = line;
        entry.instrumentId = fields.at(0).trimmed();
        entry.language = fields.at(1).trimmed();
        const QString item = fields.at(2).trimmed();
        entry.text = fields.at(3).trimmed();
        const Instrument *instrument = m_registry.find(entry.instrumentId);
        if (!instrument)
            return fault(line, WordingText::tr("unknown instrument \"%1\".").arg(entry.instrumentId.left(80)));
        if (entry.language != QLatin1String("th") && entry.language != QLatin1String("en"))
            return fault(line, WordingText::tr("unknown language \"%1\"; use th or en.").arg(entry.language.left(20)));
        bool isNumber = false;
        const int number = item.toInt(&isNumber);
        if (isNumber) {
            const Item *numbered = instrument->itemByNumber(number);
            if (!numbered)
                return fault(line,
                             WordingText::tr("the instrument %1 has no item %2.").arg(instrument->id).arg(number));
            entry.itemKey = numbered->key;
        } else if (instrument->wordingKeys().contains(item)) {
            entry.itemKey = item;
        } else {
            return fault(line,
                         WordingText::tr("the instrument %1 has no item or wording key \"%2\".")
                                 .arg(instrument->id, item.left(80)));
        }
        if (entry.text.isEmpty())
            return fault(line, WordingText::tr("the text is empty."));
        if (entry.text.size() > WordingFile::kMaxTextLength)
            return fault(line,
                         WordingText::tr("the text is longer than %1 characters.").arg(WordingFile::kMaxTextLength));
        for (QChar c : std::as_const(entry.text))
            if (c.category() == QChar::Other_Control)
                return fault(line, WordingText::tr("the text contains a control character."));
        return entry;
    }

private:
    QString m_source;
    const InstrumentRegistry &m_registry;
};

bool isHeader(const QString &line)
{
    return line.trimmed().compare(QLatin1String("instrument\tlanguage\titem\ttext"), Qt::CaseInsensitive) == 0;
}

}  // namespace

Result<QList<WordingEntry>> WordingFile::parse(const QByteArray &content, const QString &sourcePath,
                                               const InstrumentRegistry &registry)
{
    const LineChecker checker(sourcePath, registry);
    QList<QByteArray> lines = content.split('\n');
    if (!lines.isEmpty() && lines.first().startsWith("\xEF\xBB\xBF"))  // a byte-order mark
        lines.first().remove(0, 3);
    QList<WordingEntry> entries;
    QHash<QString, int> seen;  // instrument/language/key → line
    bool first = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i) + 1;
        QByteArray bytes = lines.at(i);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString line = decoder.decode(bytes);
        if (decoder.hasError())
            return checker.fault(lineNumber, WordingText::tr("the line is not UTF-8 text."));
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (std::exchange(first, false) && isHeader(line))
            continue;
        auto entry = checker.entry(lineNumber, line);
        if (!entry)
            return entry.error();
        const QString key
                = entry->instrumentId + QLatin1Char('/') + entry->language + QLatin1Char('/') + entry->itemKey;
        if (const int earlier = seen.value(key); earlier > 0)
            return checker.fault(lineNumber,
                                 WordingText::tr("the text of %1 in %2 for %3 was already given on line %4.")
                                         .arg(entry->itemKey, entry->language, entry->instrumentId)
                                         .arg(earlier));
        seen.insert(key, lineNumber);
        entries << entry.value();
    }
    if (entries.isEmpty()) {
        const QString name = QFileInfo(sourcePath).fileName();
        return Error{
                WordingText::tr("The wording file %1 has no wording lines.").arg(name.isEmpty() ? sourcePath : name),
                {},
                sourcePath};
    }
    return entries;
}

Result<QList<WordingEntry>> WordingFile::read(const QString &path, const InstrumentRegistry &registry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{WordingText::tr("The wording file %1 cannot be read: %2.")
                             .arg(QFileInfo(path).fileName(), file.errorString()),
                     {},
                     path};
    if (file.size() > kMaxFileBytes)
        return Error{WordingText::tr("The wording file %1 is larger than 4 MB; it cannot be one.")
                             .arg(QFileInfo(path).fileName()),
                     {},
                     path};
    return parse(file.readAll(), path, registry);
}

}  // namespace care
