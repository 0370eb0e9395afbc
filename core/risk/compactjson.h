#pragma once

// Internal to core/risk: appends JSON text exactly as
// QJsonDocument::toJson(Compact) writes it (keys in the order given, which
// callers keep sorted as QJsonObject does), without building QJsonObjects:
// a full recompute serialises the outcome of every flagged student.

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

namespace care::compactjson {

void string(QByteArray &out, QStringView text);
void string(QByteArray &out, const char *latin1);
void integer(QByteArray &out, qint64 value);
void number(QByteArray &out, double value);
// Any value; objects in their (sorted) key order.
void value(QByteArray &out, const QJsonValue &json);

} // namespace care::compactjson
