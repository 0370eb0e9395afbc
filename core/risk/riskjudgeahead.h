#pragma once

#include "risk/riskengine.h"
#include "storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace care {

// Students firstId…lastId judged in one read snapshot.
struct RiskJudgedBatch {
    QString firstId;
    QString lastId;
    qint64 changeMark = 0;  // the change log as the snapshot saw it
    QList<RiskJudgement> judgements;
};

// A recompute of many students in batches, in two halves that run at once:
// reader threads, each with its own connection and read snapshot, gather
// and judge the batches ahead (the costly part), while the caller records
// them one by one, in id order, each in a write of its own. A batch whose
// inputs may have changed after its snapshot (another write came between) is
// judged again inside the write, so nothing recorded is out of date.
class RiskJudgeAhead {
public:
    RiskJudgeAhead(Database &db, std::shared_ptr<const RuleSet> rules, RiskPeriod period, QStringList studentIds,
                   QString schoolId, int batchSize);
    ~RiskJudgeAhead();  // stops the readers and waits for them
    RiskJudgeAhead(const RiskJudgeAhead &) = delete;
    RiskJudgeAhead &operator=(const RiskJudgeAhead &) = delete;

    bool hasNext() const { return m_recorded < m_batchCount; }
    // Students of the batches recorded so far.
    int studentsDone() const;
    // Records the next batch in the scope's transaction (waiting for its
    // reader if need be). After an error, stop: the batch was not recorded.
    Result<RecomputeCount> recordNext(WriteScope &scope, BulkInsert *bulk = nullptr);

    // Judges the students firstId…lastId in a read transaction of its own
    // on `connection` (outside any write).
    static Result<RiskJudgedBatch> judge(QSqlDatabase connection, const FieldCipherPtr &cipher, const RuleSet &rules,
                                         const RiskPeriod &period, const QString &firstId, const QString &lastId,
                                         const QString &schoolId);
    // Records a judged batch in the scope's transaction; when anything but
    // risk history was written after the batch's snapshot, the batch is
    // judged again inside the transaction first.
    static Result<RecomputeCount> record(WriteScope &scope, const RuleSet &rules, const RiskPeriod &period,
                                         const QString &schoolId, const RiskJudgedBatch &batch,
                                         BulkInsert *bulk = nullptr);

private:
    QString firstId(int batch) const;
    QString lastId(int batch) const;
    void read();

    Database &m_db;
    const std::shared_ptr<const RuleSet> m_rules;
    const RiskPeriod m_period;
    const QStringList m_ids;
    const QString m_schoolId;
    const int m_batchSize;
    const int m_batchCount;
    int m_recorded = 0;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    int m_claimed = 0;  // batches handed to readers
    int m_window = 0;   // how far readers may run ahead of recording
    bool m_stopping = false;
    std::map<int, Result<RiskJudgedBatch>> m_ready;  // by batch number
    std::vector<std::thread> m_readers;
};

}  // namespace care
