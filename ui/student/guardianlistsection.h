#pragma once

#include "domain/entities.h"
#include "student/formsection.h"

class QPushButton;
class QLabel;
class QListWidget;

namespace care::ui {

// The student's guardians as a short list (two lines each: name, then
// relation, phone, occupation) with Add, Edit and Remove; each guardian is
// edited in a GuardianEditDialog.
class GuardianListSection : public FormSection {
    Q_OBJECT
public:
    explicit GuardianListSection(QWidget *parent = nullptr);

    void load(const QList<GuardianLink> &guardians);
    QList<GuardianLink> guardians() const { return m_guardians; }
    // Takes the errors about guardians (they carry a location, "guardian 2").
    QList<Error> showErrors(const QList<Error> &errors) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void addGuardian();
    void editGuardian();
    void removeGuardian();
    void put(GuardianLink link, int index);  // index -1 appends
    void refresh();
    void retranslateUi();

    QList<GuardianLink> m_guardians;
    QListWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace care::ui
