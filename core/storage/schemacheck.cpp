#include "storage/schemacheck.h"

#include "storage/migrations.h"
#include "storage/sqlconnections.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>

namespace care {

struct SchemaCheckText {
    Q_DECLARE_TR_FUNCTIONS(SchemaCheckText)
};

namespace {

struct SchemaObject {
    QString type;
    QString name;
    QString sql;
};

QString normalized(QString sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return sql.replace(space, QStringLiteral(" ")).trimmed();
}

// Every object but SQLite's own (sqlite_sequence, sqlite_stat1, autoindexes).
Result<QList<SchemaObject>> objectsOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' "
                               "ESCAPE '\\' ORDER BY type, name")))
        return Error{SchemaCheckText::tr("The database's structure could not be read."), {}, {}};
    QList<SchemaObject> objects;
    while (q.next())
        objects.append({q.value(0).toString(), q.value(1).toString(), normalized(q.value(2).toString())});
    return objects;
}

QString line(const SchemaObject &o) { return o.type + QLatin1Char(' ') + o.name + QStringLiteral(": ") + o.sql; }

QString typeWord(const QString &type)
{
    if (type == QLatin1String("trigger"))
        return SchemaCheckText::tr("trigger");
    if (type == QLatin1String("view"))
        return SchemaCheckText::tr("view");
    if (type == QLatin1String("index"))
        return SchemaCheckText::tr("index");
    return SchemaCheckText::tr("table");
}

} // namespace

QStringList expectedSchemaObjects(int version)
{
    static QMutex mutex;
    static QHash<int, QStringList> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(version); it != cache.constEnd())
        return *it;
    QStringList lines;
    const QString name = QStringLiteral("care-schema-%1").arg(newId());
    {
        QSqlDatabase memory = addSqlConnection(name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        if (memory.open() && migrate(memory, version)) {
            if (auto objects = objectsOf(memory))
                for (const SchemaObject &o : *objects)
                    lines << line(o);
        }
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    cache.insert(version, lines);
    return lines;
}

Status checkSchemaObjects(const QSqlDatabase &db, const QString &pathForMessages)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error{SchemaCheckText::tr("The database's structure could not be read."), {},
                     QDir::toNativeSeparators(pathForMessages)};
    const int version = q.value(0).toInt();
    q.finish();
    auto actual = objectsOf(db);
    if (!actual)
        return Error{actual.error().message, {}, QDir::toNativeSeparators(pathForMessages)};
    if (version == 0 && actual->isEmpty())
        return {};  // a new file: the migrations are about to make everything
    const QStringList expected = expectedSchemaObjects(version);
    for (const SchemaObject &object : *actual) {
        if (expected.contains(line(object)))
            continue;
        return Error{SchemaCheckText::tr("The database holds a %1 “%2” that Care did not make: the file was "
                                         "changed outside Care and was not opened. Restore it from a backup.")
                         .arg(typeWord(object.type), object.name),
                     {}, QDir::toNativeSeparators(pathForMessages)};
    }
    return {};
}

} // namespace care
