#pragma once

#include "services/auditservice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace care::ui {

class AppContext;
class DayEdit;

// The audit viewer's filters: user, student (typed ID, student number or
// name), action and a date range in the user's calendar. The student is
// looked up when the filter is applied; when a name matches several
// students, a list to choose from appears.
class AuditFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit AuditFilterBar(AppContext &context, QWidget *parent = nullptr);

    // The filter as set (limit and paging left to the caller); an error
    // naming what cannot be read or found.
    Result<AuditFilter> filter();

signals:
    void applyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    Result<QString> resolveStudent();
    void fillUsers();
    void fillActions();
    void clearFilters();
    void retranslateUi();

    AppContext &m_context;
    QLabel *m_userCaption;
    QComboBox *m_user;
    QLabel *m_studentCaption;
    QLineEdit *m_student;
    QComboBox *m_studentMatches;
    QLabel *m_actionCaption;
    QComboBox *m_action;
    QLabel *m_fromCaption;
    DayEdit *m_from;
    QLabel *m_toCaption;
    DayEdit *m_to;
    QPushButton *m_apply;
    QPushButton *m_clear;
    QString m_matchedText;  // the student text the match list was made for
};

} // namespace care::ui
