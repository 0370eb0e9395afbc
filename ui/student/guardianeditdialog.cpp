#include "student/guardianeditdialog.h"

#include "domain/validation.h"
#include "student/enumcombo.h"
#include "student/formsection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

GuardianEditDialog::GuardianEditDialog(QWidget *parent)
    : QDialog(parent), m_section(new FormSection(this)), m_relation(new QComboBox(this)),
      m_prefix(new QComboBox(this)), m_firstName(new QLineEdit(this)), m_lastName(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_occupation(new QLineEdit(this)), m_primary(new QCheckBox(this)),
      m_livesWith(new QCheckBox(this)), m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_prefix->setEditable(true);
    // Adult name prefixes, written in Thai on every form (data, not UI text).
    m_prefix->addItems({QStringLiteral("นาย"), QStringLiteral("นาง"), QStringLiteral("นางสาว")});
    m_prefix->setCurrentIndex(-1);
    m_phone->setMaxLength(20);
    m_phone->setPlaceholderText(QStringLiteral("081-234-5678"));
    m_livesWith->setChecked(true);
    m_section->setFlat(true);

    auto *form = new QFormLayout(m_section);
    m_section->addRow(form, QStringLiteral("relation"), m_relation);
    m_section->addRow(form, QStringLiteral("prefix"), m_prefix);
    m_section->addRow(form, QStringLiteral("firstName"), m_firstName);
    m_section->addRow(form, QStringLiteral("lastName"), m_lastName);
    m_section->addRow(form, QStringLiteral("phone"), m_phone);
    m_section->addRow(form, QStringLiteral("occupation"), m_occupation);
    form->addRow(QString(), m_primary);
    form->addRow(QString(), m_livesWith);

    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_section);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_section, &FormSection::edited, this, &GuardianEditDialog::revalidate);
    fillEnumCombo<GuardianRelation>(m_relation);
    retranslateUi();
    revalidate();
    setMinimumWidth(420);
}

void GuardianEditDialog::setLink(const GuardianLink &link, bool existing)
{
    m_link = link;
    m_existing = existing;
    selectEnum(m_relation, link.relation);
    m_prefix->setCurrentText(link.guardian.prefix);
    m_firstName->setText(link.guardian.firstName);
    m_lastName->setText(link.guardian.lastName);
    m_phone->setText(link.guardian.phone);
    m_occupation->setText(link.guardian.occupation);
    m_primary->setChecked(link.isPrimary);
    m_livesWith->setChecked(link.livesWithStudent);
    if (existing)
        m_section->markAllTouched();
    retranslateUi();
    revalidate();
}

GuardianLink GuardianEditDialog::link() const
{
    GuardianLink out = m_link;
    out.relation = selectedEnum(m_relation, GuardianRelation::Other);
    out.guardian.prefix = m_prefix->currentText().trimmed();
    out.guardian.firstName = m_firstName->text().trimmed();
    out.guardian.lastName = m_lastName->text().trimmed();
    out.guardian.phone = m_phone->text().trimmed();
    out.guardian.occupation = m_occupation->text().trimmed();
    out.isPrimary = m_primary->isChecked();
    out.livesWithStudent = m_livesWith->isChecked();
    return out;
}

void GuardianEditDialog::revalidate()
{
    const QList<Error> errors = validateGuardian(link().guardian);
    const QList<Error> unplaced = m_section->showErrors(errors);
    QStringList hints = m_section->pendingFields();
    for (const Error &e : unplaced)
        hints << e.message;
    m_hint->setText(hints.isEmpty() ? QString() : tr("Still needed: %1").arg(hints.join(tr(", "))));
    m_hint->setVisible(!hints.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
    // Grow when messages appear: wrapped lines need height the window's
    // minimum size does not account for.
    if (isVisible()) {
        const int needed = layout()->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

QString GuardianEditDialog::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
            {QStringLiteral("relation"), QT_TR_NOOP("&Relation to the student")},
            {QStringLiteral("prefix"), QT_TR_NOOP("&Prefix")},
            {QStringLiteral("firstName"), QT_TR_NOOP("&First name")},
            {QStringLiteral("lastName"), QT_TR_NOOP("&Last name")},
            {QStringLiteral("phone"), QT_TR_NOOP("P&hone")},
            {QStringLiteral("occupation"), QT_TR_NOOP("&Occupation")},
            {QStringLiteral("isPrimary"), QT_TR_NOOP("Primary &contact for the school")},
            {QStringLiteral("livesWithStudent"), QT_TR_NOOP("Li&ves with the student")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : QString();
}

void GuardianEditDialog::retranslateUi()
{
    setWindowTitle(m_existing ? tr("Edit guardian") : tr("Add guardian"));
    for (const char *field : {"relation", "prefix", "firstName", "lastName", "phone", "occupation"})
        m_section->setRowLabel(QLatin1String(field), fieldLabel(QLatin1String(field)));
    m_primary->setText(fieldLabel(QStringLiteral("isPrimary")));
    m_livesWith->setText(fieldLabel(QStringLiteral("livesWithStudent")));
    fillEnumCombo<GuardianRelation>(m_relation);
}

void GuardianEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate();
    }
    QDialog::changeEvent(event);
}

} // namespace care::ui
