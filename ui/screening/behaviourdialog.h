#pragma once

#include "domain/indicators.h"
#include "privacy/confirmation.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace care::ui {

class AppContext;

// A student's behaviour incidents, newest first (IndicatorService; reading
// the notes is audited as a view of the screening section), with Add, Edit
// and Remove as the session may.
class BehaviourDialog : public QDialog {
    Q_OBJECT
public:
    BehaviourDialog(AppContext &context, const QString &studentId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QString message() const;
    void reload();
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void openEditor(int row);  // -1: a new incident
    void removeChosen();
    void retranslateUi();

    AppContext &m_context;
    QString m_studentId;
    QString m_studentName;
    QList<BehaviourIncident> m_incidents;
    QTableWidget *m_table;
    QLabel *m_empty;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_close;
    Confirmation m_confirm = askWithMessageBox();
};

}  // namespace care::ui
