#include "storage/backupfile.h"

#include "storage/sqlitefile.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace care {

using namespace sqlitefile;

namespace {

constexpr int kPagesPerStep = 256;  // 1 MiB at 4 KiB pages
constexpr int kBusyRetries = 250;   // × 20 ms

} // namespace

Status BackupFile::copy(const QString &sourcePath, const QString &destPath, QByteArrayView keyHex)
{
    auto source = openConnection(QFile::encodeName(sourcePath), SQLITE_OPEN_READONLY, sourcePath, keyHex);
    if (!source)
        return source.error();
    // One read transaction for the whole copy: every step reads the same
    // snapshot, so writes by others neither restart nor tear the copy (in
    // WAL mode they are not blocked either).
    int rc = execute(source->get(), "BEGIN; SELECT count(*) FROM sqlite_schema;");
    if (rc != SQLITE_OK)
        return sqliteError(source->get(), rc, sourcePath);
    auto dest = openConnection(QFile::encodeName(destPath), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, destPath,
                               keyHex);
    if (!dest)
        return dest.error();
    sqlite3_backup *backup = sqlite3_backup_init(dest->get(), "main", source->get(), "main");
    if (!backup)
        return sqliteError(dest->get(), sqlite3_errcode(dest->get()), destPath);
    int retries = 0;
    do {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++retries < kBusyRetries) {
            sqlite3_sleep(20);
            rc = SQLITE_OK;
        }
    } while (rc == SQLITE_OK);
    const int finished = sqlite3_backup_finish(backup);
    execute(source->get(), "COMMIT");
    if (rc != SQLITE_DONE)
        return sqliteError(nullptr, rc, rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB ? sourcePath : destPath);
    if (finished != SQLITE_OK)
        return sqliteError(dest->get(), finished, destPath);
    return {};
}

Status BackupFile::writeSettings(const QString &path, const QList<std::pair<QString, QString>> &settings)
{
    auto db = openConnection(QFile::encodeName(path), SQLITE_OPEN_READWRITE, path);
    if (!db)
        return db.error();
    int rc = execute(db->get(), "PRAGMA journal_mode = DELETE; BEGIN IMMEDIATE;");
    if (rc != SQLITE_OK)
        return sqliteError(db->get(), rc, path);
    for (const auto &[key, value] : settings) {
        sqlite3_stmt *raw = nullptr;
        rc = sqlite3_prepare_v2(db->get(),
                                "INSERT INTO setting(key, value) VALUES (?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                -1, &raw, nullptr);
        std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
        if (rc != SQLITE_OK)
            break;
        const QByteArray keyUtf8 = key.toUtf8();
        const QByteArray valueUtf8 = value.toUtf8();
        sqlite3_bind_text(raw, 1, keyUtf8.constData(), int(keyUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_text(raw, 2, valueUtf8.constData(), int(valueUtf8.size()), SQLITE_STATIC);
        rc = sqlite3_step(raw);
        if (rc != SQLITE_DONE)
            break;
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK) {
        const Error error = sqliteError(db->get(), rc, path);
        execute(db->get(), "ROLLBACK");
        return error;
    }
    rc = execute(db->get(), "COMMIT");
    if (rc != SQLITE_OK)
        return sqliteError(db->get(), rc, path);
    return {};
}

Result<QStringList> BackupFile::integrityProblems(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(%1)").arg(kIntegrityProblemsShown)))
        return QStringList{q.lastError().text()};
    while (q.next())
        problems << q.value(0).toString();
    if (q.lastError().isValid())
        problems << q.lastError().text();
    return integrityFindings(problems);
}

} // namespace care
