#include "student/studentprofileview.h"

#include "app/appcontext.h"
#include "domain/validation.h"
#include "locale/dates.h"
#include "privacy/studentprivacypanel.h"
#include "risk/studentriskpanel.h"
#include "screening/studentscreeningpanel.h"
#include "student/moneytext.h"
#include "student/profiletables.h"
#include "security/accesscontrol.h"
#include "util/clock.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace care::ui {

namespace {
const QStringList kIdentityKeys{QStringLiteral("citizenId"), QStringLiteral("studentNumber"),
                                QStringLiteral("birthDate"), QStringLiteral("sex"), QStringLiteral("status"),
                                QStringLiteral("school"), QStringLiteral("address")};
const QStringList kHouseholdKeys{QStringLiteral("memberCount"), QStringLiteral("monthlyIncome"),
                                 QStringLiteral("incomePerPerson"), QStringLiteral("livingArrangement")};
// A value up to about this many characters wide stays on one line; a longer
// one (an address) wraps in that width, Thai at word boundaries.
constexpr int kOneLineChars = 26;

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}
} // namespace

StudentProfileView::StudentProfileView(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_name(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_edit(new QPushButton(this)), m_message(mutedLabel(this)), m_body(new QWidget), m_scroll(new QScrollArea(this)),
      m_identityBox(new QGroupBox(m_body)), m_householdBox(new QGroupBox(m_body)),
      m_guardianBox(new QGroupBox(m_body)), m_enrollmentBox(new QGroupBox(m_body)), m_termBox(new QGroupBox(m_body)),
      m_guardians(ProfileTables::makeTable(ProfileTables::guardianColumns(), m_guardianBox)),
      m_enrollments(ProfileTables::makeTable(ProfileTables::enrollmentColumns(), m_enrollmentBox)),
      m_terms(ProfileTables::makeTable(ProfileTables::termColumns(), m_termBox)),
      m_noGuardians(mutedLabel(m_guardianBox)), m_noEnrollments(mutedLabel(m_enrollmentBox)),
      m_noTerms(mutedLabel(m_termBox)), m_noHousehold(mutedLabel(m_householdBox)), m_termLegend(mutedLabel(m_termBox)),
      m_privacy(new StudentPrivacyPanel(context, m_body)), m_screening(new StudentScreeningPanel(context, m_body)),
      m_risk(new StudentRiskPanel(context, m_body))
{
    m_name->setObjectName(QStringLiteral("studentName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_edit->setObjectName(QStringLiteral("editStudent"));
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_studentId); });

    auto *header = new QHBoxLayout;
    auto *names = new QVBoxLayout;
    names->addWidget(m_name);
    names->addWidget(m_subtitle);
    header->addLayout(names, 1);
    header->addWidget(m_privacy->exportButton(), 0, Qt::AlignTop);
    header->addWidget(m_edit, 0, Qt::AlignTop);

    addValues(new QGridLayout(m_identityBox), kIdentityKeys);
    auto *householdLayout = new QVBoxLayout(m_householdBox);
    auto *householdGrid = new QGridLayout;
    householdLayout->addWidget(m_noHousehold);
    householdLayout->addLayout(householdGrid);
    householdLayout->addStretch();
    addValues(householdGrid, kHouseholdKeys);

    m_top = new QBoxLayout(QBoxLayout::LeftToRight);
    m_top->addWidget(m_identityBox, 3);
    m_top->addWidget(m_householdBox, 2);
    for (auto [box, table, empty] : {std::tuple{m_guardianBox, m_guardians, m_noGuardians},
                                     std::tuple{m_enrollmentBox, m_enrollments, m_noEnrollments},
                                     std::tuple{m_termBox, m_terms, m_noTerms}}) {
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(table);
        boxLayout->addWidget(empty);
    }
    m_guardians->setObjectName(QStringLiteral("guardianTable"));
    m_enrollments->setObjectName(QStringLiteral("enrollmentTable"));
    m_terms->setObjectName(QStringLiteral("termTable"));
    m_termBox->layout()->addWidget(m_termLegend);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->addLayout(m_top);
    bodyLayout->addWidget(m_guardianBox);
    bodyLayout->addWidget(m_enrollmentBox);
    bodyLayout->addWidget(m_termBox);
    bodyLayout->addWidget(m_risk);
    bodyLayout->addWidget(m_screening);
    bodyLayout->addWidget(m_privacy);
    bodyLayout->addStretch();
    m_scroll->setWidget(m_body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->installEventFilter(this);  // its width decides how the top boxes stand

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);

    connect(&m_context, &AppContext::studentChanged, this, [this](const QString &id) {
        if (!m_studentId.isEmpty() && id == m_studentId)
            reload();
    });
    retranslateUi();
    clear();
}

void StudentProfileView::addValues(QGridLayout *grid, const QStringList &keys)
{
    // A grid, not a QFormLayout: that one may keep row heights measured at
    // another width and cut a wrapped value off when the boxes rearrange.
    for (int row = 0; row < keys.size(); ++row) {
        auto *caption = new QLabel(this);
        auto *value = new QLabel(this);
        value->setObjectName(keys.at(row) + QStringLiteral("Value"));
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(caption, row, 0, Qt::AlignLeft | Qt::AlignTop);
        grid->addWidget(value, row, 1, Qt::AlignTop);
        m_captions.insert(keys.at(row), caption);
        m_values.insert(keys.at(row), value);
    }
    grid->setColumnStretch(1, 1);
}

void StudentProfileView::setValue(const QString &key, const QString &text)
{
    QLabel *label = m_values.value(key);
    if (!label)
        return;
    label->setText(text.isEmpty() ? tr("–") : text);
    const QFontMetrics metrics = label->fontMetrics();
    label->setMinimumWidth(
            std::min(metrics.horizontalAdvance(label->text()) + 1, metrics.averageCharWidth() * kOneLineChars));
}

void StudentProfileView::arrangeTopBoxes()
{
    // Side by side when both boxes fit with their short values on one line,
    // else the household below the student, each the full width.
    const QMargins margins = m_body->layout()->contentsMargins();
    const int available
            = m_scroll->width() - m_scroll->verticalScrollBar()->sizeHint().width() - margins.left() - margins.right();
    const int needed = m_identityBox->minimumSizeHint().width() + std::max(0, m_top->spacing())
            + m_householdBox->minimumSizeHint().width();
    m_top->setDirection(available >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

bool StudentProfileView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll && event->type() == QEvent::Resize)
        arrangeTopBoxes();
    return QWidget::eventFilter(watched, event);
}

void StudentProfileView::showStudent(const QString &studentId)
{
    m_studentId = studentId;
    reload();
}

void StudentProfileView::clear()
{
    m_studentId.clear();
    showMessage(tr("Choose a student to see their record."));
}

void StudentProfileView::showMessage(const QString &message)
{
    m_name->clear();
    m_subtitle->clear();
    m_edit->hide();
    m_privacy->clear();
    m_screening->clear();
    m_risk->clear();
    m_scroll->hide();
    m_message->setText(message);
    m_message->show();
}

void StudentProfileView::reload()
{
    if (m_studentId.isEmpty())
        return clear();
    auto profile = m_context.students().profile(m_context.session(), m_studentId);
    if (!profile)
        return showMessage(tr("This student's record could not be shown: %1").arg(profile.error().message));
    render(profile.value());
}

void StudentProfileView::render(const StudentProfile &p)
{
    const Student &s = p.student;
    m_message->hide();
    // Only what core would allow: the profile came without the family if
    // the session may not view it, and Edit saves only what it may change.
    const AccessControl access(m_context.database(), m_context.clock());
    const Session &session = m_context.session();
    const bool familyShown = access.viewableSections(session, s.id).contains(Section::Family);
    m_householdBox->setVisible(familyShown);
    m_guardianBox->setVisible(familyShown);
    m_edit->setVisible(access.check(session, Action::Update, Section::Identity, s.id).ok()
                       || access.check(session, Action::Update, Section::Family, s.id).ok());
    m_scroll->show();
    m_name->setText(s.displayName());
    QStringList subtitle;
    if (!s.fullNameEn().isEmpty() && s.fullNameEn() != s.displayName())
        subtitle << s.fullNameEn();
    if (!s.nickname.isEmpty())
        subtitle << tr("Nickname: %1").arg(s.nickname);
    if (!p.enrollments.isEmpty())
        subtitle << classroomName(p.enrollments.first().grade, p.enrollments.first().room);
    m_subtitle->setText(subtitle.join(QStringLiteral("  ·  ")));
    m_subtitle->setVisible(!subtitle.isEmpty());

    setValue(QStringLiteral("citizenId"),
             s.idKind == IdKind::None ? label(IdKind::None)
                                      : tr("%1 (%2)").arg(formatCitizenId(s.citizenId), label(s.idKind)));
    setValue(QStringLiteral("studentNumber"), s.studentNumber);
    const int age = ageOn(s.birthDate, m_context.clock().today());
    setValue(QStringLiteral("birthDate"),
             s.birthDate.isValid() ? tr("%1 (%n years old)", nullptr, age).arg(formatDate(s.birthDate, DateStyle::Long))
                                   : QString());
    setValue(QStringLiteral("sex"), label(s.sex));
    setValue(QStringLiteral("status"), label(s.status));
    setValue(QStringLiteral("school"), p.school.nameTh.isEmpty() ? p.school.nameEn : p.school.nameTh);
    setValue(QStringLiteral("address"), s.address.oneLine());

    m_noHousehold->setVisible(!p.household);
    for (const QString &key : kHouseholdKeys) {
        m_captions.value(key)->setVisible(p.household.has_value());
        m_values.value(key)->setVisible(p.household.has_value());
    }
    if (const auto &h = p.household) {
        setValue(QStringLiteral("memberCount"), tr("%n people", nullptr, h->memberCount));
        setValue(QStringLiteral("monthlyIncome"), h->monthlyIncomeBaht ? formatBaht(*h->monthlyIncomeBaht) : QString());
        const auto perPerson = h->incomePerPersonBaht();
        setValue(QStringLiteral("incomePerPerson"), perPerson ? formatBaht(*perPerson) : QString());
        setValue(QStringLiteral("livingArrangement"), label(h->livingArrangement));
    }

    ProfileTables::fillGuardians(m_guardians, p.guardians);
    ProfileTables::fillEnrollments(m_enrollments, p.enrollments);
    ProfileTables::fillTerms(m_terms, p.terms);
    m_guardians->setVisible(!p.guardians.isEmpty());
    m_noGuardians->setVisible(p.guardians.isEmpty());
    m_enrollments->setVisible(!p.enrollments.isEmpty());
    m_noEnrollments->setVisible(p.enrollments.isEmpty());
    m_terms->setVisible(!p.terms.isEmpty());
    m_noTerms->setVisible(p.terms.isEmpty());
    m_termLegend->setVisible(!p.terms.isEmpty());
    arrangeTopBoxes();  // the values' widths changed
    m_privacy->showStudent(s.id, p.guardians);
    m_screening->showStudent(s.id);
    m_risk->showStudent(s.id);
}

void StudentProfileView::retranslateUi()
{
    m_edit->setText(tr("&Edit…"));
    m_identityBox->setTitle(tr("Student"));
    m_householdBox->setTitle(tr("Household"));
    m_guardianBox->setTitle(tr("Guardians"));
    m_enrollmentBox->setTitle(tr("Enrollment history"));
    m_termBox->setTitle(tr("Attendance and grades"));
    const QHash<QString, QString> captions{
        {QStringLiteral("citizenId"), tr("ID number")},
        {QStringLiteral("studentNumber"), tr("Student number")},
        {QStringLiteral("birthDate"), tr("Birth date")},
        {QStringLiteral("sex"), tr("Sex")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("school"), tr("School")},
        {QStringLiteral("address"), tr("Address")},
        {QStringLiteral("memberCount"), tr("Members")},
        {QStringLiteral("monthlyIncome"), tr("Monthly income")},
        {QStringLiteral("incomePerPerson"), tr("Per person a month")},
        {QStringLiteral("livingArrangement"), tr("Lives with")}};
    for (auto it = captions.begin(); it != captions.end(); ++it)
        m_captions.value(it.key())->setText(it.value());
    m_noGuardians->setText(tr("No guardians recorded."));
    m_noEnrollments->setText(tr("Not enrolled in any class yet."));
    m_noTerms->setText(tr("No attendance or grades recorded yet."));
    m_noHousehold->setText(tr("No household information recorded."));
    m_termLegend->setText(tr("Highlighted: absence of 10% or more of enrolled days, and any 0, ร or มส mark."));
}

void StudentProfileView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_studentId.isEmpty())
            clear();
        else
            reload();  // dates, numbers and labels follow the language
    }
    QWidget::changeEvent(event);
}

} // namespace care::ui
