#pragma once

#include "domain/entities.h"

#include <QWidget>

class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace care {
class Database;
}

namespace care::ui {

// Left panel: the academic year and a tree of schools and their classrooms
// in that year. Choosing a node narrows the student list to it.
class NavigationPanel : public QWidget {
    Q_OBJECT
public:
    explicit NavigationPanel(QWidget *parent = nullptr);

    void setDatabase(Database *db);  // null: nothing to show
    void reload();                   // re-reads schools and counts, keeps the choice

    QString academicYearId() const;
    QString schoolId() const;        // empty: all schools
    QString classroomId() const;     // empty: the whole school (or all)

    // "ปีการศึกษา 2569" in Thai, "Academic year 2026–27" in English.
    static QString academicYearText(int yearBe);

signals:
    void scopeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum NodeKind { AllNode, SchoolNode, ClassroomNode };
    void loadYears();
    void loadTree();
    QTreeWidgetItem *findNode(int kind, const QString &id) const;
    QString selectedId(int kind) const;

    Database *m_db = nullptr;
    QComboBox *m_years = nullptr;
    QTreeWidget *m_tree = nullptr;
    QList<AcademicYear> m_yearList;
};

} // namespace care::ui
