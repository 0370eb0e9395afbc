#pragma once

#include "services/accountservice.h"
#include "services/databasehandle.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace care::cli {

// The output of `care-cli users list`: a table in the current language, or
// JSON with stable codes. Schools and classrooms are shown by code and name.
class UserPrinter {
    Q_DECLARE_TR_FUNCTIONS(UserPrinter)
public:
    UserPrinter(Database &db, Session session) : m_db(db), m_session(std::move(session)) {}

    QString table(const QList<UserSummary> &users) const;
    QJsonArray json(const QList<UserSummary> &users) const;

private:
    QString schoolCode(const QString &schoolId) const;
    QStringList classroomNames(const QSet<QString> &classroomIds) const;
    static QString status(const UserSummary &user);

    Database &m_db;
    Session m_session;
};

} // namespace care::cli
