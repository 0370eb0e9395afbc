#include "screening/unsavedprompt.h"

#include <QInputDialog>
#include <QMessageBox>

namespace care::ui {

struct UnsavedPromptText {
    Q_DECLARE_TR_FUNCTIONS(UnsavedPromptText)
};

UnsavedPrompt askAboutUnsavedWithMessageBox()
{
    return [](QWidget *parent, const QString &question) {
        const auto answer = QMessageBox::question(parent, UnsavedPromptText::tr("Unsaved changes"), question,
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        switch (answer) {
        case QMessageBox::Save:
            return UnsavedChoice::Save;
        case QMessageBox::Discard:
            return UnsavedChoice::Discard;
        default:
            return UnsavedChoice::Cancel;
        }
    };
}

TextPrompt askForTextWithInputDialog()
{
    return [](QWidget *parent, const QString &title, const QString &label) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };
}

}  // namespace care::ui
