#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace care::ui {

class AppContext;
class BackgroundTask;

// Administration → Backups… (manage_backups): the folder of the daily
// backups, how many to keep, the daily automatic backup on or off, and
// "Back up now" on a worker thread. "Restore…" asks the caller to open the
// restore dialog (restoreRequested).
class BackupSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit BackupSettingsDialog(AppContext &context, QWidget *parent = nullptr);
    ~BackupSettingsDialog() override;

    bool save();      // the settings as shown; false (with the reason shown) if refused
    void backUpNow(); // into the folder, or a file the user chooses when none is set
    bool waitForBackup(int timeoutMs = 60000);  // tests
    QString statusText() const;

    // Stays open while its work runs: that work cannot be stopped halfway.
    void reject() override;

signals:
    void restoreRequested();
    void backupWritten(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void chooseFolder();
    void startBackup(const QString &path);
    void showNewest();
    void showStatus(const QString &text, bool problem);
    void retranslateUi();

    AppContext &m_context;
    QLabel *m_folderCaption;
    QLineEdit *m_folder;
    QPushButton *m_chooseFolder;
    QLabel *m_keepCaption;
    QSpinBox *m_keep;
    QCheckBox *m_daily;
    QLabel *m_newest;
    QPushButton *m_backUpNow;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_restore;
    QPushButton *m_save;
    QPushButton *m_close;
    QPointer<BackgroundTask> m_task;
};

} // namespace care::ui
