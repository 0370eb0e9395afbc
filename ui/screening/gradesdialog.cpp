#include "screening/gradesdialog.h"

#include "app/appcontext.h"
#include "domain/indicators.h"
#include "screening/subjectmarkstable.h"
#include "services/indicatorservice.h"
#include "student/formsection.h"
#include "util/clock.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace care::ui {

namespace {
const QStringList kCountFields{QStringLiteral("failingMarks"), QStringLiteral("incompleteMarks"),
                               QStringLiteral("notAllowedMarks")};
constexpr int kMaxCount = 99;  // core says how many it takes
}  // namespace

GradesDialog::GradesDialog(AppContext &context, const QString &studentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_studentId(studentId), m_term(new QComboBox(this)),
      m_gpa(new QLineEdit(this)), m_subjects(new SubjectMarksTable(this)), m_addSubject(new QPushButton(this)),
      m_removeSubject(new QPushButton(this)), m_countsNote(new QLabel(this)),
      m_message(makeErrorLabel(QStringLiteral("grades"), this)), m_save(new QPushButton(this)),
      m_close(new QPushButton(this)), m_errors(this)
{
    setObjectName(QStringLiteral("gradesDialog"));
    if (auto student = context.students().identity(context.session(), studentId))
        m_studentName = student->displayName();
    m_gpa->setMaxLength(8);
    m_addSubject->setObjectName(QStringLiteral("addSubject"));
    m_removeSubject->setObjectName(QStringLiteral("removeSubject"));
    m_save->setObjectName(QStringLiteral("saveGrades"));
    auto *form = new QFormLayout;
    const auto caption = [this, form](const QString &field, QWidget *input, QWidget *shown = nullptr) {
        auto *label = new QLabel(this);
        label->setBuddy(input);
        m_captions.insert(field, label);
        form->addRow(label, m_errors.cell(field, input, shown));
    };
    caption(QStringLiteral("termId"), m_term);
    caption(QStringLiteral("gpa"), m_gpa);
    auto *subjectBox = new QWidget(this);
    auto *subjectLayout = new QVBoxLayout(subjectBox);
    subjectLayout->setContentsMargins(0, 0, 0, 0);
    subjectLayout->addWidget(m_subjects);
    auto *subjectButtons = new QHBoxLayout;
    subjectButtons->addWidget(m_addSubject);
    subjectButtons->addWidget(m_removeSubject);
    subjectButtons->addStretch();
    subjectLayout->addLayout(subjectButtons);
    caption(QStringLiteral("subjects"), m_subjects, subjectBox);
    for (const QString &field : kCountFields) {
        auto *spin = new QSpinBox(this);
        spin->setRange(0, kMaxCount);
        m_counts.insert(field, spin);
        caption(field, spin);
    }
    m_countsNote->setWordWrap(true);
    m_countsNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_countsNote);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);  // Enter in the subject table edits, it does not save

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_addSubject, &QPushButton::clicked, this, [this] { m_subjects->addRow(); });
    connect(m_removeSubject, &QPushButton::clicked, m_subjects, &SubjectMarksTable::removeCurrentRow);
    connect(m_subjects, &SubjectMarksTable::marksChanged, this, &GradesDialog::updateCounts);
    connect(m_term, &QComboBox::currentIndexChanged, this, &GradesDialog::loadTerm);
    if (auto terms = StudentTerms::load(context, studentId))
        m_terms = terms.value();
    else
        showMessage(terms.error().message, true);
    StudentTerms::fill(m_term, m_terms, context.clock().today());
    retranslateUi();
    loadTerm();
    resize(560, 620);
}

QSpinBox *GradesDialog::count(const QString &field) const
{
    return m_counts.value(field);
}

void GradesDialog::setTerm(const QString &termId)
{
    if (const int index = m_term->findData(termId); index >= 0)
        m_term->setCurrentIndex(index);
}

QString GradesDialog::errorAt(const QString &field) const
{
    return m_errors.message(field);
}

