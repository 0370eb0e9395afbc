#include "student/formsection.h"

#include "student/birthdateedit.h"

#include <QAbstractButton>
#include <QBoxLayout>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace care::ui {

namespace {
const char kErrorColour[] = "#b3261e";
}

void setInvalid(QWidget *input, bool invalid)
{
    if (!input || input->property("invalid").toBool() == invalid)
        return;
    input->setProperty("invalid", invalid);
    // The selector keeps the border on the input itself, not on its children
    // (a combo box's popup list, a spin box's inner line edit).
    input->setStyleSheet(invalid ? QStringLiteral("*[invalid=\"true\"] { border: 1px solid %1; "
                                                  "border-radius: 3px; padding: 2px; }")
                                       .arg(QLatin1String(kErrorColour))
                                 : QString());
}

QString plainLabel(QString label)
{
    static const QRegularExpression bracketedMnemonic(QStringLiteral("\\s*\\(&.\\)"));
    label.remove(bracketedMnemonic);
    label.remove(QLatin1Char('&'));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}

QLabel *makeErrorLabel(const QString &field, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // A message wraps to the width of its field; it must not widen the form.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kErrorColour)));
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    label->hide();
    return label;
}

FormSection::FormSection(QWidget *parent) : QGroupBox(parent) {}

QWidget *FormSection::makeCell(Row &r, QWidget *shown)
{
    if (r.input->objectName().isEmpty())
        r.input->setObjectName(r.field);
    auto *cell = new QWidget(this);
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(shown ? shown : r.input);
    r.error = makeErrorLabel(r.field, cell);
    box->addWidget(r.error);
    return cell;
}

void FormSection::addRow(QFormLayout *layout, const QString &field, QWidget *input, QWidget *shown)
{
    Row r{field, new QLabel(this), input, nullptr, false};
    QWidget *cell = makeCell(r, shown);
    r.label->setBuddy(input);
    layout->addRow(r.label, cell);
    m_rows << r;
    watch(field, input);
}

void FormSection::addWideRow(QBoxLayout *layout, const QString &field, QWidget *input)
{
    Row r{field, nullptr, input, nullptr, false};
    layout->addWidget(makeCell(r, nullptr));
    m_rows << r;
    watch(field, input);
}

void FormSection::watch(const QString &field, QWidget *input)
{
    auto note = [this, field] { noteEdit(field); };
    if (auto *edit = qobject_cast<QLineEdit *>(input)) {
        connect(edit, &QLineEdit::textEdited, this, note);
    } else if (auto *combo = qobject_cast<QComboBox *>(input)) {
        connect(combo, &QComboBox::activated, this, note);
        if (combo->isEditable())
            connect(combo->lineEdit(), &QLineEdit::textEdited, this, note);
    } else if (auto *spin = qobject_cast<QSpinBox *>(input)) {
        connect(spin, &QSpinBox::valueChanged, this, note);
    } else if (auto *date = qobject_cast<BirthDateEdit *>(input)) {
        connect(date, &BirthDateEdit::edited, this, note);
    } else if (auto *button = qobject_cast<QAbstractButton *>(input)) {
        connect(button, &QAbstractButton::toggled, this, note);
    }
}

FormSection::Row *FormSection::row(const QString &field)
{
    for (Row &r : m_rows)
        if (r.field == field)
            return &r;
    return nullptr;
}

void FormSection::setRowLabel(const QString &field, const QString &text)
{
    if (Row *r = row(field); r && r->label)
        r->label->setText(text);
}

void FormSection::setRowVisible(const QString &field, bool visible)
{
    if (Row *r = row(field)) {
        if (r->label)
            r->label->setVisible(visible);
        r->error->parentWidget()->setVisible(visible);
    }
}

void FormSection::noteEdit(const QString &field)
{
    if (m_loading)
        return;
    if (Row *r = row(field))
        r->touched = true;
    emit edited();
}

void FormSection::markAllTouched()
{
    for (Row &r : m_rows)
        r.touched = true;
}

void FormSection::showRowError(const QString &field, const QString &message)
{
    Row *r = row(field);
    if (!r)
        return;
    QWidget *target = r->input;
    if (auto *date = qobject_cast<BirthDateEdit *>(target))
        target = date->lineEdit();
    setInvalid(target, !message.isEmpty());
    r->error->setText(message);
    r->error->setVisible(!message.isEmpty());
}

QList<Error> FormSection::showErrors(const QList<Error> &errors)
{
    QList<Error> others;
    QHash<QString, QStringList> messages;
    for (const Error &e : errors) {
        // Errors about a guardian carry a location ("guardian 2"); they
        // belong to the guardian list even when the field name matches ours.
        if (e.location.isEmpty() && row(e.field))
            messages[e.field] << e.message;
        else
            others << e;
    }
    m_pending.clear();
    for (Row &r : m_rows) {
        const QStringList list = messages.value(r.field);
        if (!list.isEmpty() && !r.touched) {
            m_pending << plainLabel(r.label ? r.label->text() : title());
        }
        showRowError(r.field, r.touched ? list.join(QLatin1Char('\n')) : QString());
    }
    return others;
}

} // namespace care::ui
