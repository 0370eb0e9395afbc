#pragma once

#include <QListWidget>
#include <QSet>

namespace care {
class SchoolDirectory;
class Session;
}

namespace care::ui {

// The classrooms of one school in the current academic year, each with a
// tick box: the classes a teacher or home-visit coordinator looks after.
class ClassroomPicker : public QListWidget {
    Q_OBJECT
public:
    explicit ClassroomPicker(QWidget *parent = nullptr);

    // Lists the school's classrooms (empty id: none). False with `error` set
    // if they could not be read.
    bool load(const SchoolDirectory &schools, const Session &session, const QString &schoolId, QString *error);
    QSet<QString> checkedIds() const;
    void setCheckedIds(const QSet<QString> &ids);

signals:
    void checkedChanged();
};

} // namespace care::ui
