#include "student/birthdateedit.h"

#include "locale/dates.h"
#include "util/clock.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace care::ui {

BirthDateEdit::BirthDateEdit(const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_edit(new QLineEdit(this)), m_echo(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_echo);
    m_edit->setObjectName(QStringLiteral("birthDateText"));
    m_echo->setObjectName(QStringLiteral("birthDateEcho"));
    m_echo->setTextFormat(Qt::PlainText);
    m_echo->setForegroundRole(QPalette::PlaceholderText);
    m_echo->hide();
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        updateEcho();
        emit edited();
    });
    retranslateUi();
}

void BirthDateEdit::setDate(const QDate &date)
{
    m_edit->setText(formatDate(date, DateStyle::Numeric));
    updateEcho();
}

Result<QDate> BirthDateEdit::date() const
{
    if (m_edit->text().trimmed().isEmpty())
        return QDate();
    auto parsed = parseDate(m_edit->text());
    if (!parsed)
        return Error{parsed.error().message, QStringLiteral("birthDate"), {}};
    return parsed;
}

void BirthDateEdit::updateEcho()
{
    auto parsed = date();
    if (!parsed || !parsed->isValid()) {
        m_echo->hide();
        return;
    }
    const int age = ageOn(parsed.value(), m_clock.today());
    m_echo->setText(tr("%1 (%n years old)", nullptr, age).arg(formatDate(parsed.value(), DateStyle::Long)));
    m_echo->show();
}

void BirthDateEdit::retranslateUi()
{
    m_edit->setPlaceholderText(tr("day/month/year, e.g. %1")
                                   .arg(formatDate(QDate(2016, 3, 12), DateStyle::Numeric)));
}

void BirthDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Show the date in the new language's era (BE in Thai, CE in English).
        if (auto parsed = date(); parsed && parsed->isValid())
            m_edit->setText(formatDate(parsed.value(), DateStyle::Numeric));
        retranslateUi();
        updateEcho();
    }
    QWidget::changeEvent(event);
}

} // namespace care::ui
