#pragma once

#include "util/ids.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace care::test {

// The file key of an encrypted Care database, unwrapped from its key file
// with the password of one of its users (by default any fixture user with
// kTestPassword, "admin" first). Fails the test if none opens.
QByteArray fileKeyHexOf(const QString &databasePath);

// The bytes of an encrypted database as a plain file would hold them (a
// consistent copy, WAL included, decrypted and rebuilt): for checks that a
// value is gone from every table and index, now that the file itself shows
// nothing either way.
QByteArray decryptedBytesOf(const QString &databasePath);

// XORs one byte of a file with `mask`: damage as a disk or an attacker makes it.
void xorByteOf(const QString &path, qint64 offset, char mask);

// A connection on Care's SQLite driver that bypasses Care's services,
// closed and removed when it goes out of scope. For writing files the way
// an older Care, another program or an attacker with the key would. An
// encrypted file is opened with fileKeyHexOf(path) unless a key is given; a
// plain file (or a new one, with `plain`) without a key.
class RawConnection {
public:
    enum class Key { FromKeyFile, Plain };
    explicit RawConnection(const QString &path, Key key = Key::FromKeyFile);
    RawConnection(const QString &path, const QByteArray &keyHex);
    RawConnection(const QString &path, const QString &keyHex) : RawConnection(path, keyHex.toLatin1()) {}
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void exec(const QString &sql) const;
    void exec(const QString &sql, const QVariantList &values) const;
    QVariant scalar(const QString &sql) const;

private:
    void open(const QString &path, const QByteArray &keyHex);
    QString m_name;
};

} // namespace care::test
