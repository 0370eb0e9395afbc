#include "privacy/restoredialog.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "privacy/backgroundtask.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace care::ui {

namespace {
const QStringList kKeys{QStringLiteral("created"), QStringLiteral("municipality"), QStringLiteral("schema"),
                        QStringLiteral("students"), QStringLiteral("schools"), QStringLiteral("users"),
                        QStringLiteral("events")};
}

RestoreDialog::RestoreDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_confirm(askWithMessageBox()), m_file(new QLabel(this)),
      m_choose(new QPushButton(this)), m_form(new QFormLayout), m_refusal(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_result(new QLabel(this)), m_restore(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    m_file->setObjectName(QStringLiteral("backupFile"));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setWordWrap(true);
    m_choose->setObjectName(QStringLiteral("chooseBackup"));
    for (const QString &key : kKeys) {
        auto *caption = new QLabel(this);
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("preview_") + key);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(caption, value);
        m_captions.insert(key, caption);
        m_values.insert(key, value);
    }
    m_refusal->setObjectName(QStringLiteral("restoreRefusal"));
    m_refusal->setStyleSheet(QStringLiteral("color: #a40000"));
    m_result->setObjectName(QStringLiteral("restoreResult"));
    for (QLabel *text : {m_refusal, m_result}) {
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->hide();
    }
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_restore->setObjectName(QStringLiteral("restoreButton"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(m_form);
    layout->addWidget(m_refusal);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restore);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    // Reopening takes this context away: it waits until the user has read the result.
    const QString databasePath = context.database().path();
    connect(this, &QDialog::finished, this, [this, databasePath] {
        if (m_restored)
            emit databaseRestored(databasePath);
    });
    retranslateUi();
    showPreview();
    setMinimumWidth(560);
}

RestoreDialog::~RestoreDialog() { delete m_task; }

void RestoreDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Backup to restore"), QFileInfo(m_path).absolutePath(),
                                                      tr("Care backups (*.care);;All files (*)"));
    if (!path.isEmpty())
        setBackupFile(path);
}

void RestoreDialog::setBackupFile(const QString &path)
{
    m_path = path;
    m_preview = BackupService(m_context.database(), m_context.clock()).preview(path);
    showPreview();
}

bool RestoreDialog::canRestore() const
{
    return !m_restored && m_preview && m_preview->ok() && m_preview->value().sameMunicipality
           && !(m_task && m_task->isRunning());
}

void RestoreDialog::setValue(const QString &key, const QString &text)
{
    m_values.value(key)->setText(text.isEmpty() ? tr("–") : text);
}

void RestoreDialog::showPreview()
{
    m_file->setText(m_path.isEmpty() ? tr("Choose a backup file.") : QDir::toNativeSeparators(m_path));
    const bool described = m_preview && m_preview->ok();
    for (const QString &key : kKeys) {
        m_captions.value(key)->setVisible(described);
        m_values.value(key)->setVisible(described);
    }
    m_refusal->hide();
    if (m_preview && !m_preview->ok()) {
        m_refusal->setText(m_preview->error().message);
        m_refusal->show();
    } else if (described) {
        const BackupPreview &p = m_preview->value();
        const QLocale locale;
        setValue(QStringLiteral("created"), p.createdAtUtc.isValid() ? formatDateTime(p.createdAtUtc) : QString());
        setValue(QStringLiteral("municipality"), p.municipalityName);
        setValue(QStringLiteral("schema"), QString::number(p.schemaVersion));
        setValue(QStringLiteral("students"), locale.toString(p.students));
        setValue(QStringLiteral("schools"), locale.toString(p.schools));
        setValue(QStringLiteral("users"), locale.toString(p.users));
        setValue(QStringLiteral("events"), locale.toString(p.auditEvents));
        if (!p.sameMunicipality) {
            m_refusal->setText(tr("This backup is of another municipality (%1), not of the open database. Care "
                                  "will not restore it here.")
                                   .arg(p.municipalityName));
            m_refusal->show();
        }
    }
    m_restore->setEnabled(canRestore());
}

void RestoreDialog::restore()
{
    if (!canRestore())
        return;
    const BackupPreview &p = m_preview->value();
    const QString question =
        tr("Replace everything in the open database with the backup of %1?\n\nThe current content is saved "
           "next to the database first. Everyone must sign in again afterwards.")
            .arg(p.createdAtUtc.isValid() ? formatDateTime(p.createdAtUtc) : QFileInfo(m_path).fileName());
    if (!m_confirm(this, tr("Restore from backup"), question))
        return;
    delete m_task;
    auto outcome = std::make_shared<std::optional<Result<QString>>>();
    DatabasePtr db = m_context.databasePtr();
    const Clock &clock = m_context.clock();
    const Session session = m_context.session();
    const QString path = m_path;
    m_task = new BackgroundTask(db, [db, &clock, session, path, outcome](const BackgroundTask::Report &) {
        outcome->emplace(BackupService(*db, clock).restore(session, path));
    }, this);
    connect(m_task, &BackgroundTask::finished, this, [this, outcome] {
        if (outcome->has_value())
            finishRestore(outcome->value());
    });
    m_restore->setEnabled(false);
    m_choose->setEnabled(false);
    m_close->setEnabled(false);
    m_progress->show();
    m_result->setText(tr("Restoring… Do not close Care."));
    m_result->show();
    m_task->start();
}

void RestoreDialog::finishRestore(const Result<QString> &outcome)
{
    m_progress->hide();
    m_close->setEnabled(true);
    if (!outcome) {
        m_choose->setEnabled(true);
        m_result->hide();
        m_refusal->setText(outcome.error().message);
        m_refusal->show();
        m_restore->setEnabled(canRestore());
        return;
    }
    m_restored = true;
    m_result->setText(tr("The backup was restored. The content from before is kept in “%1”.\n\nCare will now "
                         "reopen the database; sign in again to continue.")
                          .arg(QFileInfo(outcome.value()).fileName()));
    m_close->setText(tr("Reopen the database"));
    m_close->setFocus();
}

bool RestoreDialog::waitForRestore(int timeoutMs) { return !m_task || m_task->waitForFinished(timeoutMs); }

QString RestoreDialog::refusalText() const { return m_refusal->isVisibleTo(this) ? m_refusal->text() : QString(); }

QString RestoreDialog::resultText() const { return m_result->isVisibleTo(this) ? m_result->text() : QString(); }

void RestoreDialog::retranslateUi()
{
    setWindowTitle(tr("Restore from backup"));
    m_choose->setText(tr("C&hoose…"));
    const QHash<QString, QString> captions{
        {QStringLiteral("created"), tr("Made on")},          {QStringLiteral("municipality"), tr("Municipality")},
        {QStringLiteral("schema"), tr("Schema version")},    {QStringLiteral("students"), tr("Students")},
        {QStringLiteral("schools"), tr("Schools")},          {QStringLiteral("users"), tr("Users")},
        {QStringLiteral("events"), tr("Audit events")}};
    for (auto it = captions.begin(); it != captions.end(); ++it)
        m_captions.value(it.key())->setText(it.value());
    m_restore->setText(tr("&Restore"));
    if (!m_restored)
        m_close->setText(tr("Close"));
}

void RestoreDialog::reject()
{
    if (m_task && m_task->isRunning())
        return;
    QDialog::reject();
}

void RestoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_path.isEmpty() && !m_restored)
            setBackupFile(m_path);  // the municipality's name and the date follow the language
    }
    QDialog::changeEvent(event);
}

} // namespace care::ui
