#include "screening/fielderrors.h"

#include "security/fieldcell.h"
#include "student/formsection.h"

#include <QLabel>

namespace care::ui {

QWidget *FieldErrors::cell(const QString &field, QWidget *input, QWidget *shown)
{
    if (input->objectName().isEmpty())
        input->setObjectName(field);
    QLabel *label = makeErrorLabel(field, m_owner);
    m_fields.insert(field, Field{input, label});
    return makeFieldCell(m_owner, shown ? shown : input, label);
}

QString FieldErrors::baseField(const QString &field, int *index)
{
    const qsizetype open = field.indexOf(QLatin1Char('['));
    if (index)
        *index = open > 0 ? field.mid(open + 1, field.size() - open - 2).toInt() : -1;
    return open > 0 ? field.left(open) : field;
}

bool FieldErrors::show(const Error &error)
{
    const auto it = m_fields.constFind(baseField(error.field));
    if (it == m_fields.cend())
        return false;
    showFieldError(it->input, it->label, error.message);
    it->input->setFocus();
    return true;
}

void FieldErrors::clear()
{
    for (const Field &f : std::as_const(m_fields))
        showFieldError(f.input, f.label, QString());
}

QString FieldErrors::message(const QString &field) const
{
    const Field f = m_fields.value(field);
    return f.label && !f.label->isHidden() ? f.label->text() : QString();
}

}  // namespace care::ui
