#pragma once

#include "services/accountservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace care {
class Clock;
class Database;
}

namespace care::ui {

// The users a session may manage, one row each: user name, full name, role,
// school, classrooms, status (active, disabled, locked) and last sign-in in
// the user's calendar (Buddhist Era in Thai).
class UserTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UsernameColumn,
        NameColumn,
        RoleColumn,
        SchoolColumn,
        ClassesColumn,
        StatusColumn,
        LastSignInColumn,
        ColumnCount
    };
    static constexpr int UserIdRole = Qt::UserRole + 1;

    UserTableModel(Database &db, const Clock &clock, Session session, QObject *parent = nullptr);

    void setUsers(QList<UserSummary> users);
    const UserSummary *user(int row) const;
    int rowOf(const QString &userId) const;  // -1 if absent
    bool isLocked(const UserSummary &user) const;
    QString statusText(const UserSummary &user) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString schoolName(const QString &schoolId) const;
    QString classroomNames(const QSet<QString> &classroomIds) const;

    Database &m_db;
    const Clock &m_clock;
    Session m_session;
    QList<UserSummary> m_users;
    mutable QHash<QString, QString> m_schoolNames;     // by id, for the current language
    mutable QHash<QString, QString> m_classroomNames;
};

} // namespace care::ui
