#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace care::ui {

// What to do with changes that are not saved yet.
enum class UnsavedChoice { Save, Discard, Cancel };

// Asks about unsaved changes; dialogs take one so that tests answer
// without a modal message box.
using UnsavedPrompt = std::function<UnsavedChoice(QWidget *parent, const QString &question)>;
// A Save / Discard / Cancel message box, Save the default.
UnsavedPrompt askAboutUnsavedWithMessageBox();

// Asks for one line of text (e.g. why children outside a form's age range
// were screened); nullopt when the user cancels.
using TextPrompt = std::function<std::optional<QString>(QWidget *parent, const QString &title, const QString &label)>;
TextPrompt askForTextWithInputDialog();

}  // namespace care::ui
