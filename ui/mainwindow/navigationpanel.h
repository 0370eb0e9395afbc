#pragma once

#include "domain/entities.h"

#include <QWidget>

class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace care::ui {

class AppContext;

// Left panel: the academic year and a tree of the schools and classrooms of
// that year whose students the user may open, with how many
// (SchoolDirectory::tree). Choosing a node narrows the student list to it.
class NavigationPanel : public QWidget {
    Q_OBJECT
public:
    explicit NavigationPanel(QWidget *parent = nullptr);

    void setContext(AppContext *context);  // null: nothing to show
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

    AppContext *m_context = nullptr;
    QComboBox *m_years = nullptr;
    QTreeWidget *m_tree = nullptr;
    QList<AcademicYear> m_yearList;
};

} // namespace care::ui
