#pragma once

#include "screening/scoring.h"
#include "screening/screeninglabels.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace care::ui {

class AnswerChoices;

// The questions of one instrument, one row each: the item number, its
// words (installed wording, or "Item N" when none is installed) and its
// choices; then the impact supplement, whose items open once the answer to
// its first question says there are difficulties. A digit answers the
// focused question and moves to the next one.
class ScreeningAnswerSheet : public QWidget {
    Q_OBJECT
public:
    explicit ScreeningAnswerSheet(QWidget *parent = nullptr);

    // Builds the rows for `instrument` (which must outlive the sheet), all unanswered.
    void setInstrument(const Instrument *instrument, const Wording &wording);
    const Instrument *instrument() const { return m_instrument; }

    ScreeningAnswers answers() const;
    void setAnswers(const ScreeningAnswers &answers);
    AnswerChoices *itemRow(int index) const { return m_items.value(index); }
    AnswerChoices *impactQuestion() const { return m_impactQuestion; }
    AnswerChoices *impactRow(int index) const { return m_impactItems.value(index); }
    void focusFirst();

signals:
    void changed();  // by the user

private:
    AnswerChoices *addRow(const QString &number, const QString &text, const QList<std::pair<int, QString>> &choices);
    void chain();  // digits and Up/Down move through the rows in order
    void updateImpactRows();

    const Instrument *m_instrument = nullptr;
    QGridLayout *m_layout;
    QList<AnswerChoices *> m_items;
    AnswerChoices *m_impactQuestion = nullptr;
    QList<AnswerChoices *> m_impactItems;
    QList<QWidget *> m_rowsInOrder;
};

}  // namespace care::ui
