#pragma once

#include <QHash>
#include <QWidget>

class QBoxLayout;
class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace care {
struct StudentProfile;
}

namespace care::ui {

class AppContext;
class StudentPrivacyPanel;
class StudentScreeningPanel;
class StudentRiskPanel;

// One student at a glance: identity, guardians, household, enrollment
// history and attendance and grades per term, with absence of 10% or more
// and failing marks highlighted. Reloads whenever the student is saved.
class StudentProfileView : public QWidget {
    Q_OBJECT
public:
    explicit StudentProfileView(AppContext &context, QWidget *parent = nullptr);

    void showStudent(const QString &studentId);
    void clear();
    QString studentId() const { return m_studentId; }

signals:
    void editRequested(const QString &studentId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void render(const StudentProfile &profile);
    void showMessage(const QString &message);
    void addValues(QGridLayout *grid, const QStringList &keys);  // a caption and a value label each
    void setValue(const QString &key, const QString &text);  // short values stay on one line
    void arrangeTopBoxes();  // student and household side by side, or one above the other
    void retranslateUi();

    AppContext &m_context;
    QString m_studentId;
    QLabel *m_name;
    QLabel *m_subtitle;
    QPushButton *m_edit;
    QLabel *m_message;
    QWidget *m_body;
    QScrollArea *m_scroll;
    QBoxLayout *m_top = nullptr;  // the student and household boxes
    QGroupBox *m_identityBox;
    QGroupBox *m_householdBox;
    QGroupBox *m_guardianBox;
    QGroupBox *m_enrollmentBox;
    QGroupBox *m_termBox;
    QTableWidget *m_guardians;
    QTableWidget *m_enrollments;
    QTableWidget *m_terms;
    QLabel *m_noGuardians;
    QLabel *m_noEnrollments;
    QLabel *m_noTerms;
    QLabel *m_noHousehold;
    QLabel *m_termLegend;
    StudentPrivacyPanel *m_privacy;  // consent, who viewed this, subject-access export
    StudentScreeningPanel *m_screening;  // screening history; attendance, grades, behaviour entry
    StudentRiskPanel *m_risk;  // risk levels, reasons and timeline (ui/risk)
    QHash<QString, QLabel *> m_values;  // value labels by key, e.g. "birthDate"
    QHash<QString, QLabel *> m_captions;
};

} // namespace care::ui
