#include "screening/classgridheader.h"

#include <QPainter>

#include <algorithm>

namespace care::ui {

namespace {
constexpr int kMargin = 6;
constexpr int kMaxTextWidth = 180;
}  // namespace

ClassGridHeader::ClassGridHeader(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(false);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignCenter);
}

void ClassGridHeader::setRotatedFrom(int first, int end)
{
    m_first = first;
    m_end = end;
    updateGeometry();
    viewport()->update();
}

QSize ClassGridHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    if (!model())
        return size;
    int tallest = 0;
    for (int section = m_first; section >= 0 && section < m_end && section < count(); ++section) {
        const QString text = model()->headerData(section, orientation(), Qt::DisplayRole).toString();
        tallest = std::max(tallest, fontMetrics().horizontalAdvance(text));
    }
    size.setHeight(std::max(size.height(), std::min(tallest, kMaxTextWidth) + 2 * kMargin));
    return size;
}

void ClassGridHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!isRotated(logicalIndex) || !model())
        return QHeaderView::paintSection(painter, rect, logicalIndex);
    // The frame and background as usual, without text; then the text upright.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    painter->save();
    // The clip QHeaderView leaves does not survive the rotation: set it again.
    painter->setClipRect(rect);
    painter->translate(rect.left() + rect.width() / 2.0, rect.bottom() - kMargin);
    painter->rotate(-90);
    const QRect textRect(0, -rect.width() / 2, rect.height() - 2 * kMargin, rect.width());
    const QString shown = fontMetrics().elidedText(text, Qt::ElideRight, textRect.width());
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);
    painter->restore();
}

}  // namespace care::ui
