#include "rawconnection.h"

#include "security/crypto.h"
#include "security/keyfile.h"
#include "services/accountsupport.h"
#include "storage/backupfile.h"
#include "storage/database.h"
#include "storage/sqlitedriver.h"
#include "storage/sqlconnections.h"
#include "testdatabase.h"
#include "util/ids.h"

#include <QFile>
#include <QTemporaryDir>

namespace care::test {

namespace {

bool isPlainOrMissing(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const QByteArray header = file.read(16);
    return header.isEmpty() || header == QByteArray("SQLite format 3\0", 16);
}

QByteArray keyTextOf(const SecretBytes &databaseKey)
{
    const SecretBytes text = hexKeyText(Database::fileKeyOf(databaseKey));
    return QByteArray(reinterpret_cast<const char *>(text.data()), qsizetype(text.size()));
}

} // namespace

QByteArray fileKeyHexOf(const QString &databasePath)
{
    auto keys = KeyFile::read(KeyFile::pathFor(databasePath));
    INFO((keys ? std::string() : keys.error().describe().toStdString()));
    REQUIRE(keys.ok());
    QList<UserKeySlot> userSlots = keys->users;
    std::stable_sort(userSlots.begin(), userSlots.end(), [](const UserKeySlot &a, const UserKeySlot &b) {
        return a.username == QLatin1String("admin") && b.username != QLatin1String("admin");
    });
    for (const UserKeySlot &slot : userSlots) {
        auto secrets = crypto::derivePasswordSecrets(kTestPassword, slot.salt, {slot.opsLimit, slot.memLimitBytes});
        if (!secrets)
            continue;
        auto key = accounts::unwrapKey(secrets->keyEncryptionKey, slot.wrappedKey,
                                       accounts::userSlotData(slot.userId));
        if (key)
            return keyTextOf(*key.value());
    }
    FAIL("no user of " << databasePath.toStdString() << " has the fixture password");
    return {};
}

void xorByteOf(const QString &path, qint64 offset, char mask)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    char byte = 0;
    REQUIRE(file.getChar(&byte));
    REQUIRE(file.seek(offset));
    REQUIRE(file.putChar(char(byte ^ mask)));
}

QByteArray decryptedBytesOf(const QString &databasePath)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("decrypted.care"));
    const QByteArray keyHex = fileKeyHexOf(databasePath);
    const Status copied = BackupFile::copy(databasePath, copy, keyHex);
    INFO((copied ? std::string() : copied.error().describe().toStdString()));
    REQUIRE(copied.ok());
    {
        RawConnection raw(copy, keyHex);
        const QSqlError error = SqliteDriver::rekey(raw.db(), QString());
        INFO(error.text().toStdString());
        REQUIRE_FALSE(error.isValid());
    }
    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

RawConnection::RawConnection(const QString &path, Key key) : m_name(QStringLiteral("raw-%1").arg(newId()))
{
    open(path, key == Key::FromKeyFile && !isPlainOrMissing(path) ? fileKeyHexOf(path) : QByteArray());
}

RawConnection::RawConnection(const QString &path, const QByteArray &keyHex)
    : m_name(QStringLiteral("raw-%1").arg(newId()))
{
    open(path, keyHex);
}

void RawConnection::open(const QString &path, const QByteArray &keyHex)
{
    QSqlDatabase db = addSqlConnection(m_name);
    db.setDatabaseName(path);
    db.setPassword(QString::fromLatin1(keyHex));
    const bool opened = db.open();
    INFO(db.lastError().text().toStdString());
    REQUIRE(opened);
}

RawConnection::~RawConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

void RawConnection::exec(const QString &sql) const
{
    QSqlQuery q(db());
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
    REQUIRE(ok);
}

void RawConnection::exec(const QString &sql, const QVariantList &values) const
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

QVariant RawConnection::scalar(const QString &sql) const
{
    QSqlQuery q(db());
    const bool ok = q.exec(sql);
    INFO(sql.toStdString() << " -> " << q.lastError().text().toStdString());
    REQUIRE(ok);
    REQUIRE(q.next());
    return q.value(0);
}

} // namespace care::test
