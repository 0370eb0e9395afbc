#pragma once

#include <QObject>
#include <QPointer>

namespace care::ui {

class AppContext;
class MainWindow;
class StudentProfileView;

// Connects the main window's student list and actions to the student
// screens: the profile beside the list, and the add/edit dialogs.
class StudentScreens : public QObject {
    Q_OBJECT
public:
    explicit StudentScreens(MainWindow &window);

private:
    void attach(AppContext *context);
    void openEditor(const QString &studentId);  // empty id = new student

    MainWindow &m_window;
    AppContext *m_context = nullptr;
    QPointer<StudentProfileView> m_profile;
};

} // namespace care::ui
