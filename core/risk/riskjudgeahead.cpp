#include "risk/riskjudgeahead.h"

#include "storage/riskinputrepository.h"
#include "storage/sqlerror.h"
#include "storage/writescope.h"

#include <QSqlError>
#include <QThread>

#include <algorithm>

namespace care {
namespace {

// More readers than cores only compete with recording; past four, the
// reads contend in SQLite more than they gain.
constexpr int kMostReaders = 4;

}  // namespace

RiskJudgeAhead::RiskJudgeAhead(Database &db, std::shared_ptr<const RuleSet> rules, RiskPeriod period,
                               QStringList studentIds, QString schoolId, int batchSize)
    : m_db(db), m_rules(std::move(rules)), m_period(std::move(period)), m_ids(std::move(studentIds)),
      m_schoolId(std::move(schoolId)), m_batchSize(std::max(1, batchSize)),
      m_batchCount(int((m_ids.size() + m_batchSize - 1) / m_batchSize))
{
    const int readers = std::clamp(QThread::idealThreadCount(), 1, std::min(kMostReaders, std::max(1, m_batchCount)));
    m_window = 2 * readers;
    if (m_batchCount == 0)
        return;
    m_readers.reserve(std::size_t(readers));
    for (int i = 0; i < readers; ++i)
        m_readers.emplace_back([this] { read(); });
}

RiskJudgeAhead::~RiskJudgeAhead()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    for (std::thread &reader : m_readers)
        reader.join();
}

int RiskJudgeAhead::studentsDone() const
{
    return int(std::min<qsizetype>(m_ids.size(), m_recorded * m_batchSize));
}

QString RiskJudgeAhead::firstId(int batch) const
{
    return m_ids.at(qsizetype(batch) * m_batchSize);
}

QString RiskJudgeAhead::lastId(int batch) const
{
    return m_ids.at(std::min(m_ids.size(), qsizetype(batch + 1) * m_batchSize) - 1);
}

void RiskJudgeAhead::read()
{
    for (;;) {
        int batch = 0;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] {
                return m_stopping || m_claimed >= m_batchCount || m_claimed < m_recorded + m_window;
            });
            if (m_stopping || m_claimed >= m_batchCount)
                break;
            batch = m_claimed++;
        }
        Result<RiskJudgedBatch> judged = judge(m_db.connection(), m_db.fieldCipher(), *m_rules, m_period,
                                               firstId(batch), lastId(batch), m_schoolId);
        {
            std::lock_guard lock(m_mutex);
            m_ready.emplace(batch, std::move(judged));
        }
        m_changed.notify_all();
    }
    m_db.closeThreadConnection();  // Qt connections must not outlive their thread
}

Result<RiskJudgedBatch> RiskJudgeAhead::judge(QSqlDatabase connection, const FieldCipherPtr &cipher,
                                              const RuleSet &rules, const RiskPeriod &period, const QString &firstId,
                                              const QString &lastId, const QString &schoolId)
{
    // One read transaction: the change mark and every read see one snapshot.
    if (!connection.transaction())
        return storageError(connection.lastError(), QStringLiteral("start reading risk inputs"));
    Result<RiskJudgedBatch> result = [&]() -> Result<RiskJudgedBatch> {
        // Read first: the mark is the position of the snapshot every read below sees.
        auto mark = lastChangeSeq(connection);
        if (!mark)
            return mark.error();
        auto judgements = RiskEngine::judge(connection, cipher, rules, period, firstId, lastId, schoolId);
        if (!judgements)
            return judgements.error();
        return RiskJudgedBatch{firstId, lastId, mark.value(), std::move(judgements.value())};
    }();
    connection.commit();  // read only: ends the snapshot, nothing to keep
    return result;
}

Result<RecomputeCount> RiskJudgeAhead::record(WriteScope &scope, const RuleSet &rules, const RiskPeriod &period,
                                              const QString &schoolId, const RiskJudgedBatch &batch, BulkInsert *bulk)
{
    auto written = RiskInputRepository(scope.connection(), {}).writtenSince(batch.changeMark);
    if (!written)
        return written.error();
    if (written.value())
        return RiskEngine::recompute(scope, rules, period, batch.firstId, batch.lastId, schoolId, bulk);
    return RiskEngine::record(scope, rules, batch.judgements, batch.firstId, batch.lastId, bulk);
}

Result<RecomputeCount> RiskJudgeAhead::recordNext(WriteScope &scope, BulkInsert *bulk)
{
    Result<RiskJudgedBatch> judged = Error{};
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_ready.count(m_recorded) > 0; });
        judged = std::move(m_ready.extract(m_recorded).mapped());
    }
    if (!judged)
        return judged.error();
    auto done = record(scope, *m_rules, m_period, m_schoolId, judged.value(), bulk);
    if (done) {
        {
            std::lock_guard lock(m_mutex);
            ++m_recorded;
        }
        m_changed.notify_all();
    }
    return done;
}

}  // namespace care
