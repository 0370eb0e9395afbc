#include "storage/plainfile.h"

#include "storage/backupfile.h"
#include "storage/sqlconnections.h"
#include "storage/sqlitefile.h"
#include "storage/sqlitekey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace care {

struct PlainFileText {
    Q_DECLARE_TR_FUNCTIONS(PlainFileText)
};

using namespace sqlitefile;

namespace {

Error notCare(const QString &path)
{
    return Error{PlainFileText::tr("The file is damaged or is not a Care database."), {},
                 QDir::toNativeSeparators(path)};
}

// A read-only view of a plain file: immutable when no WAL is pending, so
// nothing (no -shm, no -wal) appears beside a file we may refuse.
Result<Connection> openReadOnly(const QString &path, QByteArrayView keyHex = {}, int *failure = nullptr)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return openConnection(QFile::encodeName(path), SQLITE_OPEN_READONLY, path, keyHex, failure);
    const QByteArray uri = "file:" + QFile::encodeName(QFileInfo(path).absoluteFilePath()).toPercentEncoding("/")
                           + "?immutable=1";
    return openConnection(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, path, keyHex, failure);
}

// Rows per table: the check that the encrypted copy holds what the original holds.
Result<QStringList> tableCounts(sqlite3 *db, const QString &path)
{
    auto names = scalar(db,
                        QStringLiteral("SELECT group_concat(name, char(31)) FROM (SELECT name FROM sqlite_schema "
                                       "WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name)"),
                        path);
    if (!names)
        return names.error();
    QStringList counts;
    for (const QString &table : names->split(QChar(31), Qt::SkipEmptyParts)) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        auto count = scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted), path);
        if (!count)
            return count.error();
        counts << table + QLatin1Char('=') + *count;
    }
    return counts;
}

void removeWithSideFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Overwrites a plain file before removing it, so its pages do not simply
// stay behind on the disk (best effort: SSDs may keep old blocks).
void wipeAndRemove(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const QByteArray zeros(1 << 20, '\0');
        for (qint64 left = file.size(); left > 0; left -= zeros.size())
            file.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
        file.flush();
        file.close();
    }
    QFile::remove(path);
}

Status encryptCopy(const QString &path, const QString &copyPath, const QByteArray &keyHex)
{
    if (auto s = BackupFile::copy(path, copyPath); !s)
        return s;
    auto copy = openConnection(QFile::encodeName(copyPath), SQLITE_OPEN_READWRITE, copyPath);
    if (!copy)
        return copy.error();
    if (int rc = execute(copy->get(), "PRAGMA journal_mode = DELETE"); rc != SQLITE_OK)
        return sqliteError(copy->get(), rc, copyPath);
    return rekeyConnection(copy->get(), keyHex, copyPath);
}

Status verifyCopy(const QString &path, const QString &copyPath, const QByteArray &keyHex)
{
    auto original = openReadOnly(path);
    if (!original)
        return original.error();
    auto copy = openConnection(QFile::encodeName(copyPath), SQLITE_OPEN_READONLY, copyPath, keyHex);
    if (!copy)
        return copy.error();
    auto check = scalar(copy->get(), QStringLiteral("PRAGMA integrity_check(1)"), copyPath);
    if (!check)
        return check.error();
    if (*check != QLatin1String("ok"))
        return Error{PlainFileText::tr("The encrypted copy did not verify, so the file was left as it was."), {},
                     QDir::toNativeSeparators(copyPath) + QStringLiteral(": ") + *check};
    auto before = tableCounts(original->get(), path);
    auto after = tableCounts(copy->get(), copyPath);
    if (!before)
        return before.error();
    if (!after)
        return after.error();
    if (*before != *after)
        return Error{PlainFileText::tr("The encrypted copy did not verify, so the file was left as it was."), {},
                     QDir::toNativeSeparators(copyPath)};
    QFile header(copyPath);
    if (!header.open(QIODevice::ReadOnly) || header.read(15) == QByteArray("SQLite format 3"))
        return Error{PlainFileText::tr("The copy was not encrypted, so the file was left as it was."), {},
                     QDir::toNativeSeparators(copyPath)};
    return {};
}

} // namespace

