#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace care::ui {

// Shows a new recovery key once: in large monospace groups, with Print,
// Save as PDF and Save as text, and a box the user must tick to confirm
// that the key is kept somewhere safe. Used at set-up and when an
// administrator replaces the key.
class RecoveryKeyPage : public QWidget {
    Q_OBJECT
public:
    explicit RecoveryKeyPage(QWidget *parent = nullptr);

    void setKey(const QString &key, const QString &databaseName, const QDateTime &createdUtc);
    QString key() const { return m_key; }
    bool isConfirmed() const;

    // Saving without a file dialog (by the file's suffix: .pdf or text).
    bool saveTo(const QString &path);

signals:
    void confirmedChanged(bool confirmed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void print();
    void chooseFileAndSave(bool pdf);

    QString m_key;
    QString m_databaseName;
    QDateTime m_createdUtc;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;
    QPushButton *m_saveText = nullptr;
    QCheckBox *m_confirm = nullptr;
};

} // namespace care::ui
