#include "screening/answerchoices.h"

#include "screening/answerkeys.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QRadioButton>

#include <algorithm>

namespace care::ui {

AnswerChoices::AnswerChoices(const QList<std::pair<int, QString>> &choices, QWidget *parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 1, 4, 1);
    for (const auto &[value, text] : choices) {
        auto *radio = new QRadioButton(text, this);
        radio->setFocusPolicy(Qt::NoFocus);  // the row takes the keys
        radio->setObjectName(QStringLiteral("choice%1").arg(value));
        m_group->addButton(radio, value);
        m_values << value;
        layout->addWidget(radio);
    }
    layout->addStretch();
    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        emit changed();
        setFocus(Qt::MouseFocusReason);
    });
}

std::optional<int> AnswerChoices::value() const
{
    const int id = m_group->checkedId();
    return id == -1 ? std::nullopt : std::optional<int>(id);
}

void AnswerChoices::setValue(std::optional<int> value)
{
    if (value && m_values.contains(*value)) {
        m_group->button(*value)->setChecked(true);
        return;
    }
    // An exclusive group never unchecks its last button on its own.
    m_group->setExclusive(false);
    for (QAbstractButton *b : m_group->buttons())
        b->setChecked(false);
    m_group->setExclusive(true);
}

void AnswerChoices::setChoiceTexts(const QList<QString> &texts)
{
    for (int i = 0; i < texts.size() && i < m_values.size(); ++i)
        m_group->button(m_values.at(i))->setText(texts.at(i));
}

QRadioButton *AnswerChoices::button(int value) const
{
    return qobject_cast<QRadioButton *>(m_group->button(value));
}

void AnswerChoices::step(int by)
{
    const std::optional<int> current = value();
    int index = current ? int(m_values.indexOf(*current)) + by : (by > 0 ? 0 : int(m_values.size()) - 1);
    index = std::clamp(index, 0, int(m_values.size()) - 1);
    setValue(m_values.value(index));
    emit changed();
}

void AnswerChoices::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        return step(-1);
    case Qt::Key_Right:
        return step(1);
    case Qt::Key_Up:
        emit previousWanted();
        return;
    case Qt::Key_Down:
        emit nextWanted();
        return;
    default:
        break;
    }
    const AnswerKeyPress press = readAnswerKey(*event);
    switch (press.kind) {
    case AnswerKey::None:
        return QWidget::keyPressEvent(event);
    case AnswerKey::Value:
        if (!m_values.contains(press.value))
            return QWidget::keyPressEvent(event);
        setValue(press.value);
        emit changed();
        emit answered();
        return;
    case AnswerKey::Missing:
        setValue(std::nullopt);
        emit changed();
        emit answered();
        return;
    case AnswerKey::Clear:
        setValue(std::nullopt);
        emit changed();
        return;
    }
}

void AnswerChoices::highlight(bool on)
{
    QPalette colours = palette();
    colours.setColor(QPalette::Window,
                     on ? QPalette().color(QPalette::Highlight).lighter(180) : QPalette().color(QPalette::Window));
    setPalette(colours);
}

void AnswerChoices::focusInEvent(QFocusEvent *event)
{
    highlight(true);
    QWidget::focusInEvent(event);
}

void AnswerChoices::focusOutEvent(QFocusEvent *event)
{
    highlight(false);
    QWidget::focusOutEvent(event);
}

}  // namespace care::ui
