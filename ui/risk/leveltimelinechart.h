#pragma once

#include "risk/risklevel.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace care::ui {

// One change of a student's overall level.
struct LevelPoint {
    QDateTime at;  // UTC
    RiskLevel level = RiskLevel::Normal;
};

// A student's overall level over time as a step chart: each level holds
// from its change until the next one (the last until `until`), each change
// marked in its level's colour, the levels named on the vertical axis and
// the dates in the user's locale (Buddhist Era in Thai).
//
// The only class that knows the chart library: Qt Charts today (deprecated
// from Qt 6.10), Qt Graphs later; the swap stays inside this file pair.
class LevelTimelineChart : public QWidget {
    Q_OBJECT
public:
    explicit LevelTimelineChart(QWidget *parent = nullptr);
    ~LevelTimelineChart() override;

    void setTimeline(const QList<LevelPoint> &points, const QDateTime &until);
    void clear();

    int pointCount() const { return int(m_points.size()); }
    QStringList dateLabels() const;   // the time axis as shown (tests)
    QStringList levelLabels() const;  // the level axis as shown (tests)

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    int dateTicks() const;  // intervals on the time axis for the width

    struct Parts;
    std::unique_ptr<Parts> m_parts;
    QList<LevelPoint> m_points;
    QDateTime m_until;
    int m_ticks = 0;
};

} // namespace care::ui