QString GradesDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void GradesDialog::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void GradesDialog::loadTerm()
{
    m_errors.clear();
    showMessage(QString(), false);
    TermGrades grades;
    auto list = IndicatorService(m_context.database(), m_context.clock()).grades(m_context.session(), m_studentId);
    if (!list)
        showMessage(list.error().message, true);
    else
        for (const TermGrades &g : list.value())
            if (g.termId == m_term->currentData().toString())
                grades = g;
    m_gpa->setText(grades.gpa ? QLocale::c().toString(*grades.gpa, 'f', 2) : QString());
    m_subjects->setMarks(grades.subjects);
    m_counts.value(kCountFields.at(0))->setValue(grades.failingMarks);
    m_counts.value(kCountFields.at(1))->setValue(grades.incompleteMarks);
    m_counts.value(kCountFields.at(2))->setValue(grades.notAllowedMarks);
    updateCounts();
    m_save->setEnabled(m_term->count() > 0);
}

void GradesDialog::updateCounts()
{
    // Subjects listed: the counts are theirs.
    const QList<SubjectMark> marks = m_subjects->marks();
    const bool bySubject = !marks.isEmpty();
    int counted[3] = {0, 0, 0};
    for (const SubjectMark &m : marks)
        ++counted[int(m.mark)];
    for (int i = 0; i < kCountFields.size(); ++i) {
        QSpinBox *spin = m_counts.value(kCountFields.at(i));
        spin->setReadOnly(bySubject);
        if (bySubject)
            spin->setValue(counted[i]);
    }
    m_countsNote->setVisible(bySubject);
    m_removeSubject->setEnabled(bySubject);
}

bool GradesDialog::save()
{
    m_errors.clear();
    showMessage(QString(), false);
    TermGrades grades;
    grades.studentId = m_studentId;
    grades.termId = m_term->currentData().toString();
    const QString gpaText = m_gpa->text().trimmed();
    if (!gpaText.isEmpty()) {
        bool ok = false;
        const double gpa = QLocale::c().toDouble(QString(gpaText).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
        if (!ok) {
            m_errors.show(Error{tr("“%1” is not a GPA. Type a number from 0.00 to 4.00, such as 2.75, or leave it "
                                   "empty.")
                                        .arg(gpaText),
                                QStringLiteral("gpa"),
                                {}});
            return false;
        }
        grades.gpa = gpa;
    }
    grades.subjects = m_subjects->marks();
    if (grades.subjects.isEmpty()) {
        grades.failingMarks = m_counts.value(kCountFields.at(0))->value();
        grades.incompleteMarks = m_counts.value(kCountFields.at(1))->value();
        grades.notAllowedMarks = m_counts.value(kCountFields.at(2))->value();
    }
    auto saved = IndicatorService(m_context.database(), m_context.clock()).setTermGrades(m_context.session(), grades);
    if (!saved) {
        int row = -1;
        if (FieldErrors::baseField(saved.error().field, &row) == QLatin1String("subjects") && row >= 0)
            m_subjects->setCurrentCell(row, 0);
        if (!m_errors.show(saved.error()))
            showMessage(saved.error().message, true);
        return false;
    }
    showMessage(tr("Grades of term %1 saved.").arg(m_term->currentText()), false);
    emit m_context.studentChanged(m_studentId);
    return true;
}

void GradesDialog::retranslateUi()
{
    setWindowTitle(tr("Grades: %1").arg(m_studentName));
    m_captions.value(QStringLiteral("termId"))->setText(tr("&Term"));
    m_captions.value(QStringLiteral("gpa"))->setText(tr("&GPA"));
    m_gpa->setPlaceholderText(tr("0.00–4.00, empty when none"));
    m_captions.value(QStringLiteral("subjects"))->setText(tr("Failing marks by &subject"));
    m_captions.value(kCountFields.at(0))->setText(tr("Marks of &0"));
    m_captions.value(kCountFields.at(1))->setText(tr("Marks of ร (&incomplete)"));
    m_captions.value(kCountFields.at(2))->setText(tr("Marks of มส (&not allowed)"));
    m_countsNote->setText(tr("The counts follow the subjects listed."));
    m_addSubject->setText(tr("A&dd subject"));
    m_removeSubject->setText(tr("&Remove subject"));
    m_save->setText(tr("&Save"));
    m_close->setText(tr("Close"));
}

void GradesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        const QString term = m_term->currentData().toString();
        const QSignalBlocker blocker(m_term);
        StudentTerms::fill(m_term, m_terms, m_context.clock().today());
        setTerm(term);
    }
    QDialog::changeEvent(event);
}

}  // namespace care::ui
