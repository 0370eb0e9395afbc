#pragma once

#include "screening/instrument.h"
#include "screening/unsavedprompt.h"

#include <QDate>
#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace care {
struct Error;
struct ScreeningResult;
}  // namespace care

namespace care::ui {

class AppContext;
class DayEdit;
class ScoreTable;
class ScreeningAnswerSheet;

// One student's questionnaire: who answered (parent, teacher, the child),
// which form, the day (shown in the user's era: Buddhist in Thai) and the
// band set; the items with their words or "Item N"; the impact supplement;
// the scores and bands as the answers come in. A child outside the form's
// ages gets a warning and must have a reason. Saving goes through
// ScreeningService; its refusals appear at the field they are about and
// nothing is saved.
class ScreeningFormDialog : public QDialog {
    Q_OBJECT
public:
    ScreeningFormDialog(AppContext &context, const QString &studentId, QWidget *parent = nullptr);

    // Edits a stored result: its form and respondent stay as they are.
    void editResult(const ScreeningResult &result);

    void setRespondent(Respondent respondent);
    void setInstrument(const QString &instrumentId);
    void setDate(const QDate &date);
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_unsaved = std::move(prompt); }

    ScreeningAnswerSheet *sheet() const { return m_sheet; }
    ScoreTable *scores() const { return m_scores; }
    const Instrument *instrument() const;
    bool isAgeReasonShown() const;
    QString savedResultId() const { return m_savedId; }
    // Saves; true when saved (then the dialog closes with Accepted).
    bool save();

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildChoices();
    void fillRespondents();
    void fillInstruments();
    void fillBandSets();
    void instrumentChosen();
    void updateAge();
    void updateScores();
    void showError(const Error &error);
    void clearErrors();
    void retranslateUi();

    AppContext &m_context;
    QString m_studentId;
    QString m_studentName;
    QDate m_birthDate;
    QString m_resultId;  // editing this result; empty for a new one
    QString m_savedId;
    bool m_dirty = false;
    QComboBox *m_respondent;
    QComboBox *m_instrument;
    DayEdit *m_date;
    QComboBox *m_bandSet;
    QLabel *m_ageWarning;
    QLineEdit *m_ageReason;
    QLabel *m_ageReasonLabel;
    ScreeningAnswerSheet *m_sheet;
    ScoreTable *m_scores;
    QLabel *m_missing;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QHash<QString, QLabel *> m_errors;    // by field: respondent, instrumentId, screenedOn, bandSet, ageReason, answers
    QHash<QString, QLabel *> m_captions;  // the same fields' labels
    UnsavedPrompt m_unsaved = askAboutUnsavedWithMessageBox();
};

}  // namespace care::ui
