#include "student/studentcommand.h"

#include "app/appcontext.h"

#include <QApplication>
#include <QMessageBox>

namespace care::ui {

void StudentCommand::fail(const QString &what, const Error &error)
{
    setObsolete(true);
    QWidget *window = QApplication::activeWindow();
    if (!window) {
        qWarning("%s: %s", qUtf8Printable(what), qUtf8Printable(error.message));
        return;
    }
    // Not exec(): undo may run from a shortcut inside another event handler.
    auto *box = new QMessageBox(QMessageBox::Warning, what, error.message, QMessageBox::Ok, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void StudentCommand::announce(const QString &studentId)
{
    emit m_context.studentChanged(studentId);
}

} // namespace care::ui
