#pragma once

#include "screening/fielderrors.h"
#include "screening/studentterms.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace care {
struct Error;
}

namespace care::ui {

class AppContext;
class SubjectMarksTable;

// A student's grades per term (IndicatorService): the GPA (empty when the
// school gives none) and the failing marks, by subject (0, ร, มส) or, for
// schools that only report totals, as counts. A refused value is shown at
// its field and nothing is saved.
class GradesDialog : public QDialog {
    Q_OBJECT
public:
    GradesDialog(AppContext &context, const QString &studentId, QWidget *parent = nullptr);

    void setTerm(const QString &termId);
    QLineEdit *gpa() const { return m_gpa; }
    SubjectMarksTable *subjects() const { return m_subjects; }
    QSpinBox *count(const QString &field) const;  // failingMarks, incompleteMarks, notAllowedMarks
    bool save();                                  // true when saved
    QString errorAt(const QString &field) const;  // the message shown at a field, empty if none
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadTerm();
    void updateCounts();
    void showMessage(const QString &text, bool problem);
    void retranslateUi();

    AppContext &m_context;
    QString m_studentId;
    QString m_studentName;
    QList<StudentTerm> m_terms;
    QComboBox *m_term;
    QLineEdit *m_gpa;
    SubjectMarksTable *m_subjects;
    QPushButton *m_addSubject;
    QPushButton *m_removeSubject;
    QHash<QString, QSpinBox *> m_counts;
    QLabel *m_countsNote;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_close;
    QHash<QString, QLabel *> m_captions;
    FieldErrors m_errors;
};

}  // namespace care::ui
