#pragma once

#include <QList>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QRadioButton;

namespace care::ui {

// The answer to one question of the screening form: a radio button per
// choice, and the keyboard way in. With the row focused, a digit picks that
// choice and moves on (answered()), '-' or space leaves it unanswered and
// moves on, Backspace or Delete clears it, Left and Right step through the
// choices, Up and Down go to the previous or next question.
class AnswerChoices : public QWidget {
    Q_OBJECT
public:
    // One choice per (value, text), values in order.
    explicit AnswerChoices(const QList<std::pair<int, QString>> &choices, QWidget *parent = nullptr);

    std::optional<int> value() const;
    void setValue(std::optional<int> value);  // a value without a choice clears
    void setChoiceTexts(const QList<QString> &texts);
    QRadioButton *button(int value) const;
    void focusNextWidget() { focusNextChild(); }  // Tab, as if pressed

signals:
    void changed();         // by the user
    void answered();        // the user is done with this question
    void previousWanted();  // Up
    void nextWanted();      // Down

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void step(int by);
    void highlight(bool on);

    QButtonGroup *m_group;
    QList<int> m_values;
};

}  // namespace care::ui
