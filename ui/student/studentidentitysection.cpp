#include "student/studentidentitysection.h"

#include "domain/validation.h"
#include "services/studentservice.h"
#include "student/birthdateedit.h"
#include "student/enumcombo.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>

namespace care::ui {

namespace {
// Name prefixes are data written in Thai on every school form, not UI text.
const QStringList kMalePrefixes{QStringLiteral("ด.ช."), QStringLiteral("นาย")};
const QStringList kFemalePrefixes{QStringLiteral("ด.ญ."), QStringLiteral("นางสาว")};
} // namespace

StudentIdentitySection::StudentIdentitySection(const Clock &clock, QWidget *parent)
    : FormSection(parent), m_idKind(new QComboBox(this)), m_citizenId(new QLineEdit(this)),
      m_prefix(new QComboBox(this)), m_firstNameTh(new QLineEdit(this)), m_lastNameTh(new QLineEdit(this)),
      m_firstNameEn(new QLineEdit(this)), m_lastNameEn(new QLineEdit(this)), m_nickname(new QLineEdit(this)),
      m_birthDate(new BirthDateEdit(clock, this)), m_sex(new QComboBox(this)),
      m_sexLabel(new QLabel(this))
{
    m_prefix->setEditable(true);
    m_prefix->addItems({kMalePrefixes.at(0), kFemalePrefixes.at(0), kMalePrefixes.at(1), kFemalePrefixes.at(1)});
    m_prefix->setCurrentIndex(-1);
    m_citizenId->setMaxLength(20);
    m_citizenId->setPlaceholderText(QStringLiteral("1-2345-67890-12-3"));
    for (QLineEdit *name : {m_firstNameTh, m_lastNameTh, m_firstNameEn, m_lastNameEn, m_nickname})
        name->setMaxLength(100);

    // Connected before addRow() watches the inputs, so the ID type follows
    // the number before the record is validated again.
    connect(m_idKind, &QComboBox::activated, this, &StudentIdentitySection::onIdKindChosen);
    connect(m_citizenId, &QLineEdit::textEdited, this, &StudentIdentitySection::onIdEdited);
    connect(m_prefix, &QComboBox::activated, this, &StudentIdentitySection::onPrefixChosen);
    connect(m_sex, &QComboBox::activated, this, [this] { noteEdit(QStringLiteral("sex")); });

    auto *form = new QFormLayout(this);
    addRow(form, QStringLiteral("idKind"), m_idKind);
    addRow(form, QStringLiteral("citizenId"), m_citizenId);
    // Prefix and sex share a row: the prefix (ด.ช., ด.ญ.) usually decides the sex.
    auto *prefixAndSex = new QWidget(this);
    auto *row = new QHBoxLayout(prefixAndSex);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_prefix, 1);
    row->addWidget(m_sexLabel);
    row->addWidget(m_sex, 1);
    m_sex->setObjectName(QStringLiteral("sex"));
    m_sexLabel->setBuddy(m_sex);
    addRow(form, QStringLiteral("prefix"), m_prefix, prefixAndSex);
    addRow(form, QStringLiteral("firstNameTh"), m_firstNameTh);
    addRow(form, QStringLiteral("lastNameTh"), m_lastNameTh);
    addRow(form, QStringLiteral("firstNameEn"), m_firstNameEn);
    addRow(form, QStringLiteral("lastNameEn"), m_lastNameEn);
    addRow(form, QStringLiteral("nickname"), m_nickname);
    addRow(form, QStringLiteral("birthDate"), m_birthDate);

    retranslateUi();
}

void StudentIdentitySection::onIdKindChosen()
{
    const bool none = selectedEnum(m_idKind, IdKind::None) == IdKind::None;
    if (none)
        m_citizenId->clear();
    m_citizenId->setEnabled(!none);
}

void StudentIdentitySection::onIdEdited()
{
    // The number says which kind it is; follow it so nobody has to switch.
    const QString id = normalizeCitizenId(m_citizenId->text());
    if (id.isEmpty())
        return;
    const IdKind kind = id.startsWith(QLatin1Char('G')) ? IdKind::GCode : IdKind::NationalId;
    if (selectedEnum(m_idKind, IdKind::None) != kind)
        selectEnum(m_idKind, kind);
}

