#include "services/subjectredaction.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace care {

SubjectRedaction::~SubjectRedaction()
{
    if (m_erasing)
        (void)m_repo.setEraseFreedContent(false);
}

Status SubjectRedaction::eraseFreedContent()
{
    if (auto s = m_repo.setEraseFreedContent(true); !s)
        return s;
    m_erasing = true;
    return {};
}

Status SubjectRedaction::begin(WriteScope &scope)
{
    auto lastSeq = lastChangeSeq(scope.connection());
    if (!lastSeq)
        return lastSeq.error();
    m_upToSeq = lastSeq.value();
    m_redactions.clear();
    return {};
}

void SubjectRedaction::add(const QString &entity, const QString &entityId, const ChangeRedaction &redaction)
{
    m_redactions.insert(RedactionRepository::key(entity, entityId), redaction);
}

Status SubjectRedaction::finish(WriteScope &scope, const QString &reason)
{
    Q_ASSERT(m_upToSeq >= 0);  // begin() was called in this write
    auto deleted = RedactionRepository::deletedSince(scope, m_upToSeq);
    if (!deleted)
        return deleted.error();
    for (const QString &key : deleted.value())
        m_redactions.insert(key, ChangeRedaction{true, {}});
    if (auto redacted = RedactionRepository::redactChangeLog(scope, m_redactions, m_upToSeq); !redacted)
        return redacted.error();

    // The entry sync carries to the server, which clears its copies the same
    // way: ids and field names only, never a value that was removed.
    QStringList keys = m_redactions.keys();
    std::sort(keys.begin(), keys.end());
    QJsonArray records;
    for (const QString &key : keys) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        QJsonObject record{{QStringLiteral("entity"), key.left(slash)}, {QStringLiteral("id"), key.mid(slash + 1)}};
        const ChangeRedaction redaction = m_redactions.value(key);
        if (!redaction.wholePayload)
            record.insert(QStringLiteral("fields"), redaction.replacements);
        records.append(record);
    }
    if (!records.isEmpty()) {
        const QString id = scope.makeId();
        const QJsonObject payload{
                {QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}, {QStringLiteral("records"), records}};
        if (auto s = scope.recordChange(QStringLiteral("redaction"), id, ChangeOperation::Insert, payload); !s)
            return s;
    }
    return RedactionRepository::purgeSearchIndex(scope);
}

}  // namespace care
