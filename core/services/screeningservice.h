#pragma once

#include "screening/instrument.h"
#include "screening/instrumentregistry.h"
#include "screening/scoring.h"
#include "security/roles.h"
#include "security/session.h"
#include "storage/database.h"
#include "storage/screeningrepository.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace care {

class Clock;
class WriteScope;

// What a user enters for one questionnaire.
struct ScreeningEntry {
    QString studentId;
    QString instrumentId;
    std::optional<Respondent> respondent;  // empty: the instrument's respondent
    QDate screenedOn;
    ScreeningAnswers answers;
    QString bandSet;    // empty: the instrument's default band set (th)
    QString ageReason;  // required when the child's age is outside the instrument's range
};

// A stored result with its answers, scores and bands opened.
struct ScreeningResult {
    QString id;
    QString studentId;
    QString instrumentId;
    QString instrumentVersion;
    Respondent respondent = Respondent::Parent;
    QDate screenedOn;
    QString bandSet;
    ScreeningAnswers answers;
    ScreeningScores scores;  // as computed when saved
    QString ageReason;
    QString enteredBy;  // user id
    QString enteredByName;
    QString createdAt;
    QString updatedAt;
};

// A problem with one entry of a batch; `refused` when the user may not
// record it (scope or role), not when the entry itself is wrong.
struct ScreeningProblem {
    int index = 0;  // position in the batch
    Error error;    // error.field: studentId, instrumentId, respondent, screenedOn, bandSet, answers, ageReason
    bool refused = false;
};

struct ScreeningSaveCount {
    int created = 0;
    int replaced = 0;
};

// One student's line of a class grid.
struct ClassSheetRow {
    QString studentId;
    int classNumber = 0;
    QString name;
    int ageYears = 0;  // on the sheet's date
    bool ageOutsideRange = false;
    std::optional<ScreeningResult> result;  // already stored for that instrument and date
};

struct ClassSheet {
    QString classroomId;
    QString classroomName;
    QString instrumentId;
    QString instrumentVersion;
    QDate date;
    QList<ClassSheetRow> rows;  // by class number, then name
};

// What the grid sends back for one student.
struct ClassSheetEntry {
    QString studentId;
    ScreeningAnswers answers;
    QString ageReason;
};

// Screening results (Section::Screening): recorded with the instrument's id
// and version, the respondent, the date and who entered them; answers,
// scores and bands sealed. A teacher records for their own classrooms, a
// counsellor for the school. Every write is one WriteScope with its change
// log and audit event and recomputes the student's risk; every read of
// answers or scores is audited as a view.
class ScreeningService {
public:
    ScreeningService(Database &db, const Clock &clock,
                     const InstrumentRegistry &registry = InstrumentRegistry::shipped());

    // Creates a result (screening/create); refused when the student already
    // has one with this instrument on that date (update it instead).
    Result<QString> record(const Session &session, const ScreeningEntry &entry);
    // Replaces a result's answers (screening/update); the student and the
    // instrument stay; scores are computed again.
    Status update(const Session &session, const QString &resultId, const ScreeningEntry &entry);
    // Soft delete (screening/delete): the result leaves lists and risk.
    Status remove(const Session &session, const QString &resultId);
    // The student's results, newest first (screening/view, audited).
    Result<QList<ScreeningResult>> results(const Session &session, const QString &studentId) const;

    // Checks a batch without writing: one problem per bad entry (at most
    // one), an entry repeating an earlier one's student, instrument and date
    // included.
    QList<ScreeningProblem> check(const Session &session, const QList<ScreeningEntry> &entries) const;
    // Writes a batch in one WriteScope: a new result for a new student,
    // instrument and date, the stored one replaced otherwise. Any problem:
    // nothing written, the first problem returned (its location: the
    // entry's student id).
    Result<ScreeningSaveCount> saveAll(const Session &session, const QList<ScreeningEntry> &entries);

    // The class grid: the classroom's students with any result of this
    // instrument on this date (screening/view for each; audited when
    // results are shown).
    Result<ClassSheet> classSheet(const Session &session, const QString &classroomId, const QString &instrumentId,
                                  const QDate &date) const;
    // Saves the grid in one WriteScope (all or nothing). Lines without any
    // answer are left as they are; the others are created or replaced.
    Result<ScreeningSaveCount> saveClassSheet(const Session &session, const QString &classroomId,
                                              const QString &instrumentId, const QDate &date,
                                              const QList<ClassSheetEntry> &entries, const QString &bandSet = {});

    static constexpr int kMaxAgeReasonLength = 500;

private:
    // An entry checked and scored, ready to store.
    struct Prepared {
        ScreeningEntry entry;  // respondent, band set and age reason settled
        const Instrument *instrument = nullptr;
        ScreeningScores scores;
        QString accessReason;           // break-the-glass reason, for the audit event
        std::optional<int> ageOutside;  // the child's age when outside the instrument's range
    };
    Result<Prepared> prepare(const Session &session, const ScreeningEntry &entry, Action action, bool *refused) const;
    // Inserts (existing empty) or replaces the result, audits it and
    // recomputes the student's risk; the caller commits.
    Result<QString> store(WriteScope &scope, const Session &session, const Prepared &prepared,
                          const std::optional<ScreeningResultRow> &existing) const;
    Result<ScreeningResult> open(const ScreeningResultRow &row) const;
    // The batch: each entry prepared against the stored result of its
    // student, instrument and date (create or update).
    Result<ScreeningSaveCount> writeAll(const Session &session, const QList<ScreeningEntry> &entries);

    Database &m_db;
    const Clock &m_clock;
    const InstrumentRegistry &m_registry;
};

}  // namespace care
