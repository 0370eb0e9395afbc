#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QDialog;
class QMenu;

namespace care::ui {

class AppContext;
class MainWindow;

// The risk screens' menu entries, installed into the main window with one call:
//
//     RiskActions::install(*this);   // in MainWindow's constructor
//
// Risk → Overview… (Ctrl+Shift+O: the class or school chosen in the
// navigation), Worklists… (Ctrl+Shift+W), Recompute all levels…, Rules and
// thresholds…. Overview and worklists are visible to roles that may view
// risk levels; Recompute to manage_settings or to risk/update at the own
// school (counsellor); Rules to manage_settings or view_aggregates. All are
// enabled while Care is not locked. A student chosen in the overview or a
// worklist opens in the profile pane (MainWindow::studentActivated); after
// a recompute or new rules the risk panels and lists show the new levels.
class RiskActions : public QObject {
    Q_OBJECT
public:
    static RiskActions *install(MainWindow &window);

    QAction *overview = nullptr;
    QAction *worklists = nullptr;
    QAction *recompute = nullptr;
    QAction *rules = nullptr;

    QDialog *lastDialog() const;  // the dialog opened last (tests), null if none is open

signals:
    void studentOpenRequested(const QString &studentId);
    void levelsChanged();  // a recompute or an activation ended

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit RiskActions(MainWindow &window);
    bool usable() const;
    void attach(AppContext *context);
    void updateStates();
    void show(QDialog *dialog);
    void openOverview();
    void openWorklists();
    void openRecompute();
    void openRules();
    void refreshViews();
    void retranslate();

    MainWindow &m_window;
    AppContext *m_context = nullptr;
    QMenu *m_menu = nullptr;
    QList<QPointer<QDialog>> m_dialogs;  // open dialogs of the current context
};

} // namespace care::ui
