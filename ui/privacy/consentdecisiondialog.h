#pragma once

#include "domain/entities.h"
#include "services/consentservice.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace care::ui {

class AppContext;
class DayEdit;

// "Record decision…": a guardian's consent decision for one purpose, with
// the date (Buddhist Era in Thai), an optional note and an optional scanned
// form (PDF, JPEG or PNG). Saved through ConsentService; a refusal keeps the
// dialog open with the reason.
class ConsentDecisionDialog : public QDialog {
    Q_OBJECT
public:
    ConsentDecisionDialog(AppContext &context, const QString &studentId, const QList<GuardianLink> &guardians,
                          QWidget *parent = nullptr);

    // Every purpose, in the order screens list them.
    static QList<ConsentPurpose> purposes();

    // Attaches the file at path as the scanned form (what "Attach…" does after its file dialog).
    Status attachForm(const QString &path);
    QString savedId() const { return m_savedId; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void save();
    void chooseForm();
    void removeForm();
    void showError(const QString &message);
    void retranslateUi();

    AppContext &m_context;
    QString m_studentId;
    QList<GuardianLink> m_guardians;
    ScannedForm m_form;
    QString m_savedId;
    QFormLayout *m_formLayout;
    QComboBox *m_purpose;
    QComboBox *m_decision;
    QComboBox *m_guardian;
    DayEdit *m_decidedOn;
    QPlainTextEdit *m_note;
    QLabel *m_formName;
    QPushButton *m_attach;
    QPushButton *m_remove;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace care::ui
