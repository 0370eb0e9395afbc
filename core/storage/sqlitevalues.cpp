#include "storage/sqlitevalues.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <limits>

namespace care::sqlitevalues {

namespace {

// The value inside `value`, whose type the caller has checked.
template <typename T>
const T &held(const QVariant &value)
{
    return *static_cast<const T *>(value.constData());
}

// Null as Qt SQL means it: an invalid variant, or a null string, byte array,
// date, time or an invalid date-time.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString: return held<QString>(value).isNull();
    case QMetaType::QByteArray: return held<QByteArray>(value).isNull();
    case QMetaType::QDateTime: return !held<QDateTime>(value).isValid();
    case QMetaType::QDate: return held<QDate>(value).isNull();
    case QMetaType::QTime: return !held<QTime>(value).isValid();
    default: return false;
    }
}

int bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray &bytes = held<QByteArray>(value);
        return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong unsignedValue = value.toULongLong();
        if (unsignedValue > qulonglong(std::numeric_limits<qint64>::max()))
            return bindText(statement, index, value.toString());
        return sqlite3_bind_int64(statement, index, qint64(unsignedValue));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QDateTime:
        return bindText(statement, index, held<QDateTime>(value).toString(Qt::ISODateWithMs));
    case QMetaType::QDate:
        return bindText(statement, index, held<QDate>(value).toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindText(statement, index, held<QTime>(value).toString(QStringLiteral("hh:mm:ss.zzz")));
    case QMetaType::QString:
        return bindText(statement, index, held<QString>(value));
    default:
        return bindText(statement, index, value.toString());
    }
}

QVariant columnValue(sqlite3_stmt *statement, int column, QSql::NumericalPrecisionPolicy policy)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return qlonglong(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        switch (policy) {
        case QSql::LowPrecisionInt32: return sqlite3_column_int(statement, column);
        case QSql::LowPrecisionInt64: return qlonglong(sqlite3_column_int64(statement, column));
        default: return sqlite3_column_double(statement, column);
        }
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());  // a null string, as QSQLITE gave
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                          sqlite3_column_bytes(statement, column));
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(statement, column));
    }
    }
}

QMetaType declaredType(const char *declared)
{
    const QByteArray type = QByteArray(declared ? declared : "").toUpper();
    if (type.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType::fromType<double>();
    if (type.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<QString>();
}

} // namespace care::sqlitevalues
