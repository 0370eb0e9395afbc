#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace care::ui {

// Asks the user to confirm an irreversible step (restore, anonymise).
// Dialogs take one so tests can answer without a modal message box.
using Confirmation = std::function<bool(QWidget *parent, const QString &title, const QString &question)>;

// A Yes/No message box with No as the default button.
Confirmation askWithMessageBox();

} // namespace care::ui
