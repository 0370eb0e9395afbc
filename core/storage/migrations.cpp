#include "storage/migrations.h"

#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <sqlite3.h>

static void initMigrationResources() { Q_INIT_RESOURCE(migrations); }

namespace care {

struct MigrationText {
    Q_DECLARE_TR_FUNCTIONS(MigrationText)
};

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (current.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        const QByteArray utf8 = current.toUtf8();
        if (sqlite3_complete(utf8.constData())) {
            statements << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

const QList<Migration> &allMigrations()
{
    static const QList<Migration> migrations = [] {
        initMigrationResources();
        QList<Migration> list;
        QDir dir(QStringLiteral(":/care/migrations"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            Migration m;
            m.version = file.left(4).toInt();
            m.name = file.mid(5).chopped(4);
            m.statements = splitSqlScript(QString::fromUtf8(f.readAll()));
            list << m;
        }
        return list;
    }();
    return migrations;
}

int latestMigrationVersion()
{
    const auto &list = allMigrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Status migrate(const QSqlDatabase &db, int targetVersion)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return storageError(q, QStringLiteral("read schema version"));
    const int current = q.value(0).toInt();
    q.finish();

    for (const Migration &m : allMigrations()) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        QSqlDatabase conn = db;
        if (!conn.transaction())
            return storageError(conn.lastError(), QStringLiteral("begin migration %1").arg(m.version));
        auto fail = [&](const Error &e) {
            conn.rollback();
            return Error{MigrationText::tr("Could not upgrade the database to schema version %1; "
                                           "the file was left at version %2.")
                             .arg(m.version)
                             .arg(current),
                         {}, e.location};
        };
        QSqlQuery step(conn);
        for (const QString &sql : m.statements)
            if (!step.exec(sql))
                return fail(storageError(step, QStringLiteral("migration %1").arg(m.version)));
        if (!step.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_history ("
                                      "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")))
            return fail(storageError(step, QStringLiteral("schema_history")));
        step.prepare(QStringLiteral("INSERT INTO schema_history(version, name, applied_at) VALUES (?, ?, ?)"));
        step.addBindValue(m.version);
        step.addBindValue(m.name);
        step.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!step.exec())
            return fail(storageError(step, QStringLiteral("schema_history")));
        if (!step.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
            return fail(storageError(step, QStringLiteral("user_version")));
        step.finish();
        if (!conn.commit())
            return fail(storageError(conn.lastError(), QStringLiteral("commit migration")));
    }
    return {};
}

} // namespace care
