#pragma once

#include <QDialog>

#include <array>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace care::ui {

class AppContext;
class DayEdit;

// The risk worklists, one tab each: students newly at risk or with a
// problem since a date; at risk or with a problem and no open case; whose
// level rose since the end of last term. Only students the session may list
// appear (core decides). Enter or a double-click opens the student.
class WorklistDialog : public QDialog {
    Q_OBJECT
public:
    enum List { NewlyFlagged, WithoutOpenCase, RoseSinceLastTerm, ListCount };

    explicit WorklistDialog(AppContext &context, QWidget *parent = nullptr);

    void reload();  // every list
    void showList(List list);
    QTableView *table(List list) const { return m_pages[list].view; }
    DayEdit *sinceEdit() const { return m_since; }
    QPushButton *showButton() const { return m_show; }

signals:
    void studentOpenRequested(const QString &studentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Page {
        QWidget *widget = nullptr;
        QLabel *intro = nullptr;
        QStandardItemModel *model = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
        QTableView *view = nullptr;
        QLabel *count = nullptr;
    };
    void makePage(List list, const QString &name);
    void load(List list);
    void retranslateUi();

    AppContext &m_context;
    QTabWidget *m_tabs;
    QLabel *m_sinceLabel;
    DayEdit *m_since;
    QPushButton *m_show;
    std::array<Page, ListCount> m_pages;
};

} // namespace care::ui
