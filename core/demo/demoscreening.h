#pragma once

#include "demo/demoanswers.h"
#include "demo/demoindicatorsetup.h"
#include "screening/instrument.h"

#include <QList>

namespace care {
struct BulkRow;
}

namespace care::demo {

// SDQ results for every class in term 1 of both years, made as a teacher
// would enter them: the teacher form (the 2–4 form below age 4) for every
// child from 2 to 17, the self-report too from 11 to 17, the whole class on
// one day in June or early July. Children whose total came out at risk or
// problem last year were screened again by the teacher in January for
// about six in ten of them, a little better on average. Answers are made
// (demoanswers.h), scored with the real scoring, and stored sealed in the
// format of the screening service (content and summary).
class ScreeningMaker {
public:
    explicit ScreeningMaker(const IndicatorSetup &setup);

    // Appends the student's results; says what they found.
    ScreeningSignals write(QList<BulkRow> &rows, const IndicatorStudent &student);
    int count() const { return m_count; }

    static constexpr double kWeaknessShift = 0.5;  // per step of IndicatorStudent::weakness

private:
    struct Form {
        const Instrument *instrument = nullptr;
        QDate on;
        QString enteredBy;
    };
    // The day a class was screened in term 1 of `year`.
    QDate screeningDay(int year, const QString &classroomId) const;
    // Scores and seals one form; returns the band of its total difficulties.
    QString add(QList<BulkRow> &rows, const QString &studentId, const Form &form, const ScreeningAnswers &answers);
    const Instrument *teacherForm(int age) const;

    const IndicatorSetup &m_setup;
    AnswerMaker m_answers;
    const Instrument *m_teacher = nullptr;       // sdq-teacher-4-17
    const Instrument *m_teacherYoung = nullptr;  // sdq-teacher-2-4
    const Instrument *m_self = nullptr;          // sdq-self-11-17
    int m_count = 0;
};

} // namespace care::demo
