#include "screening/instrumentjson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace care {

struct InstrumentJsonText {
    Q_DECLARE_TR_FUNCTIONS(InstrumentJsonText)
};

namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return InstrumentJsonText::tr("true or false");
    case QJsonValue::Double:
        return InstrumentJsonText::tr("a number");
    case QJsonValue::String:
        return InstrumentJsonText::tr("a string");
    case QJsonValue::Array:
        return InstrumentJsonText::tr("an array");
    case QJsonValue::Object:
        return InstrumentJsonText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return InstrumentJsonText::tr("nothing");
}

// Line and column (both from 1, the column in characters) of a byte offset.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
            ++column;
        }
    }
    return {line, column};
}

}  // namespace

InstrumentJson::InstrumentJson(FileKind kind, QString sourcePath) : m_kind(kind), m_source(std::move(sourcePath)) {}

QString InstrumentJson::fileName() const
{
    const QString name = QFileInfo(m_source).fileName();
    return name.isEmpty() ? m_source : name;
}

Result<QJsonObject> InstrumentJson::parse(const QByteArray &json) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset is just past the character that broke the syntax (for most faults).
        const auto [line, column] = lineAndColumn(json, std::max<qsizetype>(0, parseError.offset - 1));
        const QString message = m_kind == FileKind::Instrument
                ? InstrumentJsonText::tr("The instrument file %1 is not valid JSON at line %2, column %3: %4.")
                : InstrumentJsonText::tr("The band file %1 is not valid JSON at line %2, column %3: %4.");
        return Error{message.arg(fileName(), QString::number(line), QString::number(column), parseError.errorString()),
                     {},
                     m_source};
    }
    if (!document.isObject())
        return wrongType(QStringLiteral("$"), InstrumentJsonText::tr("an object"),
                         document.isArray() ? QJsonValue(document.array()) : QJsonValue());
    return document.object();
}

Error InstrumentJson::fault(const QString &path, const QString &problem) const
{
    const QString message = m_kind == FileKind::Instrument
            ? InstrumentJsonText::tr("The instrument file %1 is not valid at %2: %3")
            : InstrumentJsonText::tr("The band file %1 is not valid at %2: %3");
    return Error{message.arg(fileName(), path, problem), {}, m_source};
}

Error InstrumentJson::wrongType(const QString &path, const QString &expected, const QJsonValue &found) const
{
    return fault(path, InstrumentJsonText::tr("expected %1 but found %2.").arg(expected, jsonTypeName(found)));
}

Status InstrumentJson::checkKeys(const QString &path, const QJsonObject &object, const QStringList &required,
                                 const QStringList &optional) const
{
    const QStringList known = required + optional;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            return fault(member(path, it.key()),
                         InstrumentJsonText::tr("unknown key \"%1\"; expected one of: %2.")
                                 .arg(it.key(), known.join(QStringLiteral(", "))));
    for (const QString &key : required)
        if (!object.contains(key))
            return fault(member(path, key), InstrumentJsonText::tr("this key is missing."));
    return {};
}

Result<QJsonObject> InstrumentJson::object(const QString &path, const QJsonValue &value) const
{
    if (!value.isObject())
        return wrongType(path, InstrumentJsonText::tr("an object"), value);
    return value.toObject();
}

Result<QJsonArray> InstrumentJson::array(const QString &path, const QJsonValue &value, int minSize) const
{
    if (!value.isArray())
        return wrongType(path, InstrumentJsonText::tr("an array"), value);
    const QJsonArray result = value.toArray();
    if (result.size() < minSize)
        return fault(path, InstrumentJsonText::tr("the list needs at least %n element(s).", nullptr, minSize));
    return result;
}

Result<QString> InstrumentJson::text(const QString &path, const QJsonValue &value) const
{
    if (!value.isString())
        return wrongType(path, InstrumentJsonText::tr("a string"), value);
    return value.toString();
}

Result<QString> InstrumentJson::code(const QString &path, const QJsonValue &value) const
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_.-]{0,63}$"));
    auto result = text(path, value);
    if (result && !pattern.match(result.value()).hasMatch())
        return fault(path,
                     InstrumentJsonText::tr("\"%1\" is not a valid code: use 1 to 64 lowercase letters, "
                                            "digits, \"_\", \"-\" or \".\", starting with a letter or digit.")
                             .arg(result.value().left(80)));
    return result;
}

Result<int> InstrumentJson::integer(const QString &path, const QJsonValue &value, int min, int max) const
{
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number)
        return wrongType(path, InstrumentJsonText::tr("a whole number"), value);
    if (number < min || number > max)
        return fault(path,
                     InstrumentJsonText::tr("%1 is out of range; expected a whole number from %2 to %3.")
                             .arg(number)
                             .arg(min)
                             .arg(max));
    return int(number);
}

Result<LocalText> InstrumentJson::localText(const QString &path, const QJsonValue &value) const
{
    auto object = this->object(path, value);
    if (!object)
        return object.error();
    if (auto s = checkKeys(path, object.value(), {}, {QStringLiteral("th"), QStringLiteral("en")}); !s)
        return s.error();
    LocalText result;
    for (const QString &language : {QStringLiteral("th"), QStringLiteral("en")}) {
        if (!object->contains(language))
            continue;
        auto t = text(member(path, language), object->value(language));
        if (!t)
            return t.error();
        (language == QLatin1String("th") ? result.th : result.en) = t.value().trimmed();
    }
    if (result.th.isEmpty() && result.en.isEmpty())
        return fault(path, InstrumentJsonText::tr("give the text in Thai (\"th\"), English (\"en\") or both."));
    return result;
}

Result<QList<ScaleChoice>> InstrumentJson::choices(const QString &path, const QJsonValue &value, int firstValue,
                                                   int expectedCount) const
{
    auto list = array(path, value, expectedCount > 0 ? 0 : 2);
    if (!list)
        return list.error();
    if (expectedCount > 0 && list->size() != expectedCount)
        return fault(
                path,
                InstrumentJsonText::tr("expected %n choice(s), one for each answer value.", nullptr, expectedCount));
    QList<ScaleChoice> result;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = element(path, i);
        auto entry = object(at, list->at(i));
        if (!entry)
            return entry.error();
        if (auto s = checkKeys(at, entry.value(), {QStringLiteral("key")}, {QStringLiteral("text")}); !s)
            return s.error();
        ScaleChoice choice;
        choice.value = firstValue + int(i);
        auto key = code(member(at, QStringLiteral("key")), entry->value(QStringLiteral("key")));
        if (!key)
            return key.error();
        choice.key = key.value();
        if (entry->contains(QStringLiteral("text"))) {
            auto t = localText(member(at, QStringLiteral("text")), entry->value(QStringLiteral("text")));
            if (!t)
                return t.error();
            choice.text = t.value();
        }
        result << choice;
    }
    return result;
}

}  // namespace care
