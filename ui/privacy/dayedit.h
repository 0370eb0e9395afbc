#pragma once

#include "util/result.h"

#include <QDate>
#include <QLineEdit>

namespace care::ui {

// A calendar date typed as people write it ("12/3/2568", "12 มี.ค. 2568"),
// read and shown by the locale module (Buddhist Era in Thai). A date that
// cannot be read is marked and its tooltip says why; the long form of a
// good one is the tooltip, so a wrong year is noticed.
class DayEdit : public QLineEdit {
    Q_OBJECT
public:
    explicit DayEdit(QWidget *parent = nullptr);

    void setDate(const QDate &date);
    // The date typed; an invalid QDate when empty; an error naming `field`
    // when the text is not a date.
    Result<QDate> date(const QString &field = {}) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHint();
    void retranslateUi();

    QDate m_lastRead;  // the last date the text was read as, in the language of then
};

} // namespace care::ui