Result<DatabaseFileFacts> inspectFileFacts(const QString &path, QByteArrayView keyHex, bool *wrongKey)
{
    int failure = SQLITE_OK;
    auto db = openReadOnly(path, keyHex, &failure);
    if (wrongKey)
        *wrongKey = !db && sqlitekey::isWrongKeyOrNotDatabase(failure);
    if (!db)
        return notCare(path);
    DatabaseFileFacts facts;
    auto version = scalar(db->get(), QStringLiteral("PRAGMA user_version"), path);
    auto appId = scalar(db->get(), QStringLiteral("PRAGMA application_id"), path);
    auto tables = scalar(db->get(), QStringLiteral("SELECT count(*) FROM sqlite_schema"), path);
    if (!version || !appId || !tables)
        return notCare(path);
    facts.userVersion = version->toInt();
    facts.applicationId = appId->toInt();
    facts.tableCount = tables->toInt();
    return facts;
}

Result<KeyFileContent> legacyKeySlots(const QString &path)
{
    auto db = openReadOnly(path);
    if (!db)
        return notCare(path);
    KeyFileContent keys;
    auto hasSlots = scalar(db->get(),
                           QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                                          "name = 'key_slot'"),
                           path);
    if (!hasSlots)
        return hasSlots.error();
    if (*hasSlots == QLatin1String("0"))
        return keys;  // never set up: no slots to carry over
    sqlite3_stmt *raw = nullptr;
    const char *sql = "SELECT s.kind, s.user_id, s.salt, s.wrapped_key, u.username, u.password_ops, "
                      "u.password_mem, u.password_verifier FROM key_slot s LEFT JOIN app_user u ON u.id = s.user_id";
    if (int rc = sqlite3_prepare_v2(db->get(), sql, -1, &raw, nullptr); rc != SQLITE_OK)
        return sqliteError(db->get(), rc, path);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    auto blob = [raw](int column) {
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(raw, column)),
                          sqlite3_column_bytes(raw, column));
    };
    auto text = [raw](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, column)));
    };
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        if (text(0) == QLatin1String("recovery")) {
            keys.recovery = RecoveryKeySlot{blob(2), blob(3)};
        } else if (sqlite3_column_type(raw, 4) != SQLITE_NULL) {
            keys.users.append(UserKeySlot{text(1), text(4), blob(2), quint64(sqlite3_column_int64(raw, 5)),
                                          quint64(sqlite3_column_int64(raw, 6)), blob(7), blob(3)});
        }
    }
    if (rc != SQLITE_DONE)
        return sqliteError(db->get(), rc, path);
    return keys;
}

Status convertPlainFile(const QString &path, const SecretBytes &fileKey)
{
    const QString copyPath = path + QStringLiteral(".encrypting");
    const QString oldPath = path + QStringLiteral(".plain-old");
    removeWithSideFiles(copyPath);
    const SecretBytes keyText = hexKeyText(fileKey);
    const QByteArray keyHex(reinterpret_cast<const char *>(keyText.data()), qsizetype(keyText.size()));
    Status made = encryptCopy(path, copyPath, keyHex);
    if (made)
        made = verifyCopy(path, copyPath, keyHex);
    if (!made) {
        removeWithSideFiles(copyPath);
        return made;
    }
    // Swap: the original (with any WAL it has) moves aside, the copy takes
    // its name; a failed rename puts the original back.
    removeWithSideFiles(oldPath);
    if (!QFile::rename(path, oldPath)) {
        removeWithSideFiles(copyPath);
        return Error{PlainFileText::tr("The database could not be encrypted: the file could not be renamed."), {},
                     QDir::toNativeSeparators(path)};
    }
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal))
        QFile::rename(wal, oldPath + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    if (!QFile::rename(copyPath, path)) {
        QFile::rename(oldPath, path);
        QFile::rename(oldPath + QStringLiteral("-wal"), wal);
        removeWithSideFiles(copyPath);
        return Error{PlainFileText::tr("The database could not be encrypted: the file could not be renamed."), {},
                     QDir::toNativeSeparators(path)};
    }
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    wipeAndRemove(oldPath + QStringLiteral("-wal"));
    wipeAndRemove(oldPath);
    QFile::remove(oldPath + QStringLiteral("-shm"));
    return {};
}

} // namespace care
