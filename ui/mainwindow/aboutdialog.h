#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace care::ui {

// Name, version, licence, the Qt in use and the bundled font's licence.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_fontLicenceButton = nullptr;
    QPlainTextEdit *m_fontLicence = nullptr;
};

} // namespace care::ui
