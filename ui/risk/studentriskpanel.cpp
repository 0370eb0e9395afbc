#include "risk/studentriskpanel.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "privacy/sessionchecks.h"
#include "risk/leveltimelinechart.h"
#include "risk/riskdomaingrid.h"
#include "risk/risklevelstyle.h"
#include "risk/riskservice.h"
#include "util/clock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace care::ui {

namespace {

QLabel *mutedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

StudentRiskPanel::StudentRiskPanel(AppContext &context, QWidget *parent)
    : QGroupBox(parent), m_context(context), m_overallCaption(new QLabel(this)), m_overall(new QLabel(this)),
      m_since(mutedLabel(QStringLiteral("riskSince"), this)),
      m_overallReasons(mutedLabel(QStringLiteral("riskOverallReasons"), this)),
      m_message(mutedLabel(QStringLiteral("riskMessage"), this)), m_domains(new RiskDomainGrid(this)),
      m_timelineCaption(new QLabel(this)), m_timeline(new LevelTimelineChart(this)),
      m_rules(mutedLabel(QStringLiteral("riskRuleSet"), this))
{
    setObjectName(QStringLiteral("riskPanel"));
    m_overall->setObjectName(QStringLiteral("riskOverall"));
    m_domains->setObjectName(QStringLiteral("riskDomains"));
    m_timeline->setObjectName(QStringLiteral("riskTimeline"));
    QFont bold = m_overallCaption->font();
    bold.setBold(true);
    m_overallCaption->setFont(bold);
    m_timelineCaption->setFont(bold);

    auto *overallRow = new QHBoxLayout;
    overallRow->addWidget(m_overallCaption);
    overallRow->addWidget(m_overall);
    overallRow->addWidget(m_since, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(overallRow);
    layout->addWidget(m_overallReasons);
    layout->addWidget(m_message);
    layout->addSpacing(4);
    layout->addWidget(m_domains);
    layout->addSpacing(4);
    layout->addWidget(m_timelineCaption);
    layout->addWidget(m_timeline);
    layout->addWidget(m_rules);
    retranslateUi();
    clear();
}

void StudentRiskPanel::showStudent(const QString &studentId)
{
    m_studentId = studentId;
    reload();
}

void StudentRiskPanel::clear()
{
    m_studentId.clear();
    m_domains->clear();
    m_timeline->clear();
    hide();
}

void StudentRiskPanel::reload()
{
    if (m_studentId.isEmpty())
        return clear();
    // Asked of core for every student: a teacher sees the levels of their own classes only.
    if (!sessionMay(m_context, Action::View, Section::Risk, m_studentId)) {
        hide();
        return;
    }
    show();
    auto explanation = RiskService(m_context.database(), m_context.clock()).explain(m_context.session(), m_studentId);
    if (!explanation)
        return showProblem(tr("The risk levels could not be shown: %1").arg(explanation.error().message));
    render(explanation.value());
    showTimeline();
}

void StudentRiskPanel::render(const RiskExplanation &e)
{
    risklevelstyle::applyTo(m_overall, e.overall);
    m_overall->show();
    m_since->setText(e.assessed && e.since.isValid() ? tr("since %1").arg(formatDate(e.since.toLocalTime().date()))
                                                     : QString());
    QStringList reasons;
    for (const QString &reason : e.overallReasons)
        reasons << reason;
    m_overallReasons->setText(reasons.join(QLatin1Char('\n')));
    m_overallReasons->setVisible(!reasons.isEmpty());
    m_message->setText(tr("No risk flags: every domain is normal."));
    m_message->setVisible(!e.assessed);
    m_domains->setDomains(e.domains);
    m_domains->show();
    if (e.assessed && !e.ruleSetVersion.isEmpty()) {
        const QString rulesId = e.ruleSetVersion.section(QLatin1Char('@'), 0, 0);
        const QString version = e.ruleSetVersion.section(QLatin1Char('@'), 1);
        m_rules->setText(tr("Assessed %1 under the rules “%2”, version %3.")
                             .arg(formatDateTime(e.assessedAt), rulesId, version));
        m_rules->show();
    } else {
        m_rules->hide();
    }
}

void StudentRiskPanel::showTimeline()
{
    auto history = RiskService(m_context.database(), m_context.clock()).history(m_context.session(), m_studentId);
    QList<LevelPoint> points;
    if (history)
        for (const RiskHistoryEntry &entry : history.value())
            if (points.isEmpty() || points.last().level != entry.outcome.overall)
                points << LevelPoint{entry.assessedAt, entry.outcome.overall};
    m_timeline->setTimeline(points, m_context.clock().nowUtc());
    m_timeline->setVisible(!points.isEmpty());
    m_timelineCaption->setVisible(!points.isEmpty());
}

void StudentRiskPanel::showProblem(const QString &message)
{
    m_overall->hide();
    m_since->clear();
    m_overallReasons->hide();
    m_domains->hide();
    m_timelineCaption->hide();
    m_timeline->hide();
    m_rules->hide();
    m_message->setText(message);
    m_message->show();
}

void StudentRiskPanel::retranslateUi()
{
    setTitle(tr("Risk levels"));
    m_overallCaption->setText(tr("Overall:"));
    m_timelineCaption->setText(tr("Overall level over time"));
}

void StudentRiskPanel::changeEvent(QEvent *event)
{
    // The profile shows its student again on a language change, and with
    // it the reasons and dates in the new language.
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace care::ui
