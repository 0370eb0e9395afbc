#include "screening/studentscreeningpanel.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "screening/screeningdialogs.h"
#include "screening/screeninglabels.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace care::ui {

namespace {

enum Column { DateColumn, FormColumn, RespondentColumn, TotalColumn, BandsColumn, ColumnCount };

bool isFlagged(const std::optional<QString> &band)
{
    return band && *band != QLatin1String("normal") && *band != QLatin1String("strength");
}

}  // namespace

StudentScreeningPanel::StudentScreeningPanel(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_screen(new QPushButton(this)), m_attendance(new QPushButton(this)),
      m_grades(new QPushButton(this)), m_behaviour(new QPushButton(this)), m_box(new QGroupBox(this)),
      m_table(new QTableWidget(0, ColumnCount, m_box)), m_empty(new QLabel(m_box))
{
    setObjectName(QStringLiteral("studentScreening"));
    m_screen->setObjectName(QStringLiteral("newScreening"));
    m_attendance->setObjectName(QStringLiteral("editAttendance"));
    m_grades->setObjectName(QStringLiteral("editGrades"));
    m_behaviour->setObjectName(QStringLiteral("showBehaviour"));
    m_box->setObjectName(QStringLiteral("screeningHistory"));
    m_table->setObjectName(QStringLiteral("screeningTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_screen, m_attendance, m_grades, m_behaviour})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addWidget(m_table);
    boxLayout->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_box);

    connect(m_screen, &QPushButton::clicked, this,
            [this] { ScreeningDialogs::openForm(m_context, m_studentId, this); });
    connect(m_attendance, &QPushButton::clicked, this,
            [this] { ScreeningDialogs::openAttendance(m_context, m_studentId, this); });
    connect(m_grades, &QPushButton::clicked, this,
            [this] { ScreeningDialogs::openGrades(m_context, m_studentId, this); });
    connect(m_behaviour, &QPushButton::clicked, this,
            [this] { ScreeningDialogs::openBehaviour(m_context, m_studentId, this); });
    connect(m_table, &QTableWidget::cellActivated, this, &StudentScreeningPanel::openResult);
    retranslateUi();
    clear();
}

void StudentScreeningPanel::showStudent(const QString &studentId)
{
    m_studentId = studentId;
    m_screen->setVisible(ScreeningDialogs::mayScreen(m_context, studentId));
    const bool mayEdit = ScreeningDialogs::mayEditSchoolRecord(m_context, studentId);
    m_attendance->setVisible(mayEdit);
    m_grades->setVisible(mayEdit);
    m_behaviour->setVisible(ScreeningDialogs::mayViewBehaviour(m_context, studentId));
    m_results.clear();
    const bool mayView = ScreeningDialogs::mayViewScreening(m_context, studentId);
    m_box->setVisible(mayView);
    m_empty->setText(tr("No screening recorded yet."));
    if (mayView) {
        auto results
                = ScreeningService(m_context.database(), m_context.clock()).results(m_context.session(), studentId);
        if (results)
            m_results = results.value();
        else
            m_empty->setText(results.error().message);
    }
    fill();
    setVisible(mayView || mayEdit || !m_screen->isHidden() || !m_behaviour->isHidden());
}

void StudentScreeningPanel::clear()
{
    m_studentId.clear();
    m_results.clear();
    m_table->setRowCount(0);
    hide();
}

void StudentScreeningPanel::fill()
{
    const InstrumentRegistry &registry = InstrumentRegistry::shipped();
    m_table->setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const ScreeningResult &r = m_results.at(row);
        const Instrument *instrument = registry.find(r.instrumentId);
        auto *date = new QTableWidgetItem(formatDate(r.screenedOn));
        auto *form = new QTableWidgetItem(instrument ? ScreeningLabels::instrumentTitle(*instrument) : r.instrumentId);
        form->setToolTip(tr("%1, version %2").arg(r.instrumentId, r.instrumentVersion));
        auto *respondent = new QTableWidgetItem(label(r.respondent));
        auto *total = new QTableWidgetItem;
        auto *bands = new QTableWidgetItem;
        if (instrument) {
            const QString main = ScreeningLabels::mainScoreKey(*instrument);
            const std::optional<QString> band = r.scores.bands.value(main);
            total->setText(tr("%1 (%2)").arg(ScreeningLabels::scoreText(r.scores.scores.value(main)),
                                             ScreeningLabels::bandLabel(*instrument, r.bandSet, band)));
            total->setToolTip(ScreeningLabels::scoreTitle(*instrument, main));
            if (const QColor colour = ScreeningLabels::bandColour(band); colour.isValid())
                total->setBackground(colour);
            // The cell names what is flagged; the tooltip lists every score.
            QStringList flagged;
            QStringList all;
            for (const QString &key : instrument->scoreKeys()) {
                const std::optional<QString> b = r.scores.bands.value(key);
                const QString line = tr("%1: %2 (%3)")
                                             .arg(ScreeningLabels::scoreTitle(*instrument, key),
                                                  ScreeningLabels::scoreText(r.scores.scores.value(key)),
                                                  ScreeningLabels::bandLabel(*instrument, r.bandSet, b));
                all << line;
                if (isFlagged(b) && key != main)
                    flagged << tr("%1 %2").arg(ScreeningLabels::scoreTitle(*instrument, key),
                                               ScreeningLabels::bandLabel(*instrument, r.bandSet, b));
            }
            bands->setText(flagged.isEmpty() ? tr("Nothing flagged") : flagged.join(QStringLiteral(" · ")));
            bands->setToolTip(all.join(QLatin1Char('\n')));
        }
        const QList<QTableWidgetItem *> items{date, form, respondent, total, bands};
        for (int column = 0; column < items.size(); ++column)
            m_table->setItem(row, column, items.at(column));
    }
    m_table->setVisible(!m_results.isEmpty());
    m_empty->setVisible(m_results.isEmpty());
    // As tall as its rows: the profile scrolls, not the table.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

void StudentScreeningPanel::openResult(int row)
{
    if (row >= 0 && row < m_results.size())
        ScreeningDialogs::openResult(m_context, m_results.at(row), this);
}

void StudentScreeningPanel::retranslateUi()
{
    m_box->setTitle(tr("Screening"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Form"), tr("Answered by"), tr("Main score"), tr("Bands")});
    if (m_results.isEmpty())
        m_empty->setText(tr("No screening recorded yet."));
    m_screen->setText(tr("&Screen…"));
    m_attendance->setText(tr("&Attendance…"));
    m_grades->setText(tr("&Grades…"));
    m_behaviour->setText(tr("&Behaviour…"));
}

void StudentScreeningPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fill();  // dates and labels in the new language
    }
    QWidget::changeEvent(event);
}

}  // namespace care::ui
