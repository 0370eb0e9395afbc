#pragma once

#include "screening/instrument.h"
#include "util/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace care {

// Reads the JSON of one instrument or band file, stopping at the first
// fault. Every fault names the file, the JSON path ("$.subscales[2].items[3]")
// and the problem, translated.
class InstrumentJson {
public:
    enum class FileKind { Instrument, BandFile };

    InstrumentJson(FileKind kind, QString sourcePath);

    const QString &sourcePath() const { return m_source; }
    QString fileName() const;  // the file's name without its folder

    // The document's root object; bad JSON is reported with line and column.
    Result<QJsonObject> parse(const QByteArray &json) const;

    Error fault(const QString &path, const QString &problem) const;
    Error wrongType(const QString &path, const QString &expected, const QJsonValue &found) const;

    // Refuses keys outside required + optional and missing required keys.
    Status checkKeys(const QString &path, const QJsonObject &object, const QStringList &required,
                     const QStringList &optional = {}) const;

    Result<QJsonObject> object(const QString &path, const QJsonValue &value) const;
    // An array with at least `minSize` elements.
    Result<QJsonArray> array(const QString &path, const QJsonValue &value, int minSize = 0) const;
    Result<QString> text(const QString &path, const QJsonValue &value) const;
    // A code: lowercase letters, digits, "_", "-" and "." (ids, keys, names).
    Result<QString> code(const QString &path, const QJsonValue &value) const;
    // A whole number from min to max.
    Result<int> integer(const QString &path, const QJsonValue &value, int min, int max) const;
    // {"th": …, "en": …}, at least one of them not empty.
    Result<LocalText> localText(const QString &path, const QJsonValue &value) const;
    // [{"key": …, "text": {…}}, …]: choices with values from `firstValue` up.
    Result<QList<ScaleChoice>> choices(const QString &path, const QJsonValue &value, int firstValue,
                                       int expectedCount) const;

    static QString member(const QString &path, const QString &key) { return path + QLatin1Char('.') + key; }
    static QString element(const QString &path, qsizetype index)
    {
        return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

private:
    FileKind m_kind;
    QString m_source;
};

}  // namespace care
