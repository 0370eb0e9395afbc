#pragma once

#include "domain/indicators.h"
#include "screening/fielderrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace care::ui {

class AppContext;
class DayEdit;

// One behaviour incident: the day, what happened (kind), how serious, and a
// note (sealed; staff only). New or edited; saved through IndicatorService,
// whose refusals appear at the field they are about.
class IncidentDialog : public QDialog {
    Q_OBJECT
public:
    // A new incident of this student.
    IncidentDialog(AppContext &context, const QString &studentId, QWidget *parent = nullptr);
    // Edits a stored incident.
    IncidentDialog(AppContext &context, const BehaviourIncident &incident, QWidget *parent = nullptr);

    DayEdit *dateEdit() const { return m_date; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *severityCombo() const { return m_severity; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QString errorAt(const QString &field) const { return m_errors.message(field); }
    QString message() const;
    bool save();  // true when saved (the dialog then closes)

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();

    AppContext &m_context;
    BehaviourIncident m_incident;
    DayEdit *m_date;
    QComboBox *m_kind;
    QComboBox *m_severity;
    QPlainTextEdit *m_note;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QList<QLabel *> m_captions;
    FieldErrors m_errors;
};

}  // namespace care::ui
