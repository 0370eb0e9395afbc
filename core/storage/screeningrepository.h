#pragma once

#include "security/fieldcipher.h"
#include "storage/database.h"
#include "storage/writescope.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace care {

// One screening result as stored (table screening_result). Instrument,
// version, respondent, date and band set are plain; the answers, scores,
// bands and age reason are in `sealedContent` (sealed JSON, see
// ScreeningService), and `sealedSummary` is a sealed compact copy of the
// scores and bands for the risk engine.
struct ScreeningResultRow {
    QString id;
    QString studentId;
    QString instrumentId;
    QString instrumentVersion;
    QString respondent;  // parent | teacher | self
    QDate screenedOn;
    QString bandSet;
    QString sealedContent;
    QString sealedSummary;
    QString enteredBy;      // user id
    QString enteredByName;  // read only: the user's display name
    QString createdAt;
    QString updatedAt;
    QString deletedAt;  // empty unless deleted (soft delete)
};

// The scores and band codes of one result, as the summary holds them.
struct ScreeningSummary {
    QMap<QString, std::optional<int>> scores;
    QMap<QString, std::optional<QString>> bands;
};

// The summary's plain text (before sealing): one entry per score key in
// key order, separated by ';', each "key=score:band", where score is a
// whole number or '-' (not scored) and band a band code or '-' (no band):
//
//     conduct=2:normal;emotional=4:at_risk;impact=-:-;prosocial=7:strength
//
// Keys and band codes are lowercase letters, digits and '_'. An empty text
// is a result without scores.
QString formatScreeningSummary(const ScreeningSummary &summary);
// The inverse; a damaged text is an error naming the entry.
Result<ScreeningSummary> parseScreeningSummary(const QString &text);

// A result's summary, for the risk engine: what produced it and its scores.
struct StoredScreeningSummary {
    QString resultId;
    QString instrumentId;
    QString instrumentVersion;
    QString respondent;
    QDate screenedOn;
    QString bandSet;
    ScreeningSummary summary;
};

// All SQL of screening results. Writes run inside the caller's WriteScope
// and are change-logged; the caller checks access, seals, audits and
// recomputes risk. Reads leave deleted results out unless they say otherwise.
class ScreeningRepository {
public:
    explicit ScreeningRepository(Database &db) : m_db(db) {}

    static SealContext contentContext(const QString &resultId);
    static SealContext summaryContext(const QString &resultId);

    static Status insert(WriteScope &scope, const ScreeningResultRow &row);
    // Writes the changed columns, then stamps updated_at; 0 = nothing changed.
    static Result<int> update(WriteScope &scope, const ScreeningResultRow &before, const ScreeningResultRow &after);
    // Marks the result deleted (the row stays as a tombstone for sync and history).
    static Status softDelete(WriteScope &scope, const ScreeningResultRow &row);
    // Removing a student (a record entered by mistake): their results go
    // for good, each leaving a change-log tombstone.
    static Status removeForStudent(WriteScope &scope, const QString &studentId);

    // The result with this id, deleted or not.
    Result<std::optional<ScreeningResultRow>> find(const QString &id) const;
    // A student's results, newest first (screening date, then entry).
    Result<QList<ScreeningResultRow>> forStudent(const QString &studentId) const;
    // The student's result with this instrument on this date, if any.
    Result<std::optional<ScreeningResultRow>> onDate(const QString &studentId, const QString &instrumentId,
                                                     const QDate &date) const;
    // Results with this instrument on this date of the classroom's students.
    Result<QList<ScreeningResultRow>> forClassroom(const QString &classroomId, const QString &instrumentId,
                                                   const QDate &date) const;

    // For the risk engine (reads through `connection`, e.g. a WriteScope's):
    // the student's results, newest first, with their summaries opened.
    static Result<QList<StoredScreeningSummary>> summaries(const QSqlDatabase &connection, const FieldCipher &cipher,
                                                           const QString &studentId);

private:
    Database &m_db;
};

}  // namespace care
