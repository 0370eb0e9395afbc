#include "risk/risklevelstyle.h"

#include "risk/riskitems.h"

#include <QLabel>
#include <QStandardItem>

namespace care::ui::risklevelstyle {

QColor background(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Normal:
        return QColor(0xd8, 0xf0, 0xdc);
    case RiskLevel::AtRisk:
        return QColor(0xff, 0xe8, 0xb0);
    case RiskLevel::Problem:
        return QColor(0xf9, 0xd0, 0xcc);
    }
    return {};
}

QColor foreground(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Normal:
        return QColor(0x1b, 0x5e, 0x20);
    case RiskLevel::AtRisk:
        return QColor(0x6d, 0x43, 0x00);
    case RiskLevel::Problem:
        return QColor(0x8e, 0x1b, 0x12);
    }
    return {};
}

QColor strong(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Normal:
        return QColor(0x2e, 0x7d, 0x32);
    case RiskLevel::AtRisk:
        return QColor(0xf0, 0xa0, 0x00);
    case RiskLevel::Problem:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

void applyTo(QLabel *label, RiskLevel level)
{
    label->setText(care::label(level));
    label->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border: 1px solid %3; "
                                        "border-radius: 3px; padding: 1px 8px; font-weight: bold; }")
                             .arg(background(level).name(), foreground(level).name(), strong(level).name()));
}

QStandardItem *item(RiskLevel level)
{
    QStandardItem *cell = riskitems::text(care::label(level), rank(level));
    cell->setBackground(background(level));
    cell->setForeground(foreground(level));
    cell->setData(code(level), riskitems::LevelCodeRole);
    return cell;
}

} // namespace care::ui::risklevelstyle