void StudentIdentitySection::onPrefixChosen()
{
    const QString prefix = m_prefix->currentText();
    if (kMalePrefixes.contains(prefix))
        selectEnum(m_sex, Sex::Male);
    else if (kFemalePrefixes.contains(prefix))
        selectEnum(m_sex, Sex::Female);
}

void StudentIdentitySection::load(const StudentRecord &record)
{
    const Loading loading(*this);
    const Student &s = record.student;
    selectEnum(m_idKind, s.idKind);
    m_citizenId->setText(formatCitizenId(s.citizenId));
    m_citizenId->setEnabled(s.idKind != IdKind::None);
    m_prefix->setCurrentText(s.prefix);
    m_firstNameTh->setText(s.firstNameTh);
    m_lastNameTh->setText(s.lastNameTh);
    m_firstNameEn->setText(s.firstNameEn);
    m_lastNameEn->setText(s.lastNameEn);
    m_nickname->setText(s.nickname);
    m_birthDate->setDate(s.birthDate);
    selectEnum(m_sex, s.sex);
}

void StudentIdentitySection::apply(StudentRecord &record) const
{
    Student &s = record.student;
    s.idKind = selectedEnum(m_idKind, IdKind::NationalId);
    s.citizenId = normalizeCitizenId(m_citizenId->text().trimmed());
    s.prefix = m_prefix->currentText().trimmed();
    s.firstNameTh = m_firstNameTh->text().trimmed();
    s.lastNameTh = m_lastNameTh->text().trimmed();
    s.firstNameEn = m_firstNameEn->text().trimmed();
    s.lastNameEn = m_lastNameEn->text().trimmed();
    s.nickname = m_nickname->text().trimmed();
    const auto birth = m_birthDate->date();
    s.birthDate = birth ? birth.value() : QDate();
    s.sex = selectedEnum(m_sex, Sex::Male);
}

QList<Error> StudentIdentitySection::inputErrors() const
{
    if (auto birth = m_birthDate->date(); !birth)
        return {birth.error()};
    return {};
}

QString StudentIdentitySection::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
            {QStringLiteral("idKind"), QT_TR_NOOP("ID &type")},
            {QStringLiteral("citizenId"), QT_TR_NOOP("&ID number")},
            {QStringLiteral("prefix"), QT_TR_NOOP("&Prefix")},
            {QStringLiteral("firstNameTh"), QT_TR_NOOP("&First name (Thai)")},
            {QStringLiteral("lastNameTh"), QT_TR_NOOP("&Last name (Thai)")},
            {QStringLiteral("firstNameEn"), QT_TR_NOOP("First name (&English)")},
            {QStringLiteral("lastNameEn"), QT_TR_NOOP("Last name (En&glish)")},
            {QStringLiteral("nickname"), QT_TR_NOOP("Nic&kname")},
            {QStringLiteral("birthDate"), QT_TR_NOOP("&Birth date")},
            {QStringLiteral("sex"), QT_TR_NOOP("Se&x")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : QString();
}

void StudentIdentitySection::retranslateUi()
{
    setTitle(tr("Student"));
    for (const char *field : {"idKind", "citizenId", "prefix", "firstNameTh", "lastNameTh", "firstNameEn", "lastNameEn",
                              "nickname", "birthDate"})
        setRowLabel(QLatin1String(field), fieldLabel(QLatin1String(field)));
    m_sexLabel->setText(fieldLabel(QStringLiteral("sex")));
    m_citizenId->setToolTip(tr("13-digit national ID number, or a G-code (G and 12 digits) for a "
                               "student without civil registration"));
    fillEnumCombo<IdKind>(m_idKind);
    fillEnumCombo<Sex>(m_sex);
}

void StudentIdentitySection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    FormSection::changeEvent(event);
}

} // namespace care::ui
