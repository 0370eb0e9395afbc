#include "risk/compactjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace care::compactjson {
namespace {

void escapedAscii(QByteArray &out, char16_t c)
{
    static const char hex[] = "0123456789abcdef";
    switch (c) {
    case u'"': out += "\\\""; return;
    case u'\\': out += "\\\\"; return;
    case u'\b': out += "\\b"; return;
    case u'\f': out += "\\f"; return;
    case u'\n': out += "\\n"; return;
    case u'\r': out += "\\r"; return;
    case u'\t': out += "\\t"; return;
    default: break;
    }
    if (c < 0x20) {
        out += "\\u00";
        out += hex[(c >> 4) & 0xf];
        out += hex[c & 0xf];
        return;
    }
    out += char(c);
}

} // namespace

void string(QByteArray &out, QStringView text)
{
    out += '"';
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || c == u'"' || c == u'\\') {
            out += text.mid(plainFrom, i - plainFrom).toUtf8();
            escapedAscii(out, c);
            plainFrom = i + 1;
        }
    }
    out += text.mid(plainFrom).toUtf8();
    out += '"';
}

void string(QByteArray &out, const char *latin1)
{
    out += '"';
    out += latin1;
    out += '"';
}

void integer(QByteArray &out, qint64 value) { out += QByteArray::number(value); }

void number(QByteArray &out, double value)
{
    if (std::isfinite(value))
        out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        out += "null";
}

void value(QByteArray &out, const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out += "null"; return;
    case QJsonValue::Bool: out += json.toBool() ? "true" : "false"; return;
    case QJsonValue::Double:
        if (json.toDouble() == double(json.toInteger()) && std::abs(json.toDouble()) < 9007199254740992.0)
            integer(out, json.toInteger());
        else
            number(out, json.toDouble());
        return;
    case QJsonValue::String: string(out, json.toString()); return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = json.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            value(out, array.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        out += '{';
        const QJsonObject object = json.toObject();
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!first)
                out += ',';
            first = false;
            string(out, it.key());
            out += ':';
            value(out, it.value());
        }
        out += '}';
        return;
    }
    }
}

} // namespace care::compactjson
