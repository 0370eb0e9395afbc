#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace care::ui {

// The recovery key as people handle it: in short groups on screen, and on
// a printed (or PDF, or text) sheet that says what the key opens and how to
// keep it. Files are written through QSaveFile, readable by the owner only.
class RecoveryKeySheet {
    Q_DECLARE_TR_FUNCTIONS(RecoveryKeySheet)
public:
    RecoveryKeySheet(QString key, QString databaseName, QDateTime createdUtc);

    // "ABCD-EFGH-…" or "ABCDEFGH…" → {"ABCD", "EFGH", …}.
    static QStringList groups(const QString &key);
    // Groups in lines of four, for a monospace label.
    static QString displayText(const QString &key);

    QString html() const;
    QString plainText() const;
    void render(QPagedPaintDevice *device) const;  // printer or PDF writer

    Status savePdf(const QString &path) const;
    Status saveText(const QString &path) const;

private:
    QString m_key;
    QString m_databaseName;
    QDateTime m_createdUtc;
};

} // namespace care::ui
