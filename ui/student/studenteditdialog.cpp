#include "student/studenteditdialog.h"

#include "app/appcontext.h"
#include "student/addresssection.h"
#include "student/createstudentcommand.h"
#include "student/editstudentcommand.h"
#include "student/guardianlistsection.h"
#include "student/householdsection.h"
#include "student/studentidentitysection.h"
#include "student/studentschoolsection.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QStyle>
#include <QVBoxLayout>

#include <memory>

namespace care::ui {

namespace {
bool sameGuardians(const QList<GuardianLink> &a, const QList<GuardianLink> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const GuardianLink &x, const GuardianLink &y) {
        return x.guardian == y.guardian && x.relation == y.relation && x.isPrimary == y.isPrimary
            && x.livesWithStudent == y.livesWithStudent;
    });
}
} // namespace

StudentEditDialog::StudentEditDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_newStudent(true)
{
    build();
    revalidate();
}

StudentEditDialog::StudentEditDialog(AppContext &context, const QString &studentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_newStudent(false)
{
    build();
    if (auto loaded = m_context.students().load(m_context.session(), studentId)) {
        m_loaded = loaded.value();
        m_school->load(m_loaded);
        m_identity->load(m_loaded);
        m_address->load(m_loaded.student.address);
        m_household->load(m_loaded.household);
        m_guardians->load(m_loaded.guardians);
        // A stored record is shown with all its problems at once.
        for (FormSection *section : m_sections)
            section->markAllTouched();
    } else {
        m_loadError = loaded.error().message;
        m_loaded.student.id = studentId;
    }
    retranslateUi();
    revalidate();
}

void StudentEditDialog::build()
{
    m_school = new StudentSchoolSection(m_context, m_newStudent, this);
    m_identity = new StudentIdentitySection(m_context.clock(), this);
    m_address = new AddressSection(this);
    m_household = new HouseholdSection(this);
    m_guardians = new GuardianListSection(this);
    m_sections = {m_school, m_identity, m_address, m_household, m_guardians};

    // Three columns, so the whole form fits a 1366×768 screen.
    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    left->addWidget(m_school);
    left->addWidget(m_identity);
    left->addStretch();
    auto *middle = new QVBoxLayout;
    middle->addWidget(m_address);
    middle->addWidget(m_household);
    middle->addStretch();
    columns->addLayout(left, 4);
    columns->addLayout(middle, 4);
    columns->addWidget(m_guardians, 3);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    for (FormSection *section : m_sections)
        connect(section, &FormSection::edited, this, &StudentEditDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StudentEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Big enough to show the whole form without scrolling where the screen allows.
    // Room for a vertical scroll bar too, so long messages never force a
    // horizontal one.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const QSize wanted = content->sizeHint() + QSize(40 + scrollBar, 120);
    const QRect screen = (parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(wanted.width(), screen.width() * 9 / 10), std::min(wanted.height(), screen.height() * 9 / 10));
    retranslateUi();
}

StudentRecord StudentEditDialog::record() const
{
    StudentRecord r = m_loaded;
    m_school->apply(r);
    m_identity->apply(r);
    r.student.address = m_address->address();
    r.household = m_household->household();
    r.guardians = m_guardians->guardians();
    return r;
}

QList<Error> StudentEditDialog::problems() const
{
    if (!m_loadError.isEmpty())
        return {Error{m_loadError, {}, {}}};
    QList<Error> errors;
    QSet<QString> unreadable;
    for (const FormSection *section : m_sections)
        for (const Error &e : section->inputErrors()) {
            errors << e;
            unreadable.insert(e.field);
        }
    // A field whose text could not be read has its own message; the record
    // check would only add "required" for it.
    for (const Error &e : m_context.students().validate(record()))
        if (!(e.location.isEmpty() && unreadable.contains(e.field)))
            errors << e;
    return errors;
}

void StudentEditDialog::revalidate()
{
    const QList<Error> errors = problems();
    QList<Error> rest = errors;
    QStringList pending;
    for (FormSection *section : m_sections) {
        rest = section->showErrors(rest);
        pending << section->pendingFields();
    }
    QStringList lines;
    if (!pending.isEmpty())
        lines << tr("Still needed before saving: %1.").arg(pending.join(tr(", ")));
    for (const Error &e : rest)
        lines << e.message;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setStyleSheet(rest.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    m_summary->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(errors.isEmpty());
}

bool StudentEditDialog::unchanged(const StudentRecord &r) const
{
    return r.student == m_loaded.student && r.household == m_loaded.household
        && sameGuardians(r.guardians, m_loaded.guardians);
}

void StudentEditDialog::showSaveError(const Error &error)
{
    for (FormSection *section : m_sections)
        section->markAllTouched();
    revalidate();
    QList<Error> rest{error};
    for (FormSection *section : m_sections)
        rest = section->showErrors(rest);
    m_summary->setText(tr("The student could not be saved: %1").arg(error.message));
    m_summary->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_summary->show();
}

void StudentEditDialog::accept()
{
    if (!problems().isEmpty()) {
        for (FormSection *section : m_sections)
            section->markAllTouched();
        revalidate();
        return;
    }
    const StudentRecord r = record();
    if (m_newStudent) {
        auto command = std::make_unique<CreateStudentCommand>(m_context, r);
        auto created = command->perform();
        if (!created)
            return showSaveError(created.error());
        m_savedId = created.value();
        m_context.undoStack().push(command.release());
    } else if (unchanged(r)) {
        m_savedId = r.student.id;
    } else {
        auto command = std::make_unique<EditStudentCommand>(m_context, m_loaded, r);
        if (auto saved = command->perform(); !saved)
            return showSaveError(saved.error());
        m_savedId = r.student.id;
        m_context.undoStack().push(command.release());
    }
    QDialog::accept();
}

QString StudentEditDialog::studentId() const
{
    return m_savedId;
}

void StudentEditDialog::retranslateUi()
{
    if (m_newStudent)
        setWindowTitle(tr("New student"));
    else if (m_loadError.isEmpty())
        setWindowTitle(tr("Edit student – %1").arg(m_loaded.student.displayName()));
    else
        setWindowTitle(tr("Edit student"));
}

void StudentEditDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        revalidate();  // messages come from core in the current language
    }
    QDialog::changeEvent(event);
}

} // namespace care::ui
