#include "security/recoverykeypage.h"

#include "security/messagearea.h"
#include "security/recoverykeysheet.h"
#include "util/localfolders.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace care::ui {

RecoveryKeyPage::RecoveryKeyPage(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);

    m_keyLabel = new QLabel(this);
    m_keyLabel->setObjectName(QStringLiteral("recoveryKeyText"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(16.0, m_keyLabel->font().pointSizeF() * 1.8));
    mono.setBold(true);
    m_keyLabel->setFont(mono);
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *keyFrame = new QFrame(this);
    keyFrame->setObjectName(QStringLiteral("recoveryKeyFrame"));
    // By name: a QLabel is a QFrame too and must not get a second border.
    keyFrame->setStyleSheet(QStringLiteral("QFrame#recoveryKeyFrame { background: #fffbea; "
                                           "border: 1px solid #e0c870; border-radius: 6px; }"));
    auto *keyBox = new QVBoxLayout(keyFrame);
    keyBox->setContentsMargins(24, 16, 24, 16);
    keyBox->addWidget(m_keyLabel);

    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printKeyButton"));
    m_savePdf = new QPushButton(this);
    m_savePdf->setObjectName(QStringLiteral("saveKeyPdfButton"));
    m_saveText = new QPushButton(this);
    m_saveText->setObjectName(QStringLiteral("saveKeyTextButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_savePdf);
    buttons->addWidget(m_saveText);
    buttons->addStretch();

    m_status = makeMessageArea(QStringLiteral("recoveryKeyStatus"), this);
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("keyStoredCheck"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addSpacing(8);
    layout->addWidget(keyFrame);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_confirm);

    connect(m_print, &QPushButton::clicked, this, &RecoveryKeyPage::print);
    connect(m_savePdf, &QPushButton::clicked, this, [this] { chooseFileAndSave(true); });
    connect(m_saveText, &QPushButton::clicked, this, [this] { chooseFileAndSave(false); });
    connect(m_confirm, &QCheckBox::toggled, this, &RecoveryKeyPage::confirmedChanged);
    retranslateUi();
}

void RecoveryKeyPage::setKey(const QString &key, const QString &databaseName, const QDateTime &createdUtc)
{
    m_key = key;
    m_databaseName = databaseName;
    m_createdUtc = createdUtc;
    m_keyLabel->setText(RecoveryKeySheet::displayText(key));
    m_confirm->setChecked(false);
    clearMessage(m_status);
}

bool RecoveryKeyPage::isConfirmed() const { return m_confirm->isChecked(); }

void RecoveryKeyPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Care recovery key"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery key"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    RecoveryKeySheet(m_key, m_databaseName, m_createdUtc).render(&printer);
    showInformation(m_status, tr("The recovery key was sent to the printer. Check that the sheet came out."));
}

void RecoveryKeyPage::chooseFileAndSave(bool pdf)
{
    // The local app-data folder, not Documents (often synced to OneDrive on Windows).
    const QString folder = folders::startFolder();
    const QString name = pdf ? tr("care-recovery-key.pdf") : tr("care-recovery-key.txt");
    const QString filter = pdf ? tr("PDF documents (*.pdf)") : tr("Text files (*.txt)");
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Save the recovery key as PDF")
                                                                : tr("Save the recovery key as text"),
                                                      QDir(folder).filePath(name), filter);
    if (!path.isEmpty())
        saveTo(path);
}

bool RecoveryKeyPage::saveTo(const QString &path)
{
    const RecoveryKeySheet sheet(m_key, m_databaseName, m_createdUtc);
    const bool pdf = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    const Status saved = pdf ? sheet.savePdf(path) : sheet.saveText(path);
    if (!saved) {
        showProblem(m_status, saved.error().message);
        return false;
    }
    showInformation(m_status, tr("Saved to %1. Move the file to a USB stick kept in a safe place and delete it "
                                 "from this computer.")
                                  .arg(QDir::toNativeSeparators(path)));
    return true;
}

void RecoveryKeyPage::retranslateUi()
{
    m_heading->setText(tr("The recovery key"));
    m_explanation->setText(tr("If every administrator password is lost, this key is the only way to open the "
                              "encrypted records again. It is shown only now. Print it, or save it and keep the "
                              "file on a USB stick in a safe place, away from this computer."));
    m_print->setText(tr("&Print…"));
    m_savePdf->setText(tr("Save as P&DF…"));
    m_saveText->setText(tr("Save as &text…"));
    m_confirm->setText(tr("I have printed or stored this key in a safe place"));
}

void RecoveryKeyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace care::ui
