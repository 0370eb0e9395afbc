#include "screening/screeninganswersheet.h"

#include "screening/answerchoices.h"

#include <QGridLayout>
#include <QLabel>

namespace care::ui {

namespace {

QList<std::pair<int, QString>> choiceList(const QList<ScaleChoice> &choices, const Wording &wording)
{
    QList<std::pair<int, QString>> list;
    for (const ScaleChoice &c : choices)
        list.append({c.value, ScreeningLabels::choiceText(c, wording)});
    return list;
}

QList<std::pair<int, QString>> scaleList(const ResponseScale &scale, const Wording &wording)
{
    if (!scale.choices.isEmpty())
        return choiceList(scale.choices, wording);
    QList<std::pair<int, QString>> list;
    for (int v = scale.min; v <= scale.max; ++v)
        list.append({v, QString::number(v)});
    return list;
}

// Choice texts with their value in front ("0 ไม่จริง"), so the digit to type is visible.
QList<std::pair<int, QString>> numbered(QList<std::pair<int, QString>> list)
{
    for (auto &[value, text] : list)
        if (text != QString::number(value))
            text = QStringLiteral("%1 %2").arg(value).arg(text);
    return list;
}

}  // namespace

ScreeningAnswerSheet::ScreeningAnswerSheet(QWidget *parent) : QWidget(parent), m_layout(new QGridLayout(this))
{
    m_layout->setColumnStretch(1, 1);
    m_layout->setVerticalSpacing(2);
}

void ScreeningAnswerSheet::setInstrument(const Instrument *instrument, const Wording &wording)
{
    // Everything of the previous instrument goes.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_items.clear();
    m_impactItems.clear();
    m_impactQuestion = nullptr;
    m_rowsInOrder.clear();
    m_instrument = instrument;
    if (!instrument)
        return;
    for (const Item &item : instrument->items) {
        const QString text = ScreeningLabels::itemText(item, wording);
        m_items << addRow(QString::number(item.number), text.isEmpty() ? ScreeningLabels::itemCaption(item) : text,
                          numbered(scaleList(item.scale, wording)));
    }
    if (const auto &impact = instrument->impact) {
        auto *title = new QLabel(impact->title.current(), this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        m_layout->addWidget(title, m_layout->rowCount(), 0, 1, 3);
        m_impactQuestion = addRow(
                QString(),
                ScreeningLabels::keyText(impact->questionKey, {}, wording, tr("Does the child have difficulties?")),
                numbered(choiceList(impact->questionChoices, wording)));
        m_impactQuestion->setObjectName(QStringLiteral("impactQuestion"));
        for (int i = 0; i < impact->itemKeys.size(); ++i)
            m_impactItems << addRow(
                    QString(),
                    ScreeningLabels::keyText(impact->itemKeys.at(i), {}, wording, tr("Impact item %1").arg(i + 1)),
                    numbered(choiceList(impact->itemChoices, wording)));
        connect(m_impactQuestion, &AnswerChoices::changed, this, &ScreeningAnswerSheet::updateImpactRows);
    }
    m_layout->setRowStretch(m_layout->rowCount(), 1);
    chain();
    updateImpactRows();
}

AnswerChoices *ScreeningAnswerSheet::addRow(const QString &number, const QString &text,
                                            const QList<std::pair<int, QString>> &choices)
{
    const int row = m_layout->rowCount();
    auto *numberLabel = new QLabel(number, this);
    numberLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *textLabel = new QLabel(text, this);
    textLabel->setWordWrap(true);
    textLabel->setTextFormat(Qt::PlainText);
    auto *answer = new AnswerChoices(choices, this);
    answer->setObjectName(QStringLiteral("answer%1").arg(m_rowsInOrder.size() + 1));
    textLabel->setBuddy(answer);
    m_layout->addWidget(numberLabel, row, 0);
    m_layout->addWidget(textLabel, row, 1);
    m_layout->addWidget(answer, row, 2);
    m_rowsInOrder << answer;
    connect(answer, &AnswerChoices::changed, this, &ScreeningAnswerSheet::changed);
    return answer;
}

void ScreeningAnswerSheet::chain()
{
    QList<AnswerChoices *> rows = m_items;
    if (m_impactQuestion)
        rows << m_impactQuestion << m_impactItems;
    for (int i = 0; i < rows.size(); ++i) {
        AnswerChoices *row = rows.at(i);
        AnswerChoices *next = rows.value(i + 1);
        AnswerChoices *previous = rows.value(i - 1);
        if (i > 0)
            setTabOrder(previous, row);
        connect(row, &AnswerChoices::nextWanted, this, [next] {
            if (next && next->isEnabled())
                next->setFocus(Qt::TabFocusReason);
        });
        connect(row, &AnswerChoices::previousWanted, this, [previous] {
            if (previous)
                previous->setFocus(Qt::BacktabFocusReason);
        });
        // After an answer: the next question still open; at the end, the next widget of the dialog.
        connect(row, &AnswerChoices::answered, this, [row, next] {
            if (next && next->isEnabled())
                next->setFocus(Qt::TabFocusReason);
            else
                row->focusNextWidget();
        });
    }
}

void ScreeningAnswerSheet::updateImpactRows()
{
    if (!m_impactQuestion || !m_instrument || !m_instrument->impact)
        return;
    const std::optional<int> difficulties = m_impactQuestion->value();
    const bool open = difficulties && *difficulties != m_instrument->impact->noneChoice;
    for (AnswerChoices *row : std::as_const(m_impactItems)) {
        row->setEnabled(open);
        if (!open)
            row->setValue(std::nullopt);
    }
}

void ScreeningAnswerSheet::focusFirst()
{
    if (!m_items.isEmpty())
        m_items.first()->setFocus(Qt::TabFocusReason);
}

ScreeningAnswers ScreeningAnswerSheet::answers() const
{
    ScreeningAnswers answers;
    for (const AnswerChoices *row : m_items)
        answers.items << row->value();
    if (m_impactQuestion && m_impactQuestion->value()) {
        ImpactAnswers impact;
        impact.difficulties = m_impactQuestion->value();
        if (*impact.difficulties != m_instrument->impact->noneChoice)
            for (const AnswerChoices *row : m_impactItems)
                impact.items << row->value();
        answers.impact = impact;
    }
    return answers;
}

void ScreeningAnswerSheet::setAnswers(const ScreeningAnswers &answers)
{
    for (int i = 0; i < m_items.size(); ++i)
        m_items.at(i)->setValue(answers.items.value(i));
    if (m_impactQuestion) {
        m_impactQuestion->setValue(answers.impact ? answers.impact->difficulties : std::nullopt);
        updateImpactRows();
        for (int i = 0; i < m_impactItems.size(); ++i)
            m_impactItems.at(i)->setValue(answers.impact ? answers.impact->items.value(i) : std::nullopt);
    }
}

}  // namespace care::ui
