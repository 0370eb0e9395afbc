#include "privacy/dayedit.h"

#include "locale/dates.h"

#include <QEvent>

namespace care::ui {

DayEdit::DayEdit(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textChanged, this, &DayEdit::updateHint);
    retranslateUi();
}

void DayEdit::setDate(const QDate &date)
{
    setText(date.isValid() ? formatDate(date, DateStyle::Numeric) : QString());
}

Result<QDate> DayEdit::date(const QString &field) const
{
    if (text().trimmed().isEmpty())
        return QDate();
    auto parsed = parseDate(text());
    if (!parsed)
        return Error{parsed.error().message, field, text()};
    return parsed;
}

void DayEdit::updateHint()
{
    auto parsed = date();
    m_lastRead = parsed ? parsed.value() : QDate();
    QPalette colours = palette();
    colours.setColor(QPalette::Text, parsed ? QPalette().color(QPalette::Text) : QColor(Qt::darkRed));
    setPalette(colours);
    if (!parsed)
        setToolTip(parsed.error().message);
    else
        setToolTip(parsed->isValid() ? formatDate(parsed.value(), DateStyle::Long) : QString());
}

void DayEdit::retranslateUi()
{
    setPlaceholderText(tr("day/month/year"));
    updateHint();
}

void DayEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The same day in the new language's era (BE in Thai, CE in English);
        // the text is not read again, as its bare year meant the old era.
        if (m_lastRead.isValid())
            setDate(m_lastRead);
        retranslateUi();
    }
    QLineEdit::changeEvent(event);
}

} // namespace care::ui
