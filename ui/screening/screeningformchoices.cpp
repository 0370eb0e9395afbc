// ScreeningFormDialog: the choice of respondent, form, date and band set,
// the age check and the live scores.
#include "screening/screeningformdialog.h"

#include "locale/dates.h"
#include "privacy/dayedit.h"
#include "screening/instrumentregistry.h"
#include "screening/scoretable.h"
#include "screening/screeninganswersheet.h"
#include "screening/screeninglabels.h"
#include "student/formsection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace care::ui {

namespace {
const QString kPreferredInstrument = QStringLiteral("sdq-teacher-4-17");
}

QWidget *ScreeningFormDialog::buildChoices()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QString, QWidget *>> rows{{QStringLiteral("respondent"), m_respondent},
                                                    {QStringLiteral("instrumentId"), m_instrument},
                                                    {QStringLiteral("screenedOn"), m_date},
                                                    {QStringLiteral("bandSet"), m_bandSet}};
    for (const auto &[field, input] : rows) {
        input->setObjectName(field);
        auto *caption = new QLabel(box);
        caption->setBuddy(input);
        m_captions.insert(field, caption);
        auto *cell = new QWidget(box);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(input);
        m_errors.insert(field, makeErrorLabel(field, cell));
        cellLayout->addWidget(m_errors.value(field));
        form->addRow(caption, cell);
    }
    m_ageWarning->setObjectName(QStringLiteral("ageWarning"));
    m_ageWarning->setWordWrap(true);
    m_ageWarning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    form->addRow(m_ageWarning);
    m_ageReason->setObjectName(QStringLiteral("ageReason"));
    m_ageReasonLabel->setBuddy(m_ageReason);
    auto *reasonCell = new QWidget(box);
    auto *reasonLayout = new QVBoxLayout(reasonCell);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    reasonLayout->addWidget(m_ageReason);
    m_errors.insert(QStringLiteral("ageReason"), makeErrorLabel(QStringLiteral("ageReason"), reasonCell));
    reasonLayout->addWidget(m_errors.value(QStringLiteral("ageReason")));
    form->addRow(m_ageReasonLabel, reasonCell);
    connect(m_respondent, &QComboBox::currentIndexChanged, this, &ScreeningFormDialog::fillInstruments);
    connect(m_instrument, &QComboBox::currentIndexChanged, this, &ScreeningFormDialog::instrumentChosen);
    connect(m_bandSet, &QComboBox::currentIndexChanged, this, &ScreeningFormDialog::updateScores);
    return box;
}

const Instrument *ScreeningFormDialog::instrument() const
{
    return InstrumentRegistry::shipped().find(m_instrument->currentData().toString());
}

void ScreeningFormDialog::fillRespondents()
{
    const QString chosen = m_respondent->count() ? m_respondent->currentData().toString() : code(Respondent::Teacher);
    {
        const QSignalBlocker blocker(m_respondent);
        m_respondent->clear();
        for (Respondent r : {Respondent::Parent, Respondent::Teacher, Respondent::Self})
            m_respondent->addItem(label(r), code(r));
        m_respondent->setCurrentIndex(std::max(0, int(m_respondent->findData(chosen))));
    }
    fillInstruments();
}

void ScreeningFormDialog::fillInstruments()
{
    const QString respondent = m_respondent->currentData().toString();
    const QString chosen = m_instrument->count() ? m_instrument->currentData().toString() : kPreferredInstrument;
    {
        const QSignalBlocker blocker(m_instrument);
        m_instrument->clear();
        for (const Instrument *it : InstrumentRegistry::shipped().all())
            if (code(it->respondent) == respondent)
                m_instrument->addItem(ScreeningLabels::instrumentTitle(*it), it->id);
        m_instrument->setCurrentIndex(std::max(0, int(m_instrument->findData(chosen))));
    }
    if (m_sheet->instrument() != instrument())
        instrumentChosen();
}

void ScreeningFormDialog::setRespondent(Respondent respondent)
{
    m_respondent->setCurrentIndex(std::max(0, int(m_respondent->findData(code(respondent)))));
}

void ScreeningFormDialog::setInstrument(const QString &instrumentId)
{
    if (const Instrument *it = InstrumentRegistry::shipped().find(instrumentId)) {
        setRespondent(it->respondent);
        m_instrument->setCurrentIndex(std::max(0, int(m_instrument->findData(instrumentId))));
    }
}

void ScreeningFormDialog::fillBandSets()
{
    const QString chosen = m_bandSet->currentData().toString();
    const QSignalBlocker blocker(m_bandSet);
    m_bandSet->clear();
    const Instrument *current = instrument();
    if (!current)
        return;
    for (const BandSet &set : current->bandSets)
        m_bandSet->addItem(ScreeningLabels::bandSetTitle(set), set.name);
    int index = m_bandSet->findData(chosen);
    if (index < 0)
        index = m_bandSet->findData(current->defaultBandSet);
    m_bandSet->setCurrentIndex(std::max(0, index));
}

void ScreeningFormDialog::instrumentChosen()
{
    const Instrument *current = instrument();
    fillBandSets();
    // Answers of one form mean nothing on another: a new form starts empty.
    m_sheet->setInstrument(current, current ? ScreeningLabels::wording(m_context, current->id) : Wording{});
    m_dirty = false;
    updateAge();
    updateScores();
}

void ScreeningFormDialog::updateAge()
{
    const Instrument *current = instrument();
    auto date = m_date->date();
    bool outside = false;
    if (current && m_birthDate.isValid() && date && date->isValid()) {
        const int age = ageOn(m_birthDate, date.value());
        outside = age < current->minAgeYears || age > current->maxAgeYears;
        m_ageWarning->setText(tr("%1 is %n years old on %2, outside the ages %3–%4 of this form. Give a reason to "
                                 "record the screening anyway.",
                                 nullptr, age)
                                      .arg(m_studentName, formatDate(date.value()))
                                      .arg(current->minAgeYears)
                                      .arg(current->maxAgeYears));
    }
    m_ageWarning->setVisible(outside);
    m_ageReason->setVisible(outside);
    m_ageReasonLabel->setVisible(outside);
}

void ScreeningFormDialog::updateScores()
{
    const Instrument *current = instrument();
    if (!current) {
        m_scores->clearScores();
        m_missing->clear();
        return;
    }
    const ScreeningAnswers answers = m_sheet->answers();
    const ScreeningScores scores = score(*current, answers, m_bandSet->currentData().toString());
    m_scores->showScores(*current, scores);
    QStringList missing;
    for (int number : scores.missingItems)
        missing << QString::number(number);
    if (missing.size() == current->items.size())
        m_missing->setText(tr("No item answered yet."));
    else if (missing.isEmpty())
        m_missing->setText(tr("Every item is answered."));
    else
        m_missing->setText(
                tr("Not answered: item(s) %1.", nullptr, int(missing.size())).arg(missing.join(QStringLiteral(", "))));
}

}  // namespace care::ui
