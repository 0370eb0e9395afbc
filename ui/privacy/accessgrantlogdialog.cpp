#include "privacy/accessgrantlogdialog.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "privacy/auditlabels.h"
#include "privacy/dayedit.h"
#include "privacy/privacytables.h"
#include "services/accessgrantservice.h"
#include "util/clock.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace care::ui {

namespace {
enum Column { UserColumn, StudentColumn, ReasonColumn, GrantedColumn, ExpiresColumn, ColumnCount };
}

AccessGrantLogDialog::AccessGrantLogDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_sinceCaption(new QLabel(this)), m_since(new DayEdit(this)),
      m_show(new QPushButton(this)), m_message(new QLabel(this)),
      m_table(privacytables::make(QStringLiteral("grantTable"), ColumnCount, this))
{
    setObjectName(QStringLiteral("accessGrantLog"));
    m_since->setObjectName(QStringLiteral("sinceDate"));
    m_since->setDate(context.clock().today().addDays(-kDefaultDays));
    m_sinceCaption->setBuddy(m_since);
    m_show->setObjectName(QStringLiteral("showGrants"));
    m_show->setDefault(true);
    m_message->setObjectName(QStringLiteral("grantMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_table->horizontalHeader()->resizeSection(UserColumn, 170);
    m_table->horizontalHeader()->resizeSection(StudentColumn, 200);
    m_table->horizontalHeader()->resizeSection(ReasonColumn, 300);
    m_table->horizontalHeader()->resizeSection(GrantedColumn, 150);

    auto *top = new QHBoxLayout;
    top->addWidget(m_sinceCaption);
    top->addWidget(m_since);
    top->addWidget(m_show);
    top->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_show, &QPushButton::clicked, this, &AccessGrantLogDialog::reload);
    connect(m_since, &QLineEdit::returnPressed, this, &AccessGrantLogDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 560);
    retranslateUi();
    reload();
}

void AccessGrantLogDialog::reload()
{
    m_table->setRowCount(0);
    auto since = m_since->date(QStringLiteral("since"));
    if (!since) {
        m_message->setText(since.error().message);
        return;
    }
    const QDate day = since->isValid() ? since.value() : QDate(2000, 1, 1);
    const QDateTime sinceUtc = QDateTime(day, QTime(0, 0), Qt::LocalTime).toUTC();
    auto grants = AccessGrantService(m_context.database(), m_context.clock()).list(m_context.session(), sinceUtc);
    if (!grants) {
        m_message->setText(grants.error().message);
        return;
    }
    const QDateTime now = m_context.clock().nowUtc();
    for (const AccessGrant &g : grants.value()) {
        const QString student = g.studentName.isEmpty() ? AuditLabels::record(QStringLiteral("student"), g.studentId)
                                                        : g.studentName;
        QString expires = formatDateTime(g.expiresAtUtc);
        if (g.expiresAtUtc > now)
            expires = tr("%1 (still open)").arg(expires);
        const int row = privacytables::appendRow(
            m_table, {g.userName, student, g.reason, formatDateTime(g.grantedAtUtc), expires});
        m_table->item(row, ReasonColumn)->setToolTip(g.reason);
        m_table->item(row, StudentColumn)->setToolTip(g.studentId);
    }
    m_message->setText(grants->isEmpty() ? tr("Nobody opened a record outside their scope in this period.")
                                         : tr("%Ln record opening(s) outside scope.", nullptr, int(grants->size())));
}

void AccessGrantLogDialog::retranslateUi()
{
    setWindowTitle(tr("Break-the-glass log"));
    m_sinceCaption->setText(tr("&Since"));
    m_show->setText(tr("&Show"));
    privacytables::setHeaders(m_table, {tr("User"), tr("Student"), tr("Reason"), tr("Opened"), tr("Expires")});
}

void AccessGrantLogDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QDialog::changeEvent(event);
}

} // namespace care::ui
