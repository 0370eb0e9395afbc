#include "privacy/confirmation.h"

#include <QMessageBox>

namespace care::ui {

Confirmation askWithMessageBox()
{
    return [](QWidget *parent, const QString &title, const QString &question) {
        return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    };
}

} // namespace care::ui
