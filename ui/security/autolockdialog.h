#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;

namespace care::ui {

// Settings → Auto-lock: minutes without use before Care locks itself
// (0 = never), kept for this PC (appsettings::autoLockMinutes).
class AutoLockDialog : public QDialog {
    Q_OBJECT
public:
    explicit AutoLockDialog(QWidget *parent = nullptr);

    int minutes() const;

public slots:
    void accept() override;  // stores the choice

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_intro = nullptr;
    QLabel *m_label = nullptr;
    QSpinBox *m_minutes = nullptr;
};

} // namespace care::ui
