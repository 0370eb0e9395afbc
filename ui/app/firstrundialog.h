#pragma once

#include "services/databasehandle.h"

#include <QDialog>

class QLabel;

namespace care::ui {

class DatabaseChoices;

// Shown when Care starts without a database to open (first start, or the
// remembered file is gone): open a file, create an empty one, or create the
// demo. Accepted once a database is open; database() then holds it.
class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    explicit FirstRunDialog(QWidget *parent = nullptr);

    void setNotice(const QString &notice);  // e.g. "The database used last time … is gone."
    DatabasePtr database() const { return m_database; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void finishWith(DatabasePtr db);
    void retranslateUi();

    QLabel *m_welcome = nullptr;
    DatabaseChoices *m_choices = nullptr;
    DatabasePtr m_database;
};

} // namespace care::ui
