#include "storage/userrepository.h"

#include "storage/sqlerror.h"
#include "storage/tablerow.h"
#include "util/clock.h"

#include <QHash>
#include <QSqlQuery>

namespace care {
namespace {

const QString kUserColumns = QStringLiteral(
    "id, username, display_name, role, school_id, password_salt, password_ops, password_mem, password_verifier, "
    "must_change_password, disabled_at, last_sign_in_at");

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableTime(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(toStoredTimestamp(utc)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime timeFrom(const QVariant &v) { return v.isNull() ? QDateTime() : fromStoredTimestamp(v.toString()); }

UserRow userFrom(const QSqlQuery &q)
{
    UserRow u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = q.value(3).toString();
    u.schoolId = q.value(4).toString();
    u.passwordSalt = q.value(5).toByteArray();
    u.passwordOps = q.value(6).toULongLong();
    u.passwordMem = q.value(7).toULongLong();
    u.passwordVerifier = q.value(8).toByteArray();
    u.mustChangePassword = q.value(9).toBool();
    u.disabledAtUtc = timeFrom(q.value(10));
    u.lastSignInUtc = timeFrom(q.value(11));
    return u;
}

Status updateUser(WriteScope &scope, const QString &assignments, const QVariantList &values, const QString &userId,
                  const QString &what)
{
    QSqlQuery q(scope.connection());
    q.prepare(QStringLiteral("UPDATE app_user SET %1, updated_at = ? WHERE id = ?").arg(assignments));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(scope.now());
    q.addBindValue(userId);
    return execStatement(q, what);
}

} // namespace

Result<int> UserRepository::userCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM app_user")) || !q.next())
        return storageError(q, QStringLiteral("count users"));
    return q.value(0).toInt();
}

Result<QList<UserRow>> UserRepository::select(const QString &where, const QVariant &bound) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM app_user %2 ORDER BY username").arg(kUserColumns, where));
    if (!where.isEmpty())
        q.addBindValue(bound);
    if (auto s = execStatement(q, QStringLiteral("load users")); !s)
        return s.error();
    QList<UserRow> users;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toString(), users.size());
        users << userFrom(q);
    }
    if (users.isEmpty())
        return users;
    QSqlQuery c(m_db.connection());
    c.setForwardOnly(true);
    if (users.size() == 1) {
        c.prepare(QStringLiteral("SELECT user_id, classroom_id FROM user_classroom WHERE user_id = ?"));
        c.addBindValue(users.first().id);
    } else {
        c.prepare(QStringLiteral("SELECT user_id, classroom_id FROM user_classroom"));
    }
    if (auto s = execStatement(c, QStringLiteral("load user classrooms")); !s)
        return s.error();
    while (c.next())
        if (auto it = index.constFind(c.value(0).toString()); it != index.constEnd())
            users[*it].classroomIds.insert(c.value(1).toString());
    return users;
}

Result<std::optional<UserRow>> UserRepository::byUsername(const QString &username) const
{
    auto users = select(QStringLiteral("WHERE username = ?"), username);  // the column is COLLATE NOCASE
    if (!users)
        return users.error();
    return users->isEmpty() ? std::optional<UserRow>() : std::optional<UserRow>(users->first());
}

Result<std::optional<UserRow>> UserRepository::byId(const QString &userId) const
{
    auto users = select(QStringLiteral("WHERE id = ?"), userId);
    if (!users)
        return users.error();
    return users->isEmpty() ? std::optional<UserRow>() : std::optional<UserRow>(users->first());
}

Result<QList<UserRow>> UserRepository::all() const { return select({}, {}); }

Status UserRepository::insert(WriteScope &scope, const UserRow &u)
{
    QSqlQuery q(scope.connection());
    q.prepare(QStringLiteral("INSERT INTO app_user(%1, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kUserColumns));
    for (const QVariant &v : QVariantList{u.id, u.username, u.displayName, u.role, nullableText(u.schoolId),
                                          u.passwordSalt, u.passwordOps, u.passwordMem, u.passwordVerifier,
                                          u.mustChangePassword ? 1 : 0, nullableTime(u.disabledAtUtc),
                                          nullableTime(u.lastSignInUtc), scope.now(), scope.now()})
        q.addBindValue(v);
    if (auto s = execStatement(q, QStringLiteral("add user")); !s)
        return s;
    return setClassrooms(scope, u.id, u.classroomIds);
}

Status UserRepository::setPassword(WriteScope &scope, const QString &userId, const QByteArray &salt, quint64 ops,
                                   quint64 mem, const QByteArray &verifier, bool mustChange)
{
    return updateUser(scope,
                      QStringLiteral("password_salt = ?, password_ops = ?, password_mem = ?, password_verifier = ?, "
                                     "must_change_password = ?"),
                      {salt, ops, mem, verifier, mustChange ? 1 : 0}, userId, QStringLiteral("save password"));
}

Status UserRepository::recordSignIn(WriteScope &scope, const QString &userId)
{
    return updateUser(scope, QStringLiteral("last_sign_in_at = ?"),
                      {scope.now()}, userId, QStringLiteral("record sign-in"));
}

Status UserRepository::setDisabled(WriteScope &scope, const QString &userId, bool disabled)
{
    return updateUser(scope, QStringLiteral("disabled_at = ?"),
                      {disabled ? QVariant(scope.now()) : QVariant(QMetaType(QMetaType::QString))}, userId,
                      QStringLiteral("disable user"));
}

Status UserRepository::setClassrooms(WriteScope &scope, const QString &userId, const QSet<QString> &classroomIds)
{
    QSqlQuery q(scope.connection());
    q.prepare(QStringLiteral("DELETE FROM user_classroom WHERE user_id = ?"));
    q.addBindValue(userId);
    if (auto s = execStatement(q, QStringLiteral("clear user classrooms")); !s)
        return s;
    QStringList sorted(classroomIds.begin(), classroomIds.end());
    sorted.sort();
    for (const QString &classroomId : sorted) {
        q.prepare(QStringLiteral("INSERT INTO user_classroom(user_id, classroom_id) VALUES (?, ?)"));
        q.addBindValue(userId);
        q.addBindValue(classroomId);
        if (auto s = execStatement(q, QStringLiteral("assign classroom")); !s)
            return s;
    }
    return {};
}

Status UserRepository::insertCareAssignment(WriteScope &scope, const QString &id, const QString &userId,
                                            const QString &studentId, const QString &kind)
{
    TableRow row{QStringLiteral("care_assignment"), id, {}};
    row.set(QStringLiteral("user_id"), userId)
        .set(QStringLiteral("student_id"), studentId)
        .set(QStringLiteral("kind"), kind)
        .set(QStringLiteral("assigned_at"), scope.now());
    return insertRow(scope, row);
}

} // namespace care
