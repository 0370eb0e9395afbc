#pragma once

// Internal to RiskInputRepository: the students of one gather, found by id as
// rows arrive in id order, and the strings that repeat across them.

#include "storage/riskinputrepository.h"

#include <QByteArray>
#include <QByteArrayView>

#include <utility>

namespace care {

class RiskInputRepository::Batch {
public:
    QByteArray first;  // the id range, UTF-8 as SQLite compares it
    QByteArray last;
    QList<RiskInputs> students;
    QList<QByteArray> keys;  // each student's id, UTF-8, ascending

    // The index of the student with this id, or -1. The ids asked for must
    // ascend (rows ORDER BY student_id) until rewind(): a merge, no lookup.
    qsizetype find(QByteArrayView id)
    {
        while (m_cursor < keys.size() && QByteArrayView(keys.at(m_cursor)) < id)
            ++m_cursor;
        return m_cursor < keys.size() && QByteArrayView(keys.at(m_cursor)) == id ? m_cursor : -1;
    }
    void rewind() { m_cursor = 0; }

    // One shared copy of each code and key (no allocation per row).
    QString intern(QByteArrayView utf8)
    {
        for (const auto &[bytes, text] : m_bytes)
            if (QByteArrayView(bytes) == utf8)
                return text;
        m_bytes.append({utf8.toByteArray(), QString::fromUtf8(utf8)});
        return m_bytes.last().second;
    }
    QString intern(QStringView text)
    {
        for (const QString &known : m_texts)
            if (known == text)
                return known;
        m_texts.append(text.toString());
        return m_texts.last();
    }

private:
    qsizetype m_cursor = 0;
    QList<std::pair<QByteArray, QString>> m_bytes;
    QList<QString> m_texts;
};

} // namespace care
