#pragma once

#include "util/ids.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace care::test {

// A plain Qt SQLite connection, closed and removed when it goes out of scope.
// For writing files the way an older Care or another program would.
class RawConnection {
public:
    explicit RawConnection(const QString &path) : m_name(QStringLiteral("raw-%1").arg(newId()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
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
