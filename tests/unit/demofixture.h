#pragma once

// A generated demo database, signed in as its administrator, for the demo's tests.
#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "services/accountservice.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <catch2/catch.hpp>

namespace care::test {

inline constexpr int kDemoYear = 2569;

struct GeneratedDemo {
    demo::DemoSummary summary;
    DatabasePtr db;
    Session admin;  // signed in: the key is unlocked
};

inline demo::DemoOptions demoOptions(int students, std::uint64_t seed)
{
    demo::DemoOptions o;
    o.students = students;
    o.seed = seed;
    o.currentYearBe = kDemoYear;
    o.passwordCost = crypto::PasswordCost::minimal();  // the real demo uses the standard cost
    return o;
}

inline GeneratedDemo generateDemo(const QString &path, int students, std::uint64_t seed)
{
    const demo::DemoOptions o = demoOptions(students, seed);
    auto made = demo::generate(path, o);
    INFO(errorText(made));
    REQUIRE(made.ok());
    auto db = Database::open(path);
    INFO(errorText(db));
    REQUIRE(db.ok());
    auto admin = AccountService(*db.value(), testClock(), o.passwordCost)
                     .signIn(QStringLiteral("admin"), QStringLiteral("demo"));
    INFO(errorText(admin));
    REQUIRE(admin.ok());
    return {made.value(), db.value(), admin.value()};
}

// Tests may read SQL directly; the product may not.
inline qint64 demoScalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

inline QList<QStringList> demoRows(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    QList<QStringList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QStringList row;
        for (int c = 0; c < columns; ++c)
            row << q.value(c).toString();
        rows << row;
    }
    return rows;
}

} // namespace care::test
