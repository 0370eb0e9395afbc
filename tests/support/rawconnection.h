#pragma once

#include "storage/sqlitedriver.h"
#include "util/ids.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace care::test {

// A plain SQLite connection through Care's driver (no migrations, no
// pragmas), closed and removed when it goes out of scope. For writing files
// the way an older Care or another program would.
class RawConnection {
public:
    // keyHex: the raw file key of an encrypted file (64 hex digits), else empty.
    explicit RawConnection(const QString &path, const QString &keyHex = {})
        : m_name(QStringLiteral("raw-%1").arg(newId()))
    {
        QSqlDatabase db = SqliteDriver::addDatabase(m_name);
        db.setDatabaseName(path);
        const bool opened = db.open(QString(), keyHex);  // the key is not kept by QSqlDatabase
        INFO(db.lastError().text().toStdString());
        REQUIRE(opened);
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void exec(const QString &sql) const
    {
        QSqlQuery q(db());
        const bool ok = q.exec(sql);
        INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
        REQUIRE(ok);
    }
    void exec(const QString &sql, const QVariantList &values) const
    {
        QSqlQuery q(db());
        REQUIRE(q.prepare(sql));
        for (const QVariant &v : values)
            q.addBindValue(v);
        INFO(sql.toStdString());
        const bool ok = q.exec();
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }

private:
    QString m_name;
};

} // namespace care::test
