#include "storage/contenthash.h"

#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace care {

struct ContentHashText {
    Q_DECLARE_TR_FUNCTIONS(ContentHashText)
};

namespace {

struct TableShape {
    QString name;
    QStringList columns;  // hashed, in declaration order
    QStringList order;    // ORDER BY columns
};

bool isLocalColumn(const QString &column)
{
    return column == QLatin1String("local_rowid") || column == QLatin1String("sort_key");
}

// Random by design (salts, verifiers, wrapped keys differ on every set-up)
// or keyed with this file's own key (fingerprints): hashing them would make
// equal content hash differently.
bool isSecretColumn(const QString &table, const QString &column)
{
    static const QSet<QString> secrets{QStringLiteral("app_user.password_salt"),
                                       QStringLiteral("app_user.password_verifier"),
                                       QStringLiteral("risk_current.content_fingerprint")};
    return secrets.contains(table + QLatin1Char('.') + column);
}

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

Result<QList<TableShape>> domainTables(const QSqlDatabase &conn)
{
    static const QSet<QString> bookkeeping{QStringLiteral("setting"), QStringLiteral("schema_history"),
                                           QStringLiteral("change_log"), QStringLiteral("audit_event")};
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")))
        return storageError(q, QStringLiteral("list tables"));
    QStringList names;
    QStringList virtualTables;
    while (q.next()) {
        names << q.value(0).toString();
        if (q.value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables << q.value(0).toString();
    }
    QList<TableShape> tables;
    for (const QString &name : names) {
        // Full-text indexes and their shadow tables (name_data, name_idx …) are derived data.
        const bool derived = std::any_of(virtualTables.begin(), virtualTables.end(), [&](const QString &v) {
            return name == v || name.startsWith(v + QLatin1Char('_'));
        });
        if (derived || bookkeeping.contains(name))
            continue;
        TableShape shape{name, {}, {}};
        QMap<int, QString> keyColumns;  // by position in the primary key
        QSqlQuery info(conn);
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(name))))
            return storageError(info, QStringLiteral("read table %1").arg(name));
        while (info.next()) {
            const QString column = info.value(1).toString();
            if (isLocalColumn(column) || isSecretColumn(name, column))
                continue;
            shape.columns << column;
            if (const int pk = info.value(5).toInt(); pk > 0)
                keyColumns.insert(pk, column);
        }
        if (shape.columns.contains(QStringLiteral("id")))
            shape.order = {QStringLiteral("id")};
        else if (!keyColumns.isEmpty())
            shape.order = keyColumns.values();
        else
            shape.order = shape.columns;
        tables << shape;
    }
    return tables;
}

// Sealed values ("s1:…", see FieldCipher) carry a random nonce: the same
// content seals differently each time, so the hash covers the opened value.
Result<bool> hasSealedValues(const QSqlDatabase &conn, const TableShape &table)
{
    if (!table.columns.contains(QStringLiteral("id")))
        return false;
    QStringList tests;
    for (const QString &c : table.columns)
        tests << QStringLiteral("CAST(substr(%1, 1, 3) AS TEXT) = 's1:'").arg(quoted(c));
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2)")
                    .arg(quoted(table.name), tests.join(QStringLiteral(" OR "))))
        || !q.next())
        return storageError(q, QStringLiteral("read table %1").arg(table.name));
    return q.value(0).toBool();
}

QString quotedLiteral(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

// The same row text as the SQL path, with every sealed value opened.
Status hashOpenedRows(const QSqlDatabase &conn, const TableShape &table, const FieldCipher *cipher,
                      QCryptographicHash &hash)
{
    QStringList selected;
    for (const QString &c : table.columns)
        selected << QStringLiteral("quote(%1), %1").arg(quoted(c));
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                    .arg(selected.join(QLatin1Char(',')), quoted(table.name), quoted(QStringLiteral("id")))))
        return storageError(q, QStringLiteral("read table %1").arg(table.name));
    const int idColumn = int(table.columns.indexOf(QStringLiteral("id")));
    while (q.next()) {
        const QString id = q.value(idColumn * 2 + 1).toString();
        QStringList values;
        for (int i = 0; i < table.columns.size(); ++i) {
            const QVariant raw = q.value(i * 2 + 1);
            const bool isBlob = raw.typeId() == QMetaType::QByteArray;
            const bool sealed = isBlob ? raw.toByteArray().startsWith("s1:") : FieldCipher::isSealedText(raw.toString());
            if (!sealed) {
                values << q.value(i * 2).toString();
                continue;
            }
            if (!cipher)
                return Error{ContentHashText::tr("Care is locked: sign in to compare the protected content."), {},
                             table.name};
            const SealContext where{table.name, table.columns.at(i), id};
            if (isBlob) {
                auto plain = cipher->openBytes(raw.toByteArray(), where);
                if (!plain)
                    return plain.error();
                values << QStringLiteral("sealed X'%1'").arg(QString::fromLatin1(plain->toHex()));
            } else {
                auto plain = cipher->openText(raw.toString(), where);
                if (!plain)
                    return plain.error();
                values << QStringLiteral("sealed ") + quotedLiteral(plain.value());
            }
        }
        hash.addData(values.join(QChar(31)).toUtf8());
        hash.addData(QByteArrayView("\x1E", 1));
    }
    return {};
}

} // namespace

Result<QString> contentHash(Database &db)
{
    const QSqlDatabase conn = db.connection();
    const FieldCipherPtr cipher = db.fieldCipher();
    auto tables = domainTables(conn);
    if (!tables)
        return tables.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // quote() renders every value as an SQL literal with its type (NULL, 12,
    // 3.5, 'text', X'blob'), so values of different types never collide.
    // Separators: 0x1D before a table, 0x1E after a row, 0x1F between values.
    for (const TableShape &table : tables.value()) {
        QStringList quotedColumns;
        for (const QString &c : table.columns)
            quotedColumns << QStringLiteral("quote(%1)").arg(quoted(c));
        QStringList order;
        for (const QString &c : table.order)
            order << quoted(c);
        hash.addData(QByteArray("\x1D") + table.name.toUtf8() + '\x1F' + table.columns.join(QLatin1Char(',')).toUtf8()
                     + '\x1E');
        auto sealed = hasSealedValues(conn, table);
        if (!sealed)
            return sealed.error();
        if (sealed.value()) {
            if (auto s = hashOpenedRows(conn, table, cipher.get(), hash); !s)
                return s.error();
            continue;
        }
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                .arg(quotedColumns.join(QStringLiteral(" || char(31) || ")), quoted(table.name),
                                     order.join(QLatin1Char(',')));
        if (!q.exec(sql))
            return storageError(q, QStringLiteral("read table %1").arg(table.name));
        while (q.next()) {
            hash.addData(q.value(0).toString().toUtf8());
            hash.addData(QByteArrayView("\x1E", 1));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace care
