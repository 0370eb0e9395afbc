#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace care::ui {

// The three ways into Care when no database is open: open a file, create
// an empty one, or create the demo municipality. Shown by the first-run
// dialog and by the main window after a database is closed.
class DatabaseChoices : public QWidget {
    Q_OBJECT
public:
    explicit DatabaseChoices(QWidget *parent = nullptr);

    // An extra line above the choices, e.g. why the last file did not open.
    void setNotice(const QString &notice);

signals:
    void openChosen();
    void createEmptyChosen();
    void createDemoChosen();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading = nullptr;
    QLabel *m_notice = nullptr;
    QCommandLinkButton *m_open = nullptr;
    QCommandLinkButton *m_createEmpty = nullptr;
    QCommandLinkButton *m_createDemo = nullptr;
};

} // namespace care::ui
