#include "privacy/backupsettingsdialog.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "privacy/backgroundtask.h"
#include "services/backupservice.h"
#include "services/privacysettings.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace care::ui {

namespace {
// The daily backups' names (BackupService::backupIfDue): a backup made here counts as the day's.
const QString kNamePattern = QStringLiteral("care-backup-*.care");
QString backupFileName(const QDateTime &utc)
{
    return QStringLiteral("care-backup-%1.care").arg(utc.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}
} // namespace

BackupSettingsDialog::BackupSettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_folderCaption(new QLabel(this)), m_folder(new QLineEdit(this)),
      m_chooseFolder(new QPushButton(this)), m_keepCaption(new QLabel(this)), m_keep(new QSpinBox(this)),
      m_daily(new QCheckBox(this)), m_newest(new QLabel(this)), m_backUpNow(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_restore(new QPushButton(this)),
      m_save(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("backupSettings"));
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_chooseFolder->setObjectName(QStringLiteral("chooseBackupFolder"));
    m_keep->setObjectName(QStringLiteral("keepBackups"));
    m_keep->setRange(1, 365);
    m_daily->setObjectName(QStringLiteral("dailyBackup"));
    m_newest->setObjectName(QStringLiteral("newestBackup"));
    m_newest->setWordWrap(true);
    m_newest->setForegroundRole(QPalette::PlaceholderText);
    m_backUpNow->setObjectName(QStringLiteral("backUpNow"));
    m_progress->setRange(0, 0);  // the online backup reports no steps: a busy bar
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_restore->setObjectName(QStringLiteral("openRestore"));
    m_save->setObjectName(QStringLiteral("saveBackupSettings"));
    m_folderCaption->setBuddy(m_folder);
    m_keepCaption->setBuddy(m_keep);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    auto *form = new QFormLayout;
    form->addRow(m_folderCaption, folderRow);
    form->addRow(m_keepCaption, m_keep);
    form->addRow(QString(), m_daily);
    form->addRow(QString(), m_newest);
    auto *nowRow = new QHBoxLayout;
    nowRow->addWidget(m_backUpNow);
    nowRow->addWidget(m_progress, 1);
    nowRow->addStretch();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::ResetRole);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(nowRow);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_chooseFolder, &QPushButton::clicked, this, &BackupSettingsDialog::chooseFolder);
    connect(m_backUpNow, &QPushButton::clicked, this, &BackupSettingsDialog::backUpNow);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            showStatus(tr("The backup settings were saved."), false);
    });
    connect(m_restore, &QPushButton::clicked, this, &BackupSettingsDialog::restoreRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_folder, &QLineEdit::textChanged, this, &BackupSettingsDialog::showNewest);
    retranslateUi();
    load();
    setMinimumWidth(600);
}

BackupSettingsDialog::~BackupSettingsDialog() { delete m_task; }

void BackupSettingsDialog::load()
{
    const BackupSchedule schedule = PrivacySettings(m_context.database(), m_context.clock()).backupSchedule();
    m_folder->setText(QDir::toNativeSeparators(schedule.folder));
    m_keep->setValue(schedule.keep);
    m_daily->setChecked(schedule.daily);
    showNewest();
}

bool BackupSettingsDialog::save()
{
    BackupSchedule schedule;
    schedule.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    schedule.keep = m_keep->value();
    schedule.daily = m_daily->isChecked();
    if (auto saved = PrivacySettings(m_context.database(), m_context.clock()).setBackupSchedule(m_context.session(), schedule);
        !saved) {
        showStatus(saved.error().message, true);
        return false;
    }
    return true;
}

void BackupSettingsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for backups"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void BackupSettingsDialog::backUpNow()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    QString path;
    if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
        path = QDir(folder).filePath(backupFileName(m_context.clock().nowUtc()));
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Back up to"),
                                            QDir::home().filePath(backupFileName(m_context.clock().nowUtc())),
                                            tr("Care backups (*.care)"));
        if (path.isEmpty())
            return;
    }
    startBackup(path);
}

void BackupSettingsDialog::startBackup(const QString &path)
{
    if (m_task && m_task->isRunning())
        return;
    delete m_task;
    auto outcome = std::make_shared<std::optional<Result<BackupPreview>>>();
    DatabasePtr db = m_context.databasePtr();
    const Clock &clock = m_context.clock();
    const Session session = m_context.session();
    m_task = new BackgroundTask(db, [db, &clock, session, path, outcome](const BackgroundTask::Report &) {
        outcome->emplace(BackupService(*db, clock).backup(session, path));
    }, this);
    connect(m_task, &BackgroundTask::finished, this, [this, outcome, path] {
        m_progress->hide();
        m_backUpNow->setEnabled(true);
        m_close->setEnabled(true);
        if (!outcome->has_value())
            return;
        if (const Result<BackupPreview> &made = outcome->value(); !made) {
            showStatus(made.error().message, true);
        } else {
            showStatus(tr("Backed up to %1: %Ln student(s), checked and complete.", nullptr, int(made->students))
                           .arg(QDir::toNativeSeparators(path)),
                       false);
            showNewest();
            emit backupWritten(path);
        }
    });
    m_backUpNow->setEnabled(false);
    m_close->setEnabled(false);
    m_progress->show();
    showStatus(tr("Backing up… Care stays usable meanwhile."), false);
    m_task->start();
}

bool BackupSettingsDialog::waitForBackup(int timeoutMs) { return !m_task || m_task->waitForFinished(timeoutMs); }

QString BackupSettingsDialog::statusText() const { return m_status->text(); }

void BackupSettingsDialog::showNewest()
{
    const QDir folder(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    const QFileInfoList backups = m_folder->text().trimmed().isEmpty()
                                      ? QFileInfoList()
                                      : folder.entryInfoList({kNamePattern}, QDir::Files, QDir::Name);
    if (backups.isEmpty()) {
        m_newest->setText(tr("No backups in this folder yet."));
        return;
    }
    const QFileInfo &newest = backups.last();
    m_newest->setText(tr("%Ln backup(s) in this folder; the newest is from %1.", nullptr, int(backups.size()))
                          .arg(formatDateTime(newest.lastModified().toUTC())));
}

void BackupSettingsDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #a40000") : QString());
}

void BackupSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Backups"));
    m_folderCaption->setText(tr("Backup &folder"));
    m_folder->setPlaceholderText(tr("A folder on another disk or a USB drive"));
    m_chooseFolder->setText(tr("C&hoose…"));
    m_keepCaption->setText(tr("&Keep"));
    m_keep->setSuffix(tr(" newest backups"));
    m_daily->setText(tr("Back up &automatically once a day while an administrator is signed in"));
    m_backUpNow->setText(tr("&Back up now"));
    m_restore->setText(tr("&Restore…"));
    m_save->setText(tr("&Save settings"));
    m_close->setText(tr("Close"));
    showNewest();
}

void BackupSettingsDialog::reject()
{
    if (m_task && m_task->isRunning())
        return;
    QDialog::reject();
}

void BackupSettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace care::ui
