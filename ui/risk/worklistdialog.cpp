#include "risk/worklistdialog.h"

#include "app/appcontext.h"
#include "privacy/dayedit.h"
#include "risk/riskitems.h"
#include "risk/riskservice.h"
#include "risk/worklisttable.h"
#include "util/clock.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace care::ui {

namespace {
constexpr int kDefaultDaysBack = 30;  // "newly" means within the last month unless chosen otherwise
}

WorklistDialog::WorklistDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_tabs(new QTabWidget(this)), m_sinceLabel(new QLabel(this)),
      m_since(new DayEdit(this)), m_show(new QPushButton(this))
{
    setObjectName(QStringLiteral("worklistDialog"));
    m_tabs->setObjectName(QStringLiteral("worklistTabs"));
    m_since->setObjectName(QStringLiteral("worklistSince"));
    m_show->setObjectName(QStringLiteral("worklistShow"));
    m_sinceLabel->setBuddy(m_since);
    m_since->setDate(context.clock().today().addDays(-kDefaultDaysBack));
    makePage(NewlyFlagged, QStringLiteral("worklistNewlyFlagged"));
    makePage(WithoutOpenCase, QStringLiteral("worklistWithoutOpenCase"));
    makePage(RoseSinceLastTerm, QStringLiteral("worklistRose"));
    m_pages[WithoutOpenCase].view->hideColumn(WorklistTable::BeforeColumn);

    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_sinceLabel);
    sinceRow->addWidget(m_since);
    sinceRow->addWidget(m_show);
    sinceRow->addStretch();
    static_cast<QVBoxLayout *>(m_pages[NewlyFlagged].widget->layout())->insertLayout(1, sinceRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // No default button: Enter opens the student in a list, or shows the list of
    // the date typed, and must not close the dialog too.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_show->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(m_show, &QPushButton::clicked, this, [this] { load(NewlyFlagged); });
    connect(m_since, &QLineEdit::returnPressed, this, [this] { load(NewlyFlagged); });
    retranslateUi();
    resize(900, 560);
    reload();
}

void WorklistDialog::makePage(List list, const QString &name)
{
    Page &page = m_pages[list];
    page.widget = new QWidget(m_tabs);
    page.intro = new QLabel(page.widget);
    page.intro->setWordWrap(true);
    page.model = new QStandardItemModel(0, WorklistTable::ColumnCount, page.widget);
    page.view = riskitems::makeView(name, page.model, &page.proxy, page.widget);
    page.count = new QLabel(page.widget);
    page.count->setObjectName(name + QStringLiteral("Count"));
    page.count->setWordWrap(true);
    auto *layout = new QVBoxLayout(page.widget);
    layout->addWidget(page.intro);
    layout->addWidget(page.view, 1);
    layout->addWidget(page.count);
    m_tabs->addTab(page.widget, QString());
    connect(page.view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const QString id = index.data(riskitems::StudentIdRole).toString(); !id.isEmpty())
            emit studentOpenRequested(id);
    });
}

void WorklistDialog::reload()
{
    for (int list = 0; list < ListCount; ++list)
        load(List(list));
}

void WorklistDialog::showList(List list) { m_tabs->setCurrentIndex(list); }

void WorklistDialog::load(List list)
{
    const RiskService service(m_context.database(), m_context.clock());
    const Session &session = m_context.session();
    Result<QList<RiskListRow>> rows = QList<RiskListRow>();
    if (list == NewlyFlagged) {
        auto since = m_since->date(tr("Since"));
        rows = !since ? Result<QList<RiskListRow>>(since.error()) : service.newlyFlagged(session, since.value());
    } else if (list == WithoutOpenCase) {
        rows = service.withoutOpenCase(session);
    } else {
        rows = service.roseSinceLastTerm(session);
    }
    Page &page = m_pages[list];
    WorklistTable::fill(page.model, rows ? rows.value() : QList<RiskListRow>());
    if (list == WithoutOpenCase)
        page.view->hideColumn(WorklistTable::BeforeColumn);
    page.view->resizeColumnsToContents();
    page.count->setText(rows ? tr("%Ln student(s)", nullptr, int(rows->size())) : rows.error().message);
    riskitems::focusFirstRow(page.view);
    const int tab = m_tabs->indexOf(page.widget);
    const QString title = m_tabs->tabText(tab).section(QStringLiteral(" ("), 0, 0);
    if (rows)
        m_tabs->setTabText(tab, tr("%1 (%2)").arg(title).arg(rows->size()));
}

void WorklistDialog::retranslateUi()
{
    setWindowTitle(tr("Risk worklists"));
    const QString titles[ListCount] = {tr("Newly flagged"), tr("No open case"), tr("Level rose")};
    const QString intros[ListCount] = {
        tr("Students at risk or with a problem now who were normal on the date below."),
        tr("Students at risk or with a problem for whom no case is open."),
        tr("Students whose overall level is higher now than at the end of last term.")};
    for (int list = 0; list < ListCount; ++list) {
        m_tabs->setTabText(list, titles[list]);
        m_pages[list].intro->setText(intros[list]);
        m_pages[list].view->setToolTip(tr("Press Enter or double-click to open the student."));
    }
    m_sinceLabel->setText(tr("&Since:"));
    m_show->setText(tr("S&how"));
}

void WorklistDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();  // headers, level names and dates follow the language
    }
    QDialog::changeEvent(event);
}

} // namespace care::ui
