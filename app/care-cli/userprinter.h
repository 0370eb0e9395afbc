#pragma once

#include "services/accountservice.h"
#include "storage/database.h"

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
    explicit UserPrinter(Database &db) : m_db(db) {}

    QString table(const QList<UserSummary> &users) const;
    QJsonArray json(const QList<UserSummary> &users) const;

private:
    QString schoolCode(const QString &schoolId) const;
    QStringList classroomNames(const QSet<QString> &classroomIds) const;
    static QString status(const UserSummary &user);

    Database &m_db;
};

} // namespace care::cli
