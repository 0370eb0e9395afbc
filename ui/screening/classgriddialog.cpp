#include "screening/classgriddialog.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "screening/classgridchooser.h"
#include "screening/classgridmodel.h"
#include "screening/classgridview.h"
#include "services/screeningservice.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace care::ui {

namespace {
const char kProblemStyle[] = "color: #b3261e;";
}

ClassGridDialog::ClassGridDialog(AppContext &context, const QString &academicYearId, const QString &classroomId,
                                 QWidget *parent)
    : QDialog(parent), m_context(context), m_chooser(new ClassGridChooser(context, this)),
      m_view(new ClassGridView(this)), m_model(new ClassGridModel(this)), m_hint(new QLabel(this)),
      m_message(new QLabel(this)), m_status(new QLabel(this)), m_save(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("classGridDialog"));
    m_view->setGridModel(m_model);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_message->setObjectName(QStringLiteral("gridMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_status->setObjectName(QStringLiteral("gridStatus"));
    m_save->setObjectName(QStringLiteral("saveSheet"));
    m_save->setAutoDefault(false);
    m_close->setAutoDefault(false);
    m_save->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_chooser);
    layout->addWidget(m_hint);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] { save(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_close, &QPushButton::clicked, this, &ClassGridDialog::reject);
    connect(m_chooser, &ClassGridChooser::openRequested, this, [this] { openSheet(); });
    connect(m_chooser, &ClassGridChooser::bandSetChanged, m_model, &ClassGridModel::setBandSet);
    connect(m_model, &ClassGridModel::dirtyChanged, m_save, &QWidget::setEnabled);
    // The status line and the message tell one state: a result of the last
    // save ("Saved on …") no longer holds once an answer changes again.
    connect(m_model, &ClassGridModel::dirtyChanged, this, [this](bool dirty) {
        if (dirty && !m_problemShown)
            showMessage(QString(), false);
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ClassGridDialog::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClassGridDialog::updateStatus);
    connect(m_view, &ClassGridView::entryRefused, this, [this](const QString &text) { showMessage(text, true); });

    retranslateUi();
    QString error;
    if (!m_chooser->load(academicYearId, classroomId, &error)) {
        showMessage(error, true);
        m_chooser->setEnabled(false);
    }
    resize(1320, 820);
    updateStatus();
}

QString ClassGridDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ClassGridDialog::showMessage(const QString &text, bool problem)
{
    m_problemShown = problem && !text.isEmpty();
    m_message->setStyleSheet(problem ? QLatin1String(kProblemStyle) : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool ClassGridDialog::openSheet()
{
    if (!settleUnsaved())
        return false;
    m_chooser->showDateError(QString());
    auto date = m_chooser->date();
    const Instrument *instrument = m_chooser->instrument();
    if (date && !date->isValid())
        date = Error{tr("Enter the date of the screening."), QStringLiteral("screenedOn"), {}};
    if (!date) {
        m_chooser->showDateError(date.error().message);
        return false;
    }
    if (!instrument || m_chooser->classroomId().isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto sheet = ScreeningService(m_context.database(), m_context.clock())
                         .classSheet(m_context.session(), m_chooser->classroomId(), instrument->id, date.value());
    const Wording wording = sheet ? ScreeningLabels::wording(m_context, instrument->id) : Wording{};
    QApplication::restoreOverrideCursor();
    if (!sheet) {
        if (sheet.error().field == QLatin1String("screenedOn"))
            m_chooser->showDateError(sheet.error().message);
        else
            showMessage(sheet.error().message, true);
        return false;
    }
    m_model->setSheet(instrument, m_chooser->bandSet(), sheet.value(), wording);
    showMessage(sheet->rows.isEmpty() ? tr("The class %1 has no students.").arg(sheet->classroomName) : QString(),
                false);
    m_view->setFocus();
    m_view->goToStart();
    return true;
}

bool ClassGridDialog::askAgeReasons()
{
    const QStringList ids = m_model->studentsNeedingAgeReason();
    if (ids.isEmpty())
        return true;
    QStringList names;
    for (const QString &id : ids)
        names << m_model->data(m_model->index(m_model->rowOf(id), ClassGridModel::NameColumn), Qt::DisplayRole)
                         .toString();
    const Instrument &instrument = *m_model->instrument();
    const auto reason = m_askText(this, tr("Age outside the form's range"),
                                  tr("%1 %n student(s) are outside the ages %2–%3 of this form. Why are they "
                                     "screened with it?",
                                     nullptr, int(ids.size()))
                                          .arg(names.join(QStringLiteral(", ")))
                                          .arg(instrument.minAgeYears)
                                          .arg(instrument.maxAgeYears));
    if (!reason)
        return false;
    if (reason->trimmed().isEmpty()) {
        showMessage(tr("Nothing was saved: give a reason for screening children outside the form's ages."), true);
        return false;
    }
    for (const QString &id : ids)
        m_model->setAgeReason(id, reason->trimmed());
    return true;
}

bool ClassGridDialog::save()
{
    if (!m_model->instrument())
        return true;
    const QList<ClassSheetEntry> entries = m_model->changedEntries();
    if (entries.isEmpty()) {
        m_model->markSaved();
        return true;
    }
    if (!askAgeReasons())
        return false;
    const ClassSheet &sheet = m_model->sheet();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto saved = ScreeningService(m_context.database(), m_context.clock())
                         .saveClassSheet(m_context.session(), sheet.classroomId, sheet.instrumentId, sheet.date,
                                         m_model->changedEntries(), m_model->bandSet());
    QApplication::restoreOverrideCursor();
    if (!saved) {
        const Error &error = saved.error();
        const int row = m_model->rowOf(error.location);
        if (row >= 0) {
            m_model->setRowProblem(error.location, error.message);
            m_view->setCurrentIndex(m_model->index(row, ClassGridModel::FirstItemColumn));
            m_view->scrollTo(m_view->currentIndex());
        }
        showMessage(tr("Nothing was saved: %1").arg(error.message), true);
        return false;
    }
    m_model->markSaved();
    showMessage(tr("Saved on %1: %2 new, %3 replaced.")
                        .arg(formatDate(sheet.date))
                        .arg(saved->created)
                        .arg(saved->replaced),
                false);
    for (const ClassSheetEntry &entry : entries)
        emit m_context.studentChanged(entry.studentId);
    return true;
}

bool ClassGridDialog::settleUnsaved()
{
    if (!m_model->isDirty())
        return true;
    switch (m_unsaved(this, tr("The answers typed into this sheet are not saved yet. Save them?"))) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        m_model->markSaved();
        return true;
    case UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

void ClassGridDialog::reject()
{
    if (settleUnsaved())
        QDialog::reject();
}

void ClassGridDialog::updateStatus()
{
    if (!m_model->instrument()) {
        m_status->clear();
        return;
    }
    const int total = m_model->rowCount() * m_model->itemCount();
    m_status->setText(tr("%1 of %2 answers entered").arg(m_model->answeredCount()).arg(total)
                      + (m_model->isDirty() ? tr(" · not saved") : QString()));
}

void ClassGridDialog::retranslateUi()
{
    setWindowTitle(tr("Screen a class"));
    m_hint->setText(tr("Type each answer (0, 1, 2…): the cursor moves on by itself, to the next student after the "
                       "last item. “-” or space: missing. Backspace: clear. Enter: next student. Ctrl+S: save."));
    m_save->setText(tr("&Save"));
    m_close->setText(tr("Close"));
    updateStatus();
}

void ClassGridDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

}  // namespace care::ui
