#pragma once

#include <QGroupBox>

class QLabel;
class QTableWidget;

namespace care::ui {

class AppContext;

// "Who viewed this": the views of one student's sensitive sections, newest
// first — who, when, which section and, for access outside their scope,
// the reason they gave. Hidden from users core would not show it to.
class StudentViewsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit StudentViewsBox(AppContext &context, QWidget *parent = nullptr);

    void showStudent(const QString &studentId);
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();

    AppContext &m_context;
    QString m_studentId;
    QTableWidget *m_table;
    QLabel *m_empty;
};

} // namespace care::ui
