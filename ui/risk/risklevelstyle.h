#pragma once

#include "risk/risklevel.h"

#include <QColor>
#include <QString>

class QLabel;
class QStandardItem;

namespace care::ui {

// How a risk level looks everywhere in the window: the level's name in
// words on a tint of its colour (green normal, amber at risk, red problem),
// never the colour alone, so that it reads in print, in greyscale and for
// colour-blind users too.
namespace risklevelstyle {

QColor background(RiskLevel level);  // light tint for cells and chips
QColor foreground(RiskLevel level);  // dark text on that tint
QColor strong(RiskLevel level);      // full colour for chart marks

// Shows the level in a label: its name, tinted, with a tooltip.
void applyTo(QLabel *label, RiskLevel level);
// A read-only table cell showing the level, sorting by its rank.
QStandardItem *item(RiskLevel level);

} // namespace risklevelstyle
} // namespace care::ui
