#include "risk/leveltimelinechart.h"

#include "locale/dates.h"
#include "risk/risklevelstyle.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>

namespace care::ui {

namespace {

constexpr int kDateLabelWidth = 120;                // room one date label needs, in pixels
constexpr qint64 kDayMs = qint64(24) * 3600 * 1000;

qreal levelValue(RiskLevel level) { return qreal(rank(level)); }

} // namespace

struct LevelTimelineChart::Parts {
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QCategoryAxis *time = nullptr;
    QCategoryAxis *levels = nullptr;
};

LevelTimelineChart::LevelTimelineChart(QWidget *parent) : QWidget(parent), m_parts(std::make_unique<Parts>())
{
    m_parts->chart = new QChart;
    m_parts->chart->setMargins(QMargins(4, 4, 4, 4));
    m_parts->chart->setBackgroundRoundness(0);
    m_parts->chart->legend()->setAlignment(Qt::AlignBottom);
    m_parts->view = new QChartView(m_parts->chart, this);  // owns the chart
    m_parts->view->setObjectName(QStringLiteral("levelTimelineView"));
    m_parts->view->setRenderHint(QPainter::Antialiasing);
    m_parts->view->setMinimumHeight(200);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_parts->view);
}

LevelTimelineChart::~LevelTimelineChart() = default;

void LevelTimelineChart::setTimeline(const QList<LevelPoint> &points, const QDateTime &until)
{
    m_points = points;
    m_until = until;
    rebuild();
}

void LevelTimelineChart::clear()
{
    m_points.clear();
    m_until = {};
    rebuild();
}

QStringList LevelTimelineChart::dateLabels() const
{
    return m_parts->time ? m_parts->time->categoriesLabels() : QStringList();
}

QStringList LevelTimelineChart::levelLabels() const
{
    return m_parts->levels ? m_parts->levels->categoriesLabels() : QStringList();
}

void LevelTimelineChart::rebuild()
{
    QChart *chart = m_parts->chart;
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    delete m_parts->time;
    delete m_parts->levels;
    m_parts->time = nullptr;
    m_parts->levels = nullptr;
    if (m_points.isEmpty())
        return;

    const qint64 first = m_points.first().at.toMSecsSinceEpoch();
    qint64 last = qMax(m_until.isValid() ? m_until.toMSecsSinceEpoch() : first, m_points.last().at.toMSecsSinceEpoch());
    if (last - first < 7 * kDayMs)
        last = first + 7 * kDayMs;  // a single change still gets a visible span

    auto *steps = new QLineSeries;
    QPen pen(palette().color(QPalette::Mid));
    pen.setWidth(2);
    steps->setPen(pen);
    QScatterSeries *marks[3] = {new QScatterSeries, new QScatterSeries, new QScatterSeries};
    for (RiskLevel level : allValues<RiskLevel>()) {
        QScatterSeries *series = marks[rank(level)];
        series->setName(label(level));
        series->setColor(risklevelstyle::strong(level));
        series->setBorderColor(risklevelstyle::foreground(level));
        series->setMarkerSize(11);
    }
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const qreal x = qreal(m_points.at(i).at.toMSecsSinceEpoch());
        if (i > 0)
            steps->append(x, levelValue(m_points.at(i - 1).level));
        steps->append(x, levelValue(m_points.at(i).level));
        marks[rank(m_points.at(i).level)]->append(x, levelValue(m_points.at(i).level));
    }
    steps->append(qreal(last), levelValue(m_points.last().level));

    // A little room on both sides, so the first and last marks and dates are not cut.
    const qint64 pad = (last - first) / 25;
    m_parts->time = new QCategoryAxis;
    m_parts->time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_parts->time->setRange(qreal(first - pad), qreal(last + pad));
    m_parts->time->setStartValue(qreal(first - pad));
    m_ticks = dateTicks();
    QString previous;
    for (int tick = 0; tick <= m_ticks; ++tick) {
        const qint64 at = first + (last - first) * tick / m_ticks;
        const QString text = formatDate(QDateTime::fromMSecsSinceEpoch(at).date(), DateStyle::Short);
        if (text != previous && !m_parts->time->categoriesLabels().contains(text))
            m_parts->time->append(text, qreal(at));
        previous = text;
    }
    m_parts->levels = new QCategoryAxis;
    m_parts->levels->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_parts->levels->setRange(-0.5, 2.5);
    m_parts->levels->setStartValue(-0.5);
    for (RiskLevel level : allValues<RiskLevel>())
        m_parts->levels->append(label(level), levelValue(level) + 0.5);
    m_parts->levels->setGridLineVisible(true);

    chart->addAxis(m_parts->time, Qt::AlignBottom);
    chart->addAxis(m_parts->levels, Qt::AlignLeft);
    chart->addSeries(steps);
    for (QScatterSeries *series : marks)
        chart->addSeries(series);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(m_parts->time);
        series->attachAxis(m_parts->levels);
    }
    // The legend names the coloured marks; the step line needs no entry.
    for (QLegendMarker *marker : chart->legend()->markers(steps))
        marker->setVisible(false);
}

int LevelTimelineChart::dateTicks() const
{
    return qBound(1, (width() - 100) / kDateLabelWidth, 5);  // as many dates as fit beside the level names
}

void LevelTimelineChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_points.isEmpty() && dateTicks() != m_ticks)
        rebuild();
}

void LevelTimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();  // level names and dates follow the language
    QWidget::changeEvent(event);
}

} // namespace care::ui
