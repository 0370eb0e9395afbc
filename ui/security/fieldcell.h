#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace care::ui {

// An input with its message line under it (and an optional hint between),
// as one cell of a form row.
QWidget *makeFieldCell(QWidget *parent, QWidget *input, QLabel *error, QLabel *hint = nullptr);
// Shows (or, with an empty message, clears) the message of one field and
// marks the input red while there is one.
void showFieldError(QWidget *input, QLabel *error, const QString &message);

} // namespace care::ui
