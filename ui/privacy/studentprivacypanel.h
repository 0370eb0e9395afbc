#pragma once

#include "domain/entities.h"

#include <QWidget>

class QPushButton;

namespace care::ui {

class AppContext;
class ConsentBox;
class StudentViewsBox;

// The privacy parts of the student profile: consent, "who viewed this" and
// the subject-access export. The profile view places the panel under its
// sections and the export button in its header, and passes on the student
// it shows; each part hides itself when core would refuse it.
class StudentPrivacyPanel : public QWidget {
    Q_OBJECT
public:
    explicit StudentPrivacyPanel(AppContext &context, QWidget *parent = nullptr);

    void showStudent(const QString &studentId, const QList<GuardianLink> &guardians);
    void clear();
    QPushButton *exportButton() const { return m_export; }
    ConsentBox *consent() const { return m_consent; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportSubjectAccess();
    void retranslateUi();

    AppContext &m_context;
    QString m_studentId;
    ConsentBox *m_consent;
    StudentViewsBox *m_views;
    QPushButton *m_export;
};

} // namespace care::ui
