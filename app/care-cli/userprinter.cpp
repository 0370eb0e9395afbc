#include "userprinter.h"

#include "texttable.h"

#include "locale/dates.h"
#include "locale/collation.h"
#include "services/schooldirectory.h"
#include "util/clock.h"
#include "util/clock.h"

#include <QJsonObject>

namespace care::cli {
namespace {

const QString kNone = QStringLiteral("-");

QJsonValue timestampOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(toStoredTimestamp(utc)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString UserPrinter::schoolCode(const QString &schoolId) const
{
    if (schoolId.isEmpty())
        return {};
    auto school = SchoolDirectory(m_db, Clock::system()).school(m_session, schoolId);
    return school ? school->code : schoolId;
}

QStringList UserPrinter::classroomNames(const QSet<QString> &classroomIds) const
{
    QStringList names;
    const SchoolDirectory directory(m_db, Clock::system());
    for (const QString &id : classroomIds) {
        auto classroom = directory.classroom(m_session, id);
        names << (classroom ? classroom->name() : id);
    }
    collation::sort(names);
    return names;
}

QString UserPrinter::status(const UserSummary &user)
{
    if (user.disabled)
        return tr("disabled");
    if (user.lockedUntilUtc.isValid() && user.lockedUntilUtc > QDateTime::currentDateTimeUtc())
        return tr("locked until %1").arg(formatDateTime(user.lockedUntilUtc));
    if (user.mustChangePassword)
        return tr("must change password");
    return tr("active");
}

QString UserPrinter::table(const QList<UserSummary> &users) const
{
    TextTable table;
    table.setHeader({tr("User name"), tr("Name"), tr("Role"), tr("School"), tr("Classrooms"), tr("Status"),
                     tr("Last sign-in")});
    for (const UserSummary &user : users) {
        const QString school = schoolCode(user.schoolId);
        const QStringList classrooms = classroomNames(user.classroomIds);
        table.addRow({user.username, user.displayName, label(user.role), school.isEmpty() ? kNone : school,
                      classrooms.isEmpty() ? kNone : classrooms.join(QStringLiteral(", ")), status(user),
                      user.lastSignInUtc.isValid() ? formatDateTime(user.lastSignInUtc) : kNone});
    }
    return table.render();
}

QJsonArray UserPrinter::json(const QList<UserSummary> &users) const
{
    QJsonArray array;
    for (const UserSummary &user : users) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), user.id);
        object.insert(QStringLiteral("username"), user.username);
        object.insert(QStringLiteral("displayName"), user.displayName);
        object.insert(QStringLiteral("role"), code(user.role));
        object.insert(QStringLiteral("schoolId"),
                      user.schoolId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(user.schoolId));
        object.insert(QStringLiteral("schoolCode"), user.schoolId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                            : QJsonValue(schoolCode(user.schoolId)));
        object.insert(QStringLiteral("classrooms"), QJsonArray::fromStringList(classroomNames(user.classroomIds)));
        QStringList ids(user.classroomIds.cbegin(), user.classroomIds.cend());
        ids.sort();
        object.insert(QStringLiteral("classroomIds"), QJsonArray::fromStringList(ids));
        object.insert(QStringLiteral("disabled"), user.disabled);
        object.insert(QStringLiteral("lockedUntil"), timestampOrNull(user.lockedUntilUtc));
        object.insert(QStringLiteral("lastSignIn"), timestampOrNull(user.lastSignInUtc));
        object.insert(QStringLiteral("mustChangePassword"), user.mustChangePassword);
        array.append(object);
    }
    return array;
}

} // namespace care::cli
