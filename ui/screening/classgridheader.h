#pragma once

#include <QHeaderView>

namespace care::ui {

// The class grid's column header: score titles (long, and in Thai without
// spaces to wrap at) stand upright so their columns stay narrow.
class ClassGridHeader : public QHeaderView {
    Q_OBJECT
public:
    explicit ClassGridHeader(QWidget *parent = nullptr);

    // Sections from `first` up to (not including) `end` are drawn upright.
    void setRotatedFrom(int first, int end);

    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    bool isRotated(int logicalIndex) const { return logicalIndex >= m_first && logicalIndex < m_end; }

    int m_first = -1;
    int m_end = -1;
};

}  // namespace care::ui
