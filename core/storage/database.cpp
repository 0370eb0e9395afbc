#include "storage/database.h"

#include "security/crypto.h"
#include "storage/migrations.h"
#include "storage/plainfile.h"
#include "storage/schemacheck.h"
#include "storage/sqlerror.h"
#include "storage/sqlconnections.h"
#include "storage/sqlitedriver.h"
#include "storage/studentsortkeys.h"
#include "util/ids.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <sodium.h>

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

Error newerSchema(int version, const QString &path)
{
    return openError(DatabaseText::tr("The database was made by a newer version of Care "
                                      "(schema %1; this version knows up to %2). Update Care "
                                      "to open it; the file was not changed.")
                         .arg(version)
                         .arg(Database::latestSchemaVersion()),
                     path);
}

Error foreignFile(const QString &path)
{
    return openError(DatabaseText::tr("The file is an SQLite database of another program, "
                                      "not a Care database; it was not changed."),
                     path);
}

Error wrongKey(const QString &path)
{
    return openError(DatabaseText::tr("The key from the key file does not open this database: the file is damaged, "
                                      "was changed outside Care, or belongs with another key file. It was not "
                                      "changed."),
                     path);
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
    crypto::initialize();
    QFileInfo info(path);
    if (info.exists() && info.isDir())
        return openError(DatabaseText::tr("The path is a folder, not a database file."), path);

    QByteArray header;
    if (info.exists()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return openError(DatabaseText::tr("The database file cannot be read: %1").arg(file.errorString()),
                             path);
        header = file.read(16);
    }
    const bool create = !info.exists() || header.isEmpty();
    if (create) {
        if (mode == OpenMode::ExistingOnly)
            return openError(info.exists() ? DatabaseText::tr("The file is empty; it is not a Care database.")
                                           : DatabaseText::tr("The database file does not exist."),
                             path);
        if (!QFileInfo(info.absolutePath()).isDir())
            return openError(DatabaseText::tr("The folder for the new database does not exist."), path);
        if (QFileInfo::exists(KeyFile::pathFor(path)))
            return openError(DatabaseText::tr("A key file of another database is in the way of the new one; "
                                              "move it away first."),
                             KeyFile::pathFor(path));
        QFile file(path);
        // Owner-only from the first byte: the file will hold children's data.
        if (!file.open(QIODevice::WriteOnly | (info.exists() ? QIODevice::Truncate : QIODevice::NewOnly)))
            return openError(DatabaseText::tr("The database file could not be created: %1").arg(file.errorString()),
                             path);
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.close();
        std::shared_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath()));
        auto key = std::make_shared<const SecretBytes>(SecretBytes::random(crypto::kKeyBytes));
        if (auto s = db->openWithKey(*key, true); !s) {
            db->close();
            QFile::remove(path);
            return s.error();
        }
        KeyFileContent keys;
        keys.databaseId = newId();
        if (auto s = db->setSetting(QStringLiteral("database_id"), keys.databaseId); !s)
            return s.error();
        if (auto s = db->writeKeyFile(keys); !s)
            return s.error();
        db->m_createdKey = key;
        return db;
    }

    if (!info.isWritable())
        return openError(DatabaseText::tr("The database file is read-only; Care needs to write to it."), path);
    std::shared_ptr<Database> db(new Database(info.absoluteFilePath()));
    if (header == kSqliteMagic) {
        // An earlier version's unencrypted file: checked read-only now,
        // encrypted at the first sign-in, which needs its key slots out here.
        auto facts = inspectFileFacts(path);
        if (!facts)
            return facts.error();
        if (facts->userVersion > latestSchemaVersion())
            return newerSchema(facts->userVersion, path);
        if (facts->applicationId != kCareApplicationId && facts->tableCount > 0)
            return foreignFile(path);
        db->m_plainFile = true;
        if (!QFileInfo::exists(db->keyFilePath())) {
            auto keys = legacyKeySlots(path);
            if (!keys)
                return keys.error();
            if (auto s = db->writeKeyFile(*keys); !s)
                return s.error();
        }
    }
    // Encrypted (or not a database at all, which the key will tell): the
    // key file must be there, or nobody can ever open it.
    if (!QFileInfo::exists(db->keyFilePath()))
        return openError(DatabaseText::tr("The file is not a Care database, or it is one whose key file is missing: "
                                          "an encrypted Care database opens only with the key file beside it (its "
                                          "name with “-keys” at the end). Copy it from a backup of this database."),
                         path);
    if (auto keys = db->readKeyFile(); !keys)
        return keys.error();
    return db;
}

int Database::latestSchemaVersion() { return latestMigrationVersion(); }

bool Database::isOpen() const { return m_fileKeyHex != nullptr; }

SecretBytes Database::fileKeyOf(const SecretBytes &databaseKey)
{
    return crypto::deriveSubkey(databaseKey, 1, "carefile");
}

SecretBytes Database::auditKeyOf(const SecretBytes &databaseKey)
{
    return crypto::deriveSubkey(databaseKey, 2, "careaudt");
}

