#include "security/usertablemodel.h"

#include "locale/collation.h"
#include "locale/dates.h"
#include "locale/language.h"
#include "services/schooldirectory.h"
#include "util/clock.h"

#include <QBrush>
#include <QColor>

namespace care::ui {

UserTableModel::UserTableModel(Database &db, const Clock &clock, Session session, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_clock(clock), m_session(std::move(session))
{
}

void UserTableModel::setUsers(QList<UserSummary> users)
{
    beginResetModel();
    m_users = std::move(users);
    std::sort(m_users.begin(), m_users.end(), [](const UserSummary &a, const UserSummary &b) {
        return a.username < b.username;
    });
    m_schoolNames.clear();
    m_classroomNames.clear();
    endResetModel();
}

const UserSummary *UserTableModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users[row] : nullptr;
}

int UserTableModel::rowOf(const QString &userId) const
{
    for (int row = 0; row < m_users.size(); ++row)
        if (m_users[row].id == userId)
            return row;
    return -1;
}

bool UserTableModel::isLocked(const UserSummary &user) const
{
    return user.lockedUntilUtc.isValid() && user.lockedUntilUtc > m_clock.nowUtc();
}

QString UserTableModel::statusText(const UserSummary &user) const
{
    if (user.disabled)
        return tr("Disabled");
    if (isLocked(user))
        return tr("Locked until %1").arg(formatDateTime(user.lockedUntilUtc));
    if (user.mustChangePassword)
        return tr("Active (temporary password)");
    return tr("Active");
}

void UserTableModel::retranslate()
{
    beginResetModel();
    m_schoolNames.clear();
    m_classroomNames.clear();
    endResetModel();
}

QString UserTableModel::schoolName(const QString &schoolId) const
{
    if (schoolId.isEmpty())
        return QString();
    if (auto found = m_schoolNames.constFind(schoolId); found != m_schoolNames.constEnd())
        return *found;
    QString name = tr("(unknown school)");
    if (auto school = SchoolDirectory(m_db, m_clock).school(m_session, schoolId)) {
        const bool english = currentLanguage() == Language::English && !school->nameEn.isEmpty();
        name = english ? school->nameEn : school->nameTh;
    }
    m_schoolNames.insert(schoolId, name);
    return name;
}

QString UserTableModel::classroomNames(const QSet<QString> &classroomIds) const
{
    QStringList names;
    for (const QString &id : classroomIds) {
        auto found = m_classroomNames.constFind(id);
        if (found == m_classroomNames.constEnd()) {
            auto classroom = SchoolDirectory(m_db, m_clock).classroom(m_session, id);
            found = m_classroomNames.insert(id, classroom ? classroom->name() : tr("(unknown class)"));
        }
        names << *found;
    }
    collation::sort(names);
    return names.join(QStringLiteral(", "));
}

int UserTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_users.size()); }

int UserTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    const UserSummary *u = user(index.row());
    if (!u || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == UserIdRole)
        return u->id;
    if (role == Qt::ForegroundRole && (u->disabled || isLocked(*u)) && index.column() == StatusColumn)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case UsernameColumn:
        return u->username;
    case NameColumn:
        return u->displayName;
    case RoleColumn:
        return label(u->role);
    case SchoolColumn:
        return schoolName(u->schoolId);
    case ClassesColumn:
        return classroomNames(u->classroomIds);
    case StatusColumn:
        return statusText(*u);
    case LastSignInColumn:
        return u->lastSignInUtc.isValid() ? formatDateTime(u->lastSignInUtc) : tr("Never");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UsernameColumn:
        return tr("User name");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case SchoolColumn:
        return tr("School");
    case ClassesColumn:
        return tr("Classes");
    case StatusColumn:
        return tr("Status");
    case LastSignInColumn:
        return tr("Last sign-in");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace care::ui
