// Shared by the screening screen tests: a classroom of students made by the
// school's director, the teacher of that classroom, and a way to count the
// keys a test types.
#pragma once

#include "app/appcontext.h"
#include "security/session.h"
#include "services/screeningservice.h"
#include "services/studentservice.h"
#include "testdatabase.h"

#include <catch2/catch.hpp>

#include <QTest>

#include <memory>

namespace care::test {

struct ScreeningFixture {
    TestDatabase t = makeTestDatabase();
    Session director = sessionFor(t, Role::Director);
    Session teacher = sessionFor(t, Role::Teacher, {t.classroomId});

    // Students 1…count of the fixture's classroom (class numbers in order),
    // born 2015-06-10 (9 years old on the fixture's day) unless told.
    QStringList addStudents(int count, const QDate &birthDate = QDate(2015, 6, 10))
    {
        QStringList ids;
        StudentService students(*t.db, testClock());
        for (int i = 1; i <= count; ++i) {
            StudentRecord record = makeStudentRecord(t, QStringLiteral("นักเรียน%1").arg(i, 2, 10, QLatin1Char('0')),
                                                     QStringLiteral("ใจดี"), nationalIdFor(7000 + i));
            record.student.birthDate = birthDate;
            record.classNumber = i;
            auto id = students.create(record, director);
            INFO(errorText(id));
            REQUIRE(id.ok());
            ids << id.value();
        }
        return ids;
    }

    std::unique_ptr<ui::AppContext> context(const Session &session)
    {
        return std::make_unique<ui::AppContext>(t.db, testClock(), session);
    }

    // The stored results of one student, read back through the service.
    QList<ScreeningResult> results(const QString &studentId)
    {
        auto list = ScreeningService(*t.db, testClock()).results(director, studentId);
        INFO(errorText(list));
        REQUIRE(list.ok());
        return list.value();
    }
};

// Sends key clicks to a widget and counts them, so a test can say how many
// keys a user needed.
struct KeyCounter {
    int count = 0;

    void key(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(widget, key, modifiers);
        ++count;
    }
    void text(QWidget *widget, QChar c)
    {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        ++count;
    }
    void digit(QWidget *widget, int value) { key(widget, Qt::Key(Qt::Key_0 + value)); }
};

}  // namespace care::test
