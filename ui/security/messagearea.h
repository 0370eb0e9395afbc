#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace care::ui {

// The line of a sign-in screen that answers the last attempt: why it was
// refused (wrong password, locked out, disabled, altered key) or what
// happened. Hidden while empty.
QLabel *makeMessageArea(const QString &objectName, QWidget *parent);
void showProblem(QLabel *area, const QString &text);
void showInformation(QLabel *area, const QString &text);
void clearMessage(QLabel *area);

// Grows the dialog holding `widget` to the height its content now needs.
// Qt does not do this by itself for wrapped text (height-for-width) that
// appears after the dialog was shown, so a new message would be cut off.
void growWindowToFit(QWidget *widget);

} // namespace care::ui
