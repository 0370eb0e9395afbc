#pragma once

#include "util/result.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace care {
struct Instrument;
}

namespace care::ui {

class AppContext;
class DayEdit;

// The top of the class grid: which class, which form, which day, scored
// with which band set, and the button that opens that sheet. Everything is
// reachable by Tab and chosen with the keyboard; Enter opens the sheet.
class ClassGridChooser : public QWidget {
    Q_OBJECT
public:
    ClassGridChooser(AppContext &context, QWidget *parent = nullptr);

    // The classrooms of the academic year (empty: the newest) the session
    // may screen, `preferred` chosen when it is among them. False when
    // there are none; `error` says why.
    bool load(const QString &academicYearId, const QString &preferredClassroomId, QString *error);

    QString classroomId() const;
    const Instrument *instrument() const;
    QString bandSet() const;
    Result<QDate> date() const;

    void setClassroom(const QString &classroomId);
    void setInstrument(const QString &instrumentId);
    void setDate(const QDate &date);
    void showDateError(const QString &message);  // empty: none
    QPushButton *openButton() const { return m_open; }

signals:
    void openRequested();
    void bandSetChanged(const QString &bandSet);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillInstruments();
    void fillBandSets();
    void retranslateUi();

    AppContext &m_context;
    QComboBox *m_classrooms;
    QComboBox *m_instruments;
    DayEdit *m_date;
    QComboBox *m_bandSets;
    QPushButton *m_open;
    QLabel *m_dateError;
    QLabel *m_classLabel;
    QLabel *m_formLabel;
    QLabel *m_dateLabel;
    QLabel *m_bandLabel;
};

}  // namespace care::ui
