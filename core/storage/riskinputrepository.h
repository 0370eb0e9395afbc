#pragma once

#include "risk/riskinputs.h"
#include "security/fieldcipher.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace care {

// When an assessment on `day` looks: the current term (the one containing
// the day, else the latest that has ended) and the start of its school year.
struct RiskPeriod {
    // A term that began on or before the day (ISO dates compare as text).
    struct StartedTerm {
        QByteArray id;
        QByteArray startsOn;
        TermRef ref;
    };

    QDate day;
    std::optional<TermRef> term;
    QDate termStart;
    QDate termEnd;
    QDate yearStart;  // invalid when no school year has begun
    QList<StartedTerm> started;

    // The term with this id if it began on or before the day.
    const StartedTerm *startedTerm(QByteArrayView termId) const
    {
        for (const StartedTerm &t : started)
            if (QByteArrayView(t.id) == termId)
                return &t;
        return nullptr;
    }
};

// What a rule set reads, so that nothing else is gathered or opened.
struct RiskInputNeeds {
    int minDaysEnrolled = 20;
    QStringList instruments;  // instrument ids or families ("sdq" = every "sdq-…")
    QStringList scores;       // score keys of screening results that rules read
    bool household = true;
};

// Gathers the risk engine's inputs with a few set-based queries for a range
// of students (one student, or a batch of thousands in id order) through the
// given connection (a WriteScope's, so reads see its transaction). Sealed
// screening summaries and household circumstances are opened here; only the
// latest result per instrument and respondent is opened at all. This is the
// hot path of a full recompute: the queries run on SQLite directly and merge
// by student id order, and strings that repeat (codes, keys) are shared.
class RiskInputRepository {
public:
    RiskInputRepository(const QSqlDatabase &connection, FieldCipherPtr cipher)
        : m_connection(connection), m_cipher(std::move(cipher))
    {}

    Result<RiskPeriod> period(const QDate &day) const;
    // Ids of the students to assess (not anonymised), in id order; every
    // school when schoolId is empty.
    Result<QStringList> studentIds(const QString &schoolId) const;
    // Ids of the students who live in this household.
    Result<QStringList> householdStudents(const QString &householdId) const;
    // The inputs of the students with firstId <= id <= lastId (of schoolId
    // when given), in id order.
    Result<QList<RiskInputs>> gather(const QString &firstId, const QString &lastId, const QString &schoolId,
                                     const RiskPeriod &period, const RiskInputNeeds &needs) const;

    // Whether anything but risk history was written after `mark` (a
    // lastChangeSeq, writescope.h), so that inputs gathered at that mark may
    // be out of date. Every write of a rule input is change-logged
    // (WriteScope), so none can slip past.
    Result<bool> writtenSince(qint64 mark) const;

    // The scores of a screening summary's plain text (the format of
    // formatScreeningSummary, screeningrepository.h) that `keys` names, read
    // without building maps; false for a text that parseScreeningSummary
    // would refuse.
    static bool readSummary(QByteArrayView utf8, const QStringList &keys, QList<ScreeningScore> &scores);

private:
    class Batch;
    Status readStudents(Batch &batch, const QString &schoolId, const RiskInputNeeds &needs) const;
    Status readAttendance(Batch &batch, const RiskPeriod &period, int minDays) const;
    Status readAcademic(Batch &batch, const RiskPeriod &period) const;
    Status readBehaviour(Batch &batch, const RiskPeriod &period) const;
    Status readScreenings(Batch &batch, const RiskPeriod &period, const RiskInputNeeds &needs) const;
    Error lockedError() const;

    QSqlDatabase m_connection;
    FieldCipherPtr m_cipher;
};

} // namespace care
