#include "privacy/studentprivacypanel.h"

#include "app/appcontext.h"
#include "privacy/consentbox.h"
#include "privacy/studentviewsbox.h"
#include "privacy/subjectaccessexport.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace care::ui {

StudentPrivacyPanel::StudentPrivacyPanel(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_consent(new ConsentBox(context, this)),
      m_views(new StudentViewsBox(context, this)), m_export(new QPushButton(this))
{
    setObjectName(QStringLiteral("studentPrivacy"));
    m_export->setObjectName(QStringLiteral("exportSubjectAccess"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_consent);
    layout->addWidget(m_views);
    // A new consent decision shows up among the views at once.
    connect(m_consent, &ConsentBox::consentRecorded, this, [this] { m_views->showStudent(m_studentId); });
    connect(m_export, &QPushButton::clicked, this, &StudentPrivacyPanel::exportSubjectAccess);
    retranslateUi();
    clear();
}

void StudentPrivacyPanel::showStudent(const QString &studentId, const QList<GuardianLink> &guardians)
{
    m_studentId = studentId;
    m_consent->showStudent(studentId, guardians);
    m_views->showStudent(studentId);  // after consent: its reading is a view too
    m_export->setVisible(SubjectAccessExport::allowed(m_context, studentId));
}

void StudentPrivacyPanel::clear()
{
    m_studentId.clear();
    m_consent->clear();
    m_views->clear();
    m_export->hide();
}

void StudentPrivacyPanel::exportSubjectAccess()
{
    if (m_studentId.isEmpty())
        return;
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Folder for the subject-access export"), QDir::homePath());
    if (directory.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = SubjectAccessExport::write(m_context, m_studentId, directory);
    QApplication::restoreOverrideCursor();
    m_views->showStudent(m_studentId);
    if (!written) {
        QMessageBox::warning(this, tr("Subject-access export"), written.error().message);
        return;
    }
    QStringList names;
    for (const QString &path : written.value())
        names << QFileInfo(path).fileName();
    QMessageBox::information(this, tr("Subject-access export"),
                             tr("Everything Care holds about this student was written to %1:\n%2\n\n"
                                "The files are readable only by your account. Hand them over securely.")
                                 .arg(QDir::toNativeSeparators(directory), names.join(QLatin1Char('\n'))));
}

void StudentPrivacyPanel::retranslateUi()
{
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Subject-access export: everything Care holds about this student, as PDF and JSON."));
}

void StudentPrivacyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace care::ui
