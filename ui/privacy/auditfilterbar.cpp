#include "privacy/auditfilterbar.h"

#include "app/appcontext.h"
#include "locale/collation.h"
#include "privacy/auditlabels.h"
#include "privacy/dayedit.h"
#include "privacy/studentfinder.h"
#include "services/accountservice.h"
#include "services/auditservice.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

namespace care::ui {

AuditFilterBar::AuditFilterBar(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_userCaption(new QLabel(this)), m_user(new QComboBox(this)),
      m_studentCaption(new QLabel(this)), m_student(new QLineEdit(this)), m_studentMatches(new QComboBox(this)),
      m_actionCaption(new QLabel(this)), m_action(new QComboBox(this)), m_fromCaption(new QLabel(this)),
      m_from(new DayEdit(this)), m_toCaption(new QLabel(this)), m_to(new DayEdit(this)),
      m_apply(new QPushButton(this)), m_clear(new QPushButton(this))
{
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_student->setObjectName(QStringLiteral("studentFilter"));
    m_student->setClearButtonEnabled(true);
    m_studentMatches->setObjectName(QStringLiteral("studentMatches"));
    m_studentMatches->hide();
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_apply->setObjectName(QStringLiteral("applyFilter"));
    m_apply->setDefault(true);
    m_clear->setObjectName(QStringLiteral("clearFilter"));
    for (QLabel *caption : {m_userCaption, m_studentCaption, m_actionCaption, m_fromCaption, m_toCaption})
        caption->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_userCaption->setBuddy(m_user);
    m_studentCaption->setBuddy(m_student);
    m_actionCaption->setBuddy(m_action);
    m_fromCaption->setBuddy(m_from);
    m_toCaption->setBuddy(m_to);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_userCaption, 0, 0);
    grid->addWidget(m_user, 0, 1);
    grid->addWidget(m_actionCaption, 0, 2);
    grid->addWidget(m_action, 0, 3);
    grid->addWidget(m_fromCaption, 0, 4);
    grid->addWidget(m_from, 0, 5);
    grid->addWidget(m_toCaption, 0, 6);
    grid->addWidget(m_to, 0, 7);
    grid->addWidget(m_studentCaption, 1, 0);
    grid->addWidget(m_student, 1, 1);
    grid->addWidget(m_studentMatches, 1, 2, 1, 4);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_apply);
    buttons->addWidget(m_clear);
    grid->addLayout(buttons, 1, 6, 1, 2);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 1);
    grid->setColumnStretch(7, 1);

    connect(m_apply, &QPushButton::clicked, this, &AuditFilterBar::applyRequested);
    connect(m_student, &QLineEdit::returnPressed, this, &AuditFilterBar::applyRequested);
    connect(m_from, &QLineEdit::returnPressed, this, &AuditFilterBar::applyRequested);
    connect(m_to, &QLineEdit::returnPressed, this, &AuditFilterBar::applyRequested);
    connect(m_user, &QComboBox::activated, this, &AuditFilterBar::applyRequested);
    connect(m_action, &QComboBox::activated, this, &AuditFilterBar::applyRequested);
    connect(m_studentMatches, &QComboBox::activated, this, &AuditFilterBar::applyRequested);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        clearFilters();
        emit applyRequested();
    });
    fillUsers();
    retranslateUi();
}

void AuditFilterBar::fillUsers()
{
    const QVariant selected = m_user->currentData();
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    // Those who may not list users still filter by everyone, or by nobody else.
    auto users = AccountService(m_context.database(), m_context.clock()).listUsers(m_context.session());
    QList<UserSummary> listed = users ? users.value() : QList<UserSummary>();
    std::sort(listed.begin(), listed.end(), [](const UserSummary &a, const UserSummary &b) {
        return collation::lessThan(a.displayName, b.displayName);
    });
    for (const UserSummary &user : listed)
        m_user->addItem(tr("%1 (%2)").arg(user.displayName, user.username), user.id);
    const int index = m_user->findData(selected);
    m_user->setCurrentIndex(std::max(index, 0));
}

void AuditFilterBar::fillActions()
{
    const QVariant selected = m_action->currentData();
    m_action->clear();
    m_action->addItem(tr("All actions"), QString());
    for (const QString &action : AuditLabels::knownActions())
        m_action->addItem(AuditLabels::action(action), action);
    const int index = m_action->findData(selected);
    m_action->setCurrentIndex(std::max(index, 0));
}

void AuditFilterBar::clearFilters()
{
    m_user->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_student->clear();
    m_studentMatches->clear();
    m_studentMatches->hide();
    m_from->clear();
    m_to->clear();
}

Result<QString> AuditFilterBar::resolveStudent()
{
    const QString text = m_student->text().trimmed();
    if (text.isEmpty()) {
        m_studentMatches->hide();
        return QString();
    }
    // The same text as last time: the student chosen in the list counts.
    if (m_studentMatches->isVisibleTo(this) && text == m_matchedText)
        return m_studentMatches->currentData().toString();
    m_studentMatches->hide();
    m_studentMatches->clear();
    if (auto exact = AuditService(m_context.database(), m_context.clock()).findStudent(m_context.session(), text))
        return exact;
    auto matches = StudentFinder::visibleMatches(m_context, text);
    if (!matches)
        return matches.error();
    if (matches->isEmpty())
        return Error{tr("No student you may see matches “%1”. Enter a national ID number, a student number or "
                        "part of a name.")
                         .arg(text),
                     QStringLiteral("student"), {}};
    if (matches->size() == 1)
        return matches->first().id;
    for (const StudentMatch &match : matches.value())
        m_studentMatches->addItem(match.shownAs, match.id);
    m_matchedText = text;
    m_studentMatches->show();
    return matches->first().id;
}

Result<AuditFilter> AuditFilterBar::filter()
{
    AuditFilter filter;
    filter.userId = m_user->currentData().toString();
    filter.action = m_action->currentData().toString();
    auto from = m_from->date(QStringLiteral("from"));
    if (!from)
        return from.error();
    auto to = m_to->date(QStringLiteral("to"));
    if (!to)
        return to.error();
    filter.from = from.value();
    filter.to = to.value();
    auto student = resolveStudent();
    if (!student)
        return student.error();
    filter.studentId = student.value();
    return filter;
}

void AuditFilterBar::retranslateUi()
{
    m_userCaption->setText(tr("&User"));
    m_studentCaption->setText(tr("&Student"));
    m_student->setPlaceholderText(tr("ID number, student number or name"));
    m_studentMatches->setToolTip(tr("Several students match: choose one."));
    m_actionCaption->setText(tr("&Action"));
    m_fromCaption->setText(tr("&From"));
    m_toCaption->setText(tr("&To"));
    m_apply->setText(tr("&Show"));
    m_clear->setText(tr("C&lear filters"));
    m_user->setItemText(0, tr("All users"));
    fillActions();
}

void AuditFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace care::ui