Status Database::unlock(const SecretBytes &databaseKey)
{
    if (isOpen()) {
        const SecretBytes audit = auditKeyOf(databaseKey);
        if (sodium_memcmp(audit.data(), m_auditKey->data(), audit.size()) != 0)
            return openError(DatabaseText::tr("This key does not open the database."), m_path);
        return {};
    }
    if (m_plainFile) {
        const SecretBytes fileKey = fileKeyOf(databaseKey);
        if (auto s = convertPlainFile(m_path, fileKey); !s)
            return s;
        m_plainFile = false;
    }
    return openWithKey(databaseKey, false);
}

Status Database::openWithKey(const SecretBytes &databaseKey, bool creating)
{
    const SecretBytes fileKey = fileKeyOf(databaseKey);
    const SecretBytes keyText = hexKeyText(fileKey);
    const QByteArrayView keyHex(reinterpret_cast<const char *>(keyText.data()), qsizetype(keyText.size()));
    // Checked read-only first: a file we refuse is not touched at all (no
    // WAL switch, no side files, no migration).
    if (!creating) {
        bool wrong = false;
        auto facts = inspectFileFacts(m_path, m_encrypted ? keyHex : QByteArrayView(), &wrong);
        if (!facts)
            return wrong ? wrongKey(m_path) : facts.error();
        if (facts->userVersion > latestSchemaVersion())
            return newerSchema(facts->userVersion, m_path);
        if (facts->applicationId != kCareApplicationId && facts->tableCount > 0)
            return foreignFile(m_path);
    }
    m_fileKeyHex = std::make_shared<const SecretBytes>(SecretBytes::fromBytes(keyText.data(), keyText.size()));
    m_auditKey = std::make_shared<const SecretBytes>(auditKeyOf(databaseKey));
    QSqlDatabase conn = connection();
    Status status;
    if (!conn.isOpen())
        status = SqliteDriver::isWrongKeyOrNotDatabase(conn.lastError())
                     ? wrongKey(m_path)
                     : openError(DatabaseText::tr("The database could not be opened: %1").arg(conn.lastError().text()),
                                 m_path);
    else
        status = prepareSchema();
    if (!status) {
        close();
        return status;
    }
    return {};
}

Status Database::prepareSchema()
{
    QSqlDatabase conn = connection();
    // Objects that the migrations did not make (a planted trigger or view)
    // are refused before any statement of Care's could set them off.
    if (auto s = checkSchemaObjects(conn, m_path); !s)
        return s;
    if (auto status = migrate(conn, latestSchemaVersion()); !status)
        return Error{status.error().message, {}, status.error().location};
    if (auto status = refreshStudentSortKeys(*this); !status)
        return status.error();
    if (setting(QStringLiteral("device_id")).isEmpty()) {
        if (auto status = setSetting(QStringLiteral("device_id"), newId()); !status)
            return status.error();
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<KeyFileContent> Database::readKeyFile() const { return KeyFile::read(keyFilePath()); }

Status Database::writeKeyFile(const KeyFileContent &content) const { return KeyFile::write(keyFilePath(), content); }

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
    if (!m_fileKeyHex)
        return QSqlDatabase();
    QSqlDatabase db = addSqlConnection(name);
    db.setDatabaseName(m_path);
    // Given to open() rather than setPassword(), so QSqlDatabase keeps no copy.
    const QString keyText = m_encrypted ? QString::fromLatin1(reinterpret_cast<const char *>(m_fileKeyHex->data()),
                                                              qsizetype(m_fileKeyHex->size()))
                                        : QString();
    if (!db.open(QString(), keyText))
        return db;
    QSqlQuery q(db);
    // WAL lets the list read while a write commits; FULL syncs every commit
    // because a lost case note cannot be typed again from memory.
    // 128 MiB of page cache per connection (filled only as pages are read):
    // a page is decrypted once and then served from memory, which keeps
    // search and profile reads as fast as on a plain file (bench_encryption).
    // secure_delete zeroes overwritten and deleted content, so an old value
    // does not linger in free pages of the file. trusted_schema OFF keeps
    // functions with side effects out of views and triggers.
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY",
                               "PRAGMA cache_size = -131072", "PRAGMA secure_delete = ON",
                               "PRAGMA trusted_schema = OFF"})
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

Status Database::reopen()
{
    if (!isOpen())
        return openError(DatabaseText::tr("The database is not open."), m_path);
    closeThreadConnection();
    if (!connection().isOpen())
        return openError(DatabaseText::tr("The database could not be opened."), m_path);
    return prepareSchema();
}

void Database::close()
{
    closeThreadConnection();
    m_fileKeyHex.reset();
    m_auditKey.reset();
    setFieldCipher(nullptr);
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

std::shared_ptr<const SecretBytes> Database::auditKey() const { return m_auditKey; }

QByteArray Database::fileKeyHex() const
{
    if (!m_fileKeyHex)
        return {};
    return QByteArray(reinterpret_cast<const char *>(m_fileKeyHex->data()), qsizetype(m_fileKeyHex->size()));
}

} // namespace care
