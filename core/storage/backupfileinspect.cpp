// BackupFile::inspect: what a database file holds, read without changing it.
#include "storage/backupfile.h"

#include "storage/database.h"
#include "storage/sqlitefile.h"
#include "storage/sqlitekey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace care {

struct BackupFileText {
    Q_DECLARE_TR_FUNCTIONS(BackupFileText)
};

using namespace sqlitefile;

namespace {

constexpr int kCareApplicationId = 1129468485;  // as in migration 0001
const QByteArray kSqliteMagic("SQLite format 3\0", 16);

QString quotedName(const QString &path)
{
    return QFileInfo(path).fileName();
}

Error fileError(const QString &message, const QString &path)
{
    return Error{message, {}, QDir::toNativeSeparators(path)};
}

Result<qint64> rowCount(sqlite3 *db, const QString &table, const QString &path)
{
    auto exists = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"),
                         path, table);
    if (!exists)
        return exists.error();
    if (exists.value() == QLatin1String("0"))
        return qint64(0);  // an older schema without this table
    auto counted = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table), path);
    if (!counted)
        return counted.error();
    return counted.value().toLongLong();
}

// Refuses a file that cannot be a Care database, from its size and first
// bytes. An encrypted file's header is encrypted too: its damage shows when
// the key opens it (every page carries an authentication tag).
Status checkHeader(const QString &path, bool encrypted)
{
    const QFileInfo info(path);
    const QString name = quotedName(path);
    if (!info.exists() || !info.isFile())
        return fileError(BackupFileText::tr("The file “%1” does not exist.").arg(name), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(BackupFileText::tr("The file “%1” cannot be read: %2").arg(name, file.errorString()), path);
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    if (size == 0)
        return fileError(BackupFileText::tr("The file “%1” is empty; it is not a Care backup.").arg(name), path);
    if (header.size() < 100)
        return fileError(BackupFileText::tr("The file “%1” is truncated: it ends inside its header.").arg(name), path);
    const bool plain = header.startsWith(kSqliteMagic);
    if (encrypted && plain)
        return fileError(BackupFileText::tr("The file “%1” is not encrypted: it is a backup made by an earlier "
                                            "version of Care, or not a Care backup. Open it with Care, which "
                                            "encrypts it, and use it from there.")
                                 .arg(name),
                         path);
    if (!encrypted && !plain)
        return fileError(
                BackupFileText::tr("The file “%1” is not a Care backup (it is not an SQLite database).").arg(name),
                path);
    if (size % 512 != 0)
        return fileError(BackupFileText::tr("The file “%1” is truncated or damaged: its size is not a whole "
                                            "number of pages.")
                                 .arg(name),
                         path);
    return {};
}

QStringList integrityOf(sqlite3 *db)
{
    const QByteArray sql = QStringLiteral("PRAGMA integrity_check(%1)").arg(kIntegrityProblemsShown).toUtf8();
    sqlite3_stmt *raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &raw, nullptr);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    QStringList problems;
    if (rc != SQLITE_OK)
        return QStringList{QString::fromUtf8(sqlite3_errmsg(db))};
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        problems << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0)));
    // So damaged that the check itself cannot run: that is its finding.
    if (rc != SQLITE_DONE)
        problems << QString::fromUtf8(sqlite3_errmsg(db));
    return integrityFindings(problems);
}

} // namespace

Result<BackupFileFacts> BackupFile::inspect(const QString &path, const QByteArray &keyHex)
{
    if (auto header = checkHeader(path, !keyHex.isEmpty()); !header)
        return header.error();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // With no WAL pending the main file is complete: read it as immutable
    // (no locks, no -shm or -journal left behind, works on read-only media).
    const bool walPending = QFileInfo::exists(absolute + QStringLiteral("-wal"));
    int failure = SQLITE_OK;
    auto db = walPending ? openConnection(QFile::encodeName(absolute), SQLITE_OPEN_READONLY, path, keyHex, &failure)
                         : openConnection((QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded)
                                           + QStringLiteral("?immutable=1"))
                                                  .toUtf8(),
                                          SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, path, keyHex, &failure);
    if (!db) {
        if (!keyHex.isEmpty() && sqlitekey::isWrongKeyOrNotDatabase(failure))
            return fileError(BackupFileText::tr("The file “%1” is not a backup of this database: this database's "
                                                "key does not open it, or it is damaged. A backup of another "
                                                "database is opened directly with Care, with its key file beside it.")
                                     .arg(quotedName(path)),
                             path);
        return db.error();
    }
    sqlite3 *conn = db->get();

    BackupFileFacts facts;
    auto applicationId = scalar(conn, QStringLiteral("PRAGMA application_id"), path);
    if (!applicationId)
        return applicationId.error();
    facts.applicationId = applicationId.value().toInt();
    auto version = scalar(conn, QStringLiteral("PRAGMA user_version"), path);
    if (!version)
        return version.error();
    facts.schemaVersion = version.value().toInt();
    if (facts.applicationId != kCareApplicationId || facts.schemaVersion > Database::latestSchemaVersion())
        return facts;

    facts.integrityProblems = integrityOf(conn);
    facts.contentRead = true;
    if (!facts.integrityProblems.isEmpty())
        return facts;

    auto createdAt = scalar(conn, QStringLiteral("SELECT value FROM setting WHERE key = 'backup.created_at'"), path);
    if (!createdAt)
        return createdAt.error();
    facts.createdAt = createdAt.value();
    const QString firstMunicipality = QStringLiteral("SELECT %1 FROM municipality ORDER BY created_at, id LIMIT 1");
    for (auto [column, target] :
         {std::pair{"id", &facts.municipalityId}, std::pair{"name_th", &facts.municipalityNameTh},
          std::pair{"name_en", &facts.municipalityNameEn}}) {
        auto value = scalar(conn, firstMunicipality.arg(QLatin1String(column)), path);
        if (!value)
            return value.error();
        *target = value.value();
    }
    auto anchor = scalar(conn, QStringLiteral("SELECT seq || ':' || hash FROM audit_event ORDER BY seq DESC LIMIT 1"),
                         path);
    if (!anchor)
        return anchor.error();
    facts.auditAnchor = anchor.value();
    for (auto [table, target] : {std::pair{"student", &facts.students}, std::pair{"school", &facts.schools},
                                 std::pair{"app_user", &facts.users}, std::pair{"audit_event", &facts.auditEvents}}) {
        auto counted = rowCount(conn, QLatin1String(table), path);
        if (!counted)
            return counted.error();
        *target = counted.value();
    }
    return facts;
}

} // namespace care
