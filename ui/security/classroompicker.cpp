#include "security/classroompicker.h"

#include "services/schooldirectory.h"

namespace care::ui {

ClassroomPicker::ClassroomPicker(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("classroomPicker"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, &ClassroomPicker::checkedChanged);
}

bool ClassroomPicker::load(const SchoolDirectory &schools, const Session &session, const QString &schoolId,
                           QString *error)
{
    const QSet<QString> keep = checkedIds();
    QSignalBlocker quiet(this);
    clear();
    bool ok = true;
    if (!schoolId.isEmpty()) {
        auto year = schools.currentAcademicYear(session);
        if (year && year->has_value()) {
            if (auto rooms = schools.classrooms(session, schoolId, (*year)->id)) {
                for (const Classroom &room : rooms.value()) {
                    auto *item = new QListWidgetItem(room.name(), this);
                    item->setData(Qt::UserRole, room.id);
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                    item->setCheckState(keep.contains(room.id) ? Qt::Checked : Qt::Unchecked);
                }
            } else {
                ok = false;
                if (error)
                    *error = rooms.error().message;
            }
        } else if (!year) {
            ok = false;
            if (error)
                *error = year.error().message;
        }
    }
    quiet.unblock();
    emit checkedChanged();
    return ok;
}

QSet<QString> ClassroomPicker::checkedIds() const
{
    QSet<QString> ids;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked)
            ids.insert(item(i)->data(Qt::UserRole).toString());
    return ids;
}

void ClassroomPicker::setCheckedIds(const QSet<QString> &ids)
{
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(ids.contains(item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

} // namespace care::ui
