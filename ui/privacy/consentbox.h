#pragma once

#include "domain/entities.h"
#include "privacy/formfiles.h"
#include "services/consentservice.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace care::ui {

class AppContext;

// Consent on the student profile: the current decision per purpose (given,
// withdrawn or never asked — the latest decision counts), the history, a
// button to record a decision and one to open a decision's scanned form.
// Each part is hidden when core would refuse it (family section).
class ConsentBox : public QGroupBox {
    Q_OBJECT
public:
    explicit ConsentBox(AppContext &context, QWidget *parent = nullptr);

    void showStudent(const QString &studentId, const QList<GuardianLink> &guardians);
    void clear();
    // Replaces the system viewer that "Open form" uses (tests).
    void setFormOpener(FormFiles::Opener opener) { m_opener = std::move(opener); }

signals:
    void consentRecorded(const QString &consentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void fillCurrent();
    void fillHistory();
    void recordDecision();
    void openSelectedForm();
    void updateButtons();
    QString guardianName(const QString &guardianId) const;
    void retranslateUi();

    AppContext &m_context;
    QString m_studentId;
    QList<GuardianLink> m_guardians;
    QList<ConsentRecord> m_history;  // newest first
    FormFiles::Opener m_opener;
    QTableWidget *m_current;
    QLabel *m_historyCaption;
    QTableWidget *m_historyTable;
    QLabel *m_message;
    QPushButton *m_record;
    QPushButton *m_openForm;
};

} // namespace care::ui
