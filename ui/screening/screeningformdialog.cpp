// ScreeningFormDialog: building the dialog and saving. The choice of
// respondent, form and band set is in screeningformchoices.cpp.
#include "screening/screeningformdialog.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "privacy/dayedit.h"
#include "screening/scoretable.h"
#include "screening/screeninganswersheet.h"
#include "screening/screeninglabels.h"
#include "services/screeningservice.h"
#include "student/formsection.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace care::ui {

namespace {
constexpr int kDialogWidth = 1100;
constexpr int kScorePaneWidth = 420;  // the questions get the rest
} // namespace

ScreeningFormDialog::ScreeningFormDialog(AppContext &context, const QString &studentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_studentId(studentId), m_respondent(new QComboBox(this)),
      m_instrument(new QComboBox(this)), m_date(new DayEdit(this)), m_bandSet(new QComboBox(this)),
      m_ageWarning(new QLabel(this)), m_ageReason(new QLineEdit(this)), m_ageReasonLabel(new QLabel(this)),
      m_sheet(new ScreeningAnswerSheet), m_scores(new ScoreTable(this)), m_missing(new QLabel(this)),
      m_message(makeErrorLabel(QStringLiteral("form"), this)), m_save(new QPushButton(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("screeningFormDialog"));
    if (auto student = context.students().identity(context.session(), studentId)) {
        m_studentName = student->displayName();
        m_birthDate = student->birthDate;
    }
    m_errors.insert(QStringLiteral("answers"), makeErrorLabel(QStringLiteral("answers"), this));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_sheet);
    scroll->setWidgetResizable(true);
    auto *scorePane = new QWidget(this);
    auto *scoreLayout = new QVBoxLayout(scorePane);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    scoreLayout->addWidget(m_scores, 1);
    m_missing->setObjectName(QStringLiteral("missingItems"));
    m_missing->setWordWrap(true);
    scoreLayout->addWidget(m_missing);
    scoreLayout->addWidget(m_errors.value(QStringLiteral("answers")));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(scorePane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    scorePane->setMaximumWidth(kScorePaneWidth);
    splitter->setSizes({kDialogWidth - kScorePaneWidth, kScorePaneWidth});

    m_save->setObjectName(QStringLiteral("saveScreening"));
    m_save->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancel, &QPushButton::clicked, this, &ScreeningFormDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildChoices());
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_sheet, &ScreeningAnswerSheet::changed, this, [this] {
        m_dirty = true;
        updateScores();
    });
    connect(m_ageReason, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
    connect(m_date, &QLineEdit::textChanged, this, &ScreeningFormDialog::updateAge);
    m_date->setDate(context.clock().today());
    fillRespondents();  // and the form and its items
    retranslateUi();
    resize(kDialogWidth, 760);
    m_sheet->focusFirst();
}

void ScreeningFormDialog::editResult(const ScreeningResult &result)
{
    m_resultId = result.id;
    setRespondent(result.respondent);
    setInstrument(result.instrumentId);
    m_respondent->setEnabled(false);
    m_instrument->setEnabled(false);
    m_date->setDate(result.screenedOn);
    if (const int index = m_bandSet->findData(result.bandSet); index >= 0)
        m_bandSet->setCurrentIndex(index);
    m_sheet->setAnswers(result.answers);
    m_ageReason->setText(result.ageReason);
    updateScores();
    updateAge();
    m_dirty = false;
    retranslateUi();
}

void ScreeningFormDialog::setDate(const QDate &date)
{
    m_date->setDate(date);
}

bool ScreeningFormDialog::isAgeReasonShown() const
{
    return !m_ageReason->isHidden();
}

void ScreeningFormDialog::clearErrors()
{
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        it.value()->clear();
        it.value()->hide();
    }
    for (QWidget *input :
         {static_cast<QWidget *>(m_respondent), static_cast<QWidget *>(m_instrument), static_cast<QWidget *>(m_date),
          static_cast<QWidget *>(m_bandSet), static_cast<QWidget *>(m_ageReason)})
        setInvalid(input, false);
    m_message->hide();
}

void ScreeningFormDialog::showError(const Error &error)
{
    if (QLabel *label = m_errors.value(error.field)) {
        label->setText(error.message);
        label->show();
        if (QWidget *input = findChild<QWidget *>(error.field); input && input != label) {
            setInvalid(input, true);
            input->setFocus();
        }
        if (error.field == QLatin1String("ageReason")) {
            m_ageReason->show();
            m_ageReasonLabel->show();
        }
        return;
    }
    m_message->setText(error.message);
    m_message->show();
}

bool ScreeningFormDialog::save()
{
    clearErrors();
    const Instrument *chosen = instrument();
    if (!chosen) {
        showError(Error{tr("Choose a form."), QStringLiteral("instrumentId"), {}});
        return false;
    }
    auto date = m_date->date(QStringLiteral("screenedOn"));
    if (!date) {
        showError(date.error());
        return false;
    }
    ScreeningEntry entry;
    entry.studentId = m_studentId;
    entry.instrumentId = chosen->id;
    entry.respondent = respondentFromCode(m_respondent->currentData().toString());
    entry.screenedOn = date.value();
    entry.answers = m_sheet->answers();
    entry.bandSet = m_bandSet->currentData().toString();
    entry.ageReason = m_ageReason->isHidden() ? QString() : m_ageReason->text();
    ScreeningService service(m_context.database(), m_context.clock());
    Status saved;
    if (m_resultId.isEmpty()) {
        auto id = service.record(m_context.session(), entry);
        if (id)
            m_savedId = id.value();
        else
            saved = id.error();
    } else {
        saved = service.update(m_context.session(), m_resultId, entry);
        m_savedId = m_resultId;
    }
    if (!saved) {
        m_savedId.clear();
        showError(saved.error());
        return false;
    }
    m_dirty = false;
    emit m_context.studentChanged(m_studentId);
    QDialog::accept();
    return true;
}

void ScreeningFormDialog::reject()
{
    if (m_dirty) {
        switch (m_unsaved(this, tr("The answers of this screening are not saved yet. Save them?"))) {
        case UnsavedChoice::Save:
            save();
            return;  // a refused save keeps the dialog open
        case UnsavedChoice::Discard:
            break;
        case UnsavedChoice::Cancel:
            return;
        }
    }
    QDialog::reject();
}

void ScreeningFormDialog::retranslateUi()
{
    setWindowTitle(m_resultId.isEmpty() ? tr("New screening: %1").arg(m_studentName)
                                        : tr("Screening of %1").arg(m_studentName));
    m_captions.value(QStringLiteral("respondent"))->setText(tr("&Answered by"));
    m_captions.value(QStringLiteral("instrumentId"))->setText(tr("&Form"));
    m_captions.value(QStringLiteral("screenedOn"))->setText(tr("&Date"));
    m_captions.value(QStringLiteral("bandSet"))->setText(tr("&Bands"));
    m_ageReasonLabel->setText(tr("&Reason"));
    m_ageReason->setPlaceholderText(tr("Why this form is used for a child of this age"));
    m_save->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
    updateAge();
    updateScores();
}

void ScreeningFormDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillRespondents();
        // The items' words in the new language, the answers kept.
        const ScreeningAnswers answers = m_sheet->answers();
        const bool dirty = m_dirty;
        if (const Instrument *current = instrument())
            m_sheet->setInstrument(current, ScreeningLabels::wording(m_context, current->id));
        m_sheet->setAnswers(answers);
        m_dirty = dirty;
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

}  // namespace care::ui
