#include "storage/sqlconnections.h"

#include "storage/sqlitedriver.h"
#include "storage/sqlitefile.h"
#include "storage/sqlitekey.h"

namespace care {

QSqlDatabase addSqlConnection(const QString &name)
{
    return SqliteDriver::addDatabase(name);
}

SecretBytes hexKeyText(const SecretBytes &key)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    SecretBytes text(key.size() * 2);
    for (std::size_t i = 0; i < key.size(); ++i) {
        text.data()[2 * i] = static_cast<unsigned char>(kDigits[key.data()[i] >> 4]);
        text.data()[2 * i + 1] = static_cast<unsigned char>(kDigits[key.data()[i] & 0x0f]);
    }
    return text;
}

Status rekeyConnection(sqlite3 *db, const QByteArray &keyHex, const QString &pathForMessages)
{
    if (const sqlitekey::Outcome outcome = sqlitekey::rekey(db, keyHex); !outcome.ok())
        return sqlitefile::sqliteError(db, outcome.code, pathForMessages);
    return {};
}

} // namespace care
