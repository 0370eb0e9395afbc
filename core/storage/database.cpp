#include "storage/database.h"

#include "locale/collation.h"
#include "storage/migrations.h"
#include "storage/sqlerror.h"
#include "storage/sqlitedriver.h"
#include "storage/studentsortkeys.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

namespace care {

struct DatabaseText {
    Q_DECLARE_TR_FUNCTIONS(DatabaseText)
};

namespace {

constexpr int kCareApplicationId = 1129468485;  // "CARE" as a big-endian int32
const QByteArray kSqliteMagic("SQLite format 3\0", 16);

Error openError(const QString &message, const QString &path)
{
    return Error{message, {}, QDir::toNativeSeparators(path)};
}

// Reads version facts through a read-only connection, so a file we are going
// to refuse is never modified (no WAL switch, no journal, no migration).
struct FileFacts {
    int userVersion = 0;
    int applicationId = 0;
    int tableCount = 0;
};

Result<FileFacts> inspect(const QString &path)
{
    const QString name = QStringLiteral("care-inspect-%1").arg(newId());
    FileFacts facts;
    QString failure;
    {
        QSqlDatabase db = SqliteDriver::addDatabase(name);
        // A read-only connection to a WAL file still creates -wal and -shm
        // beside it. With no WAL pending the main file is complete, so read it
        // as immutable: no locks, no side files, nothing left behind.
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("CARESQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("CARESQLITE_OPEN_READONLY;CARESQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                facts.userVersion = q.value(0).toInt();
            else
                failure = q.lastError().text();
            if (failure.isEmpty() && q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                facts.applicationId = q.value(0).toInt();
            if (failure.isEmpty() && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next())
                facts.tableCount = q.value(0).toInt();
            else if (failure.isEmpty())
                failure = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!failure.isEmpty())
        return openError(DatabaseText::tr("The file is damaged or is not a Care database."), path);
    return facts;
}

} // namespace

Database::Database(QString path) : m_path(std::move(path)), m_instanceTag(newId()) {}

Database::~Database()
{
    closeThreadConnection();
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, OpenMode mode)
{
    if (path.trimmed().isEmpty())
        return openError(DatabaseText::tr("No database file was given."), path);
    QFileInfo info(path);
    if (info.exists() && info.isDir())
        return openError(DatabaseText::tr("The path is a folder, not a database file."), path);

    if (!info.exists()) {
        if (mode == OpenMode::ExistingOnly)
            return openError(DatabaseText::tr("The database file does not exist."), path);
        if (!QFileInfo(info.absolutePath()).isDir())
            return openError(DatabaseText::tr("The folder for the new database does not exist."), path);
        QFile file(path);
        // Owner-only from the first byte: the file will hold children's data.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return openError(DatabaseText::tr("The database file could not be created: %1").arg(file.errorString()),
                             path);
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.close();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return openError(DatabaseText::tr("The database file cannot be read: %1").arg(file.errorString()),
                             path);
        const QByteArray header = file.read(16);
        file.close();
        if (header.isEmpty() && mode == OpenMode::ExistingOnly)
            return openError(DatabaseText::tr("The file is empty; it is not a Care database."), path);
        if (!header.isEmpty() && header != kSqliteMagic)
            return openError(DatabaseText::tr("The file is not a Care database (it is not an SQLite file)."),
                             path);
        if (!header.isEmpty()) {
            auto facts = inspect(path);
            if (!facts)
                return facts.error();
            if (facts->userVersion > latestSchemaVersion())
                return openError(DatabaseText::tr("The database was made by a newer version of Care "
                                                  "(schema %1; this version knows up to %2). Update Care "
                                                  "to open it; the file was not changed.")
                                     .arg(facts->userVersion)
                                     .arg(latestSchemaVersion()),
                                 path);
            if (facts->applicationId != kCareApplicationId && facts->tableCount > 0)
                return openError(DatabaseText::tr("The file is an SQLite database of another program, "
                                                  "not a Care database; it was not changed."),
                                 path);
            if (!info.isWritable())
                return openError(DatabaseText::tr("The database file is read-only; Care needs to write to it."),
                                 path);
        }
    }

    std::shared_ptr<Database> db(new Database(info.absoluteFilePath()));
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return openError(DatabaseText::tr("The database could not be opened: %1").arg(conn.lastError().text()),
                         path);
    if (auto status = migrate(conn, latestSchemaVersion()); !status)
        return Error{status.error().message, {}, status.error().location};
    if (auto status = refreshStudentSortKeys(*db); !status)
        return status.error();
    if (db->setting(QStringLiteral("device_id")).isEmpty()) {
        if (auto status = db->setSetting(QStringLiteral("device_id"), newId()); !status)
            return status.error();
    }
    return db;
}

int Database::latestSchemaVersion() { return latestMigrationVersion(); }

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Database::connectionName() const
{
    return QStringLiteral("care-%1-%2")
        .arg(m_instanceTag)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = SqliteDriver::addDatabase(name);  // waits up to 5 s for a busy file
    db.setDatabaseName(m_path);
    if (!db.open())
        return db;
    QSqlQuery q(db);
    // WAL lets the list read while a write commits; FULL syncs every commit
    // because a lost case note cannot be typed again from memory.
    // secure_delete zeroes overwritten and deleted content, so an old plain
    // value does not linger in free pages of the file.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                               "PRAGMA cache_size = -32000", "PRAGMA secure_delete = ON"})
        q.exec(QString::fromLatin1(pragma));
    return db;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString Database::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Database::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execStatement(q, QStringLiteral("save setting"));
}

QString Database::deviceId() const
{
    if (m_deviceId.isEmpty())
        m_deviceId = setting(QStringLiteral("device_id"));
    return m_deviceId;
}

FieldCipherPtr Database::fieldCipher() const
{
    QMutexLocker lock(&m_cipherMutex);
    return m_cipher;
}

void Database::setFieldCipher(FieldCipherPtr cipher)
{
    QMutexLocker lock(&m_cipherMutex);
    m_cipher = std::move(cipher);
}

} // namespace care
