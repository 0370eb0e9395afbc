#pragma once

#include "domain/indicators.h"
#include "screening/fielderrors.h"
#include "screening/studentterms.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace care::ui {

class AppContext;
class DailyAbsenceBox;

// A student's attendance per term: days enrolled, absent and late, and the
// daily absences that add up to them (IndicatorService). Terms with daily
// records take their absent and late counts from those records. A refused
// value is shown at its field and nothing is saved.
class AttendanceDialog : public QDialog {
    Q_OBJECT
public:
    AttendanceDialog(AppContext &context, const QString &studentId, QWidget *parent = nullptr);

    void setTerm(const QString &termId);
    QString termId() const;
    QSpinBox *enrolled() const { return m_enrolled; }
    QSpinBox *absent() const { return m_absent; }
    QSpinBox *late() const { return m_late; }
    DailyAbsenceBox *daily() const { return m_daily; }
    bool saveTerm();  // true when saved
    QString message() const;
    QString errorAt(const QString &field) const { return m_errors.message(field); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadTerm();
    void showMessage(const QString &text, bool problem);
    void retranslateUi();

    AppContext &m_context;
    QString m_studentId;
    QString m_studentName;
    QList<StudentTerm> m_terms;
    QComboBox *m_term;
    QSpinBox *m_enrolled;
    QSpinBox *m_absent;
    QSpinBox *m_late;
    QLabel *m_fromDaily;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_close;
    DailyAbsenceBox *m_daily;
    QHash<QString, QLabel *> m_captions;
    FieldErrors m_errors;
};

}  // namespace care::ui
