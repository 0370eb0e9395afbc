#include "mainwindow/studentscreens.h"

#include "app/appcontext.h"
#include "mainwindow/mainwindow.h"
#include "student/studenteditdialog.h"
#include "student/studentprofileview.h"

namespace care::ui {

StudentScreens::StudentScreens(MainWindow &window) : QObject(&window), m_window(window)
{
    connect(&window, &MainWindow::contextChanged, this, &StudentScreens::attach);
    connect(&window, &MainWindow::currentStudentChanged, this, [this](const QString &id) {
        if (!m_profile)
            return;
        if (id.isEmpty())
            m_profile->clear();
        else
            m_profile->showStudent(id);
    });
    connect(&window, &MainWindow::studentActivated, this, [this](const QString &id) {
        if (m_profile)
            m_profile->showStudent(id);
    });
    connect(&window, &MainWindow::newStudentRequested, this, [this] { openEditor(QString()); });
    connect(&window, &MainWindow::editStudentRequested, this, &StudentScreens::openEditor);
    attach(window.context());
}

void StudentScreens::attach(AppContext *context)
{
    m_context = context;
    // The old profile view belongs to the old context: replace it before that context goes.
    m_profile = context ? new StudentProfileView(*context) : nullptr;
    if (m_profile)
        connect(m_profile, &StudentProfileView::editRequested, this, &StudentScreens::openEditor);
    m_window.setProfileWidget(m_profile);
}

void StudentScreens::openEditor(const QString &studentId)
{
    if (!m_context)
        return;
    auto *dialog = studentId.isEmpty() ? new StudentEditDialog(*m_context, &m_window)
                                       : new StudentEditDialog(*m_context, studentId, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace care::ui
