#include "security/messagearea.h"

#include <QLabel>
#include <QLayout>

namespace care::ui {

QLabel *makeMessageArea(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Minimum);
    label->hide();
    return label;
}

void showProblem(QLabel *area, const QString &text)
{
    area->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background: #fdecea; border: 1px solid #f1b8b3; "
                                       "border-radius: 4px; padding: 6px; }"));
    area->setText(text);
    area->setVisible(!text.isEmpty());
    growWindowToFit(area);
}

void showInformation(QLabel *area, const QString &text)
{
    area->setStyleSheet(QStringLiteral("QLabel { background: #e8f1fb; border: 1px solid #b6d0ee; "
                                       "border-radius: 4px; padding: 6px; }"));
    area->setText(text);
    area->setVisible(!text.isEmpty());
    growWindowToFit(area);
}

void growWindowToFit(QWidget *widget)
{
    QWidget *window = widget->window();
    if (!window->layout() || !window->isVisible() || window->isMaximized() || window->isFullScreen())
        return;
    // The widget, what it holds and every level up to the window forget
    // their cached sizes now: the layout requests Qt posts would climb only
    // one level per pass of the event loop.
    auto forget = [](QWidget *w) {
        w->updateGeometry();
        if (w->layout())
            w->layout()->invalidate();
    };
    for (QWidget *inside : widget->findChildren<QWidget *>())
        forget(inside);
    for (QWidget *w = widget; w; w = w->isWindow() ? nullptr : w->parentWidget())
        forget(w);
    QLayout *layout = window->layout();
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalMinimumSize().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

void clearMessage(QLabel *area)
{
    area->clear();
    area->hide();
}

} // namespace care::ui
