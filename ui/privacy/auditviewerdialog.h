#pragma once

#include "services/auditservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace care::ui {

class AppContext;
class AuditChainCheck;
class AuditFilterBar;

// Administration → Audit trail…: the events the user may see (view_audit),
// newest first, a page at a time, filtered by user, student, action and
// dates; and the check of the hash chain.
class AuditViewerDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;

    explicit AuditViewerDialog(AppContext &context, QWidget *parent = nullptr);

    void reload();    // first page of the current filter
    void loadMore();  // the next, older page
    int shownCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void appendEvents(const QList<AuditEvent> &events);
    void showError(const QString &message);
    void updateCount();
    void retranslateUi();

    AppContext &m_context;
    AuditFilterBar *m_filters;
    QLabel *m_message;
    QTableWidget *m_table;
    QLabel *m_count;
    QPushButton *m_more;
    AuditChainCheck *m_chain;
    QDialogButtonBox *m_buttons;
    AuditFilter m_filter;       // the filter of the rows shown
    qint64 m_oldestSeq = 0;     // paging cursor: the oldest event shown
    bool m_exhausted = true;
};

} // namespace care::ui
