#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace care::ui {

class AppContext;
class DayEdit;

// Administration → "Break-the-glass log…" (review_access_grants): who
// opened which record outside their scope, why, and until when, since a
// chosen date. Directors see their school's students; administrators all.
class AccessGrantLogDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kDefaultDays = 30;

    explicit AccessGrantLogDialog(AppContext &context, QWidget *parent = nullptr);

    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppContext &m_context;
    QLabel *m_sinceCaption;
    DayEdit *m_since;
    QPushButton *m_show;
    QLabel *m_message;
    QTableWidget *m_table;
};

} // namespace care::ui
