#pragma once

#include <QDateTime>
#include <QDialog>

class QPushButton;

namespace care::ui {

class RecoveryKeyPage;

// A replaced recovery key, shown once; closes only after the user
// confirmed that the new key is kept.
class RecoveryKeyDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryKeyDialog(const QString &key, const QString &databaseName, const QDateTime &createdUtc,
                      QWidget *parent = nullptr);

    RecoveryKeyPage *page() const { return m_page; }

public slots:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RecoveryKeyPage *m_page = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace care::ui
