#include "privacy/autobackup.h"

#include "app/appcontext.h"
#include "privacy/backgroundtask.h"
#include "privacy/sessionchecks.h"
#include "services/backupservice.h"
#include "services/privacysettings.h"

#include <memory>
#include <optional>

namespace care::ui {

AutoBackup::AutoBackup(AppContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    m_timer.setInterval(kCheckEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoBackup::checkNow);
}

AutoBackup::~AutoBackup() { delete m_task; }

void AutoBackup::start()
{
    if (!sessionMay(m_context, Capability::ManageBackups))
        return;
    m_timer.start();
    QTimer::singleShot(0, this, &AutoBackup::checkNow);
}

void AutoBackup::stop() { m_timer.stop(); }

bool AutoBackup::checkNow()
{
    if (m_task && m_task->isRunning())
        return false;
    const BackupSchedule schedule = PrivacySettings(m_context.database(), m_context.clock()).backupSchedule();
    if (!schedule.daily || schedule.folder.isEmpty())
        return false;
    delete m_task;  // the previous check's, finished
    auto outcome = std::make_shared<std::optional<Result<QString>>>();
    DatabasePtr db = m_context.databasePtr();
    const Clock &clock = m_context.clock();
    const Session session = m_context.session();
    m_task = new BackgroundTask(db, [db, &clock, session, schedule, outcome](const BackgroundTask::Report &) {
        outcome->emplace(BackupService(*db, clock).backupIfDue(session, schedule.folder, schedule.keep));
    }, this);
    connect(m_task, &BackgroundTask::finished, this, [this, outcome] {
        if (outcome->has_value()) {
            const Result<QString> &result = outcome->value();
            if (!result)
                emit backupFailed(tr("Automatic backup failed: %1").arg(result.error().message));
            else if (!result->isEmpty())
                emit backupWritten(result.value());
        }
        emit checked();
    });
    m_task->start();
    return true;
}

bool AutoBackup::waitForIdle(int timeoutMs) { return !m_task || m_task->waitForFinished(timeoutMs); }

} // namespace care::ui
