#pragma once

#include "privacy/confirmation.h"
#include "services/backupservice.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace care::ui {

class AppContext;
class BackgroundTask;

// Restore from a backup (manage_backups): choose a file, see what it holds
// (date in the user's calendar, municipality, schema, counts) or why Care
// refuses it (damaged, not a Care file, newer schema, another municipality),
// confirm, restore on a worker thread.
//
// After a restore the open Database object no longer matches the file and
// its key was dropped: the dialog tells the user that Care will reopen the
// database and, when it closes, emits databaseRestored(path). Whoever owns
// the database (the main window) must connect it: close the database, open
// `path` again and ask for sign-in. The dialog touches its AppContext no
// more after that signal.
class RestoreDialog : public QDialog {
    Q_OBJECT
public:
    explicit RestoreDialog(AppContext &context, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    // Shows the preview of the backup at path (what "Choose…" does after its file dialog).
    void setBackupFile(const QString &path);
    bool canRestore() const;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void restore();
    bool waitForRestore(int timeoutMs = 120000);  // tests
    QString refusalText() const;
    QString resultText() const;

    // Stays open while its work runs: that work cannot be stopped halfway.
    void reject() override;

signals:
    void databaseRestored(const QString &databasePath);

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void showPreview();
    void finishRestore(const Result<QString> &outcome);
    void setValue(const QString &key, const QString &text);
    void retranslateUi();

    AppContext &m_context;
    Confirmation m_confirm;
    QString m_path;
    std::optional<Result<BackupPreview>> m_preview;
    QLabel *m_file;
    QPushButton *m_choose;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_captions;
    QHash<QString, QLabel *> m_values;
    QLabel *m_refusal;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_restore;
    QPushButton *m_close;
    QPointer<BackgroundTask> m_task;
    bool m_restored = false;
};

} // namespace care::ui
