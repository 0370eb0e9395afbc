#pragma once

#include "services/accessgrantservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace care::ui {

class AppContext;

// Students → "Open a record outside my scope…" (break-the-glass): the
// student's national ID or student number and a reason of at least ten
// characters; warns that the access is logged and for how long it lasts.
// On success the grant is kept and the dialog accepted: the caller opens
// the profile of grant().studentId.
class BreakGlassDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMinimumReasonLength = 10;  // as AccessGrantService requires

    explicit BreakGlassDialog(AppContext &context, QWidget *parent = nullptr);

    const AccessGrant &grant() const { return m_grant; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void openRecord();
    void showError(const QString &message);
    void retranslateUi();

    AppContext &m_context;
    AccessGrant m_grant;
    QLabel *m_intro;
    QLabel *m_studentCaption;
    QLineEdit *m_student;
    QLabel *m_reasonCaption;
    QPlainTextEdit *m_reason;
    QLabel *m_warning;
    QLabel *m_error;
    QPushButton *m_open;
    QPushButton *m_cancel;
};

} // namespace care::ui
