#include "security/fieldcell.h"

#include "security/messagearea.h"
#include "student/formsection.h"

#include <QLabel>
#include <QVBoxLayout>

namespace care::ui {

QWidget *makeFieldCell(QWidget *parent, QWidget *input, QLabel *error, QLabel *hint)
{
    auto *cell = new QWidget(parent);
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(input);
    if (hint)
        box->addWidget(hint);
    box->addWidget(error);
    return cell;
}

void showFieldError(QWidget *input, QLabel *error, const QString &message)
{
    setInvalid(input, !message.isEmpty());
    error->setText(message);
    error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        growWindowToFit(error);
}

} // namespace care::ui
