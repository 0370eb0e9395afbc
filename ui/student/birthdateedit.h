#pragma once

#include "util/result.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace care {
class Clock;
}

namespace care::ui {

// A date typed the way people write it ("12/3/2559", "12 มี.ค. 2559",
// "12 March 2016"), read with the locale module's parseDate (Buddhist Era in
// Thai) and shown back in words with the age, so a wrong year is noticed.
class BirthDateEdit : public QWidget {
    Q_OBJECT
public:
    BirthDateEdit(const Clock &clock, QWidget *parent = nullptr);

    void setDate(const QDate &date);
    // The date typed; an invalid QDate when the field is empty.
    Result<QDate> date() const;
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void edited();  // the user changed the text

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEcho();
    void retranslateUi();

    const Clock &m_clock;
    QLineEdit *m_edit;
    QLabel *m_echo;
};

} // namespace care::ui
