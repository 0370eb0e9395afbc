#include "storage/instrumentwordingrepository.h"

#include "storage/sqlerror.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

namespace care {

namespace {

const QString kEntity = QStringLiteral("instrument_wording");

Result<QHash<QString, QString>> readTexts(const QSqlDatabase &connection, const QString &instrumentId,
                                          const QString &language)
{
    QSqlQuery q(connection);
    q.prepare(QStringLiteral("SELECT item_key, text FROM instrument_wording WHERE instrument_id = ? AND language = ?"));
    q.addBindValue(instrumentId);
    q.addBindValue(language);
    if (auto s = execStatement(q, QStringLiteral("read instrument wording")); !s)
        return s.error();
    QHash<QString, QString> texts;
    while (q.next())
        texts.insert(q.value(0).toString(), q.value(1).toString());
    return texts;
}

// The change log has no single id column for this table: the key's parts make one.
QString rowId(const QString &instrumentId, const QString &language, const QString &key)
{
    return instrumentId + QLatin1Char('/') + language + QLatin1Char('/') + key;
}

}  // namespace

Result<WordingChange> InstrumentWordingRepository::replace(WriteScope &scope, const QString &instrumentId,
                                                           const QString &language,
                                                           const QHash<QString, QString> &texts)
{
    auto before = readTexts(scope.connection(), instrumentId, language);
    if (!before)
        return before.error();
    WordingChange change{instrumentId, language, 0, 0, 0, 0};
    // In key order, so that the change log is the same on every run.
    QStringList oldKeys = before->keys();
    oldKeys.sort();
    for (const QString &key : std::as_const(oldKeys)) {
        if (texts.contains(key))
            continue;
        QSqlQuery q(scope.connection());
        q.prepare(QStringLiteral("DELETE FROM instrument_wording WHERE instrument_id = ? AND language = ? AND "
                                 "item_key = ?"));
        q.addBindValue(instrumentId);
        q.addBindValue(language);
        q.addBindValue(key);
        if (auto s = execStatement(q, QStringLiteral("delete instrument wording")); !s)
            return s.error();
        const QString id = rowId(instrumentId, language, key);
        if (auto s = scope.recordChange(kEntity, id, ChangeOperation::Delete, QJsonObject{{QStringLiteral("id"), id}});
            !s)
            return s.error();
        ++change.removed;
    }
    QStringList newKeys = texts.keys();
    newKeys.sort();
    for (const QString &key : std::as_const(newKeys)) {
        const QString text = texts.value(key);
        const bool known = before->contains(key);
        if (known && before->value(key) == text) {
            ++change.unchanged;
            continue;
        }
        auto statement = scope.prepared(QStringLiteral(
                "INSERT INTO instrument_wording(instrument_id, language, item_key, text) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(instrument_id, language, item_key) DO UPDATE SET text = excluded.text"));
        if (!statement)
            return statement.error();
        QSqlQuery &q = *statement.value();
        q.bindValue(0, instrumentId);
        q.bindValue(1, language);
        q.bindValue(2, key);
        q.bindValue(3, text);
        if (auto s = execStatement(q, QStringLiteral("save instrument wording")); !s)
            return s.error();
        QJsonObject fields{{QStringLiteral("text"), text}};
        if (!known) {
            fields.insert(QStringLiteral("instrument_id"), instrumentId);
            fields.insert(QStringLiteral("language"), language);
            fields.insert(QStringLiteral("item_key"), key);
        }
        if (auto s = scope.recordChange(kEntity, rowId(instrumentId, language, key),
                                        known ? ChangeOperation::Update : ChangeOperation::Insert, fields);
            !s)
            return s.error();
        ++(known ? change.changed : change.added);
    }
    return change;
}

Result<QHash<QString, QString>> InstrumentWordingRepository::texts(const QString &instrumentId,
                                                                   const QString &language) const
{
    return readTexts(m_db.connection(), instrumentId, language);
}

}  // namespace care
