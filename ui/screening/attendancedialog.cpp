#include "screening/attendancedialog.h"

#include "app/appcontext.h"
#include "screening/dailyabsencebox.h"
#include "services/indicatorservice.h"
#include "student/formsection.h"
#include "util/clock.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace care::ui {

namespace {
constexpr int kMaxDays = 366;
}

AttendanceDialog::AttendanceDialog(AppContext &context, const QString &studentId, QWidget *parent)
    : QDialog(parent), m_context(context), m_studentId(studentId), m_term(new QComboBox(this)),
      m_enrolled(new QSpinBox(this)), m_absent(new QSpinBox(this)), m_late(new QSpinBox(this)),
      m_fromDaily(new QLabel(this)), m_message(makeErrorLabel(QStringLiteral("attendance"), this)),
      m_save(new QPushButton(this)), m_close(new QPushButton(this)),
      m_daily(new DailyAbsenceBox(context, studentId, this)), m_errors(this)
{
    setObjectName(QStringLiteral("attendanceDialog"));
    if (auto student = context.students().identity(context.session(), studentId))
        m_studentName = student->displayName();
    auto *form = new QFormLayout;
    const QList<std::pair<QString, QWidget *>> rows{{QStringLiteral("termId"), m_term},
                                                    {QStringLiteral("daysEnrolled"), m_enrolled},
                                                    {QStringLiteral("daysAbsent"), m_absent},
                                                    {QStringLiteral("daysLate"), m_late}};
    for (const auto &[field, input] : rows) {
        input->setObjectName(field);
        if (auto *spin = qobject_cast<QSpinBox *>(input))
            spin->setRange(0, kMaxDays);
        auto *caption = new QLabel(this);
        caption->setBuddy(input);
        form->addRow(caption, m_errors.cell(field, input));
        m_captions.insert(field, caption);
    }
    m_fromDaily->setWordWrap(true);
    m_fromDaily->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_fromDaily);
    m_save->setObjectName(QStringLiteral("saveAttendance"));
    // No default button: Enter in the day field adds that day, nothing else.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_daily, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] { saveTerm(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_term, &QComboBox::currentIndexChanged, this, &AttendanceDialog::loadTerm);
    connect(m_daily, &DailyAbsenceBox::changed, this, [this] {
        loadTerm();
        emit m_context.studentChanged(m_studentId);
    });
    auto terms = StudentTerms::load(context, studentId);
    if (terms)
        m_terms = terms.value();
    else
        showMessage(terms.error().message, true);
    StudentTerms::fill(m_term, m_terms, context.clock().today());
    retranslateUi();
    loadTerm();
    resize(560, 640);
}

QString AttendanceDialog::termId() const
{
    return m_term->currentData().toString();
}

void AttendanceDialog::setTerm(const QString &termId)
{
    if (const int index = m_term->findData(termId); index >= 0)
        m_term->setCurrentIndex(index);
}

QString AttendanceDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AttendanceDialog::loadTerm()
{
    m_errors.clear();
    showMessage(QString(), false);
    const QString term = termId();
    m_daily->setTerm(term);
    AttendanceRecord record;
    int dailyRows = 0;
    if (auto list
        = IndicatorService(m_context.database(), m_context.clock()).attendance(m_context.session(), m_studentId)) {
        for (const TermAttendance &t : list.value())
            if (t.record.termId == term) {
                record = t.record;
                dailyRows = t.dailyRows;
            }
    } else {
        showMessage(list.error().message, true);
    }
    m_enrolled->setValue(record.daysEnrolled);
    m_absent->setValue(record.daysAbsent);
    m_late->setValue(record.daysLate);
    // Counted from the daily rows: change those instead.
    m_absent->setReadOnly(dailyRows > 0);
    m_late->setReadOnly(dailyRows > 0);
    m_fromDaily->setVisible(dailyRows > 0);
    m_save->setEnabled(!term.isEmpty());
}

bool AttendanceDialog::saveTerm()
{
    m_errors.clear();
    showMessage(QString(), false);
    AttendanceRecord record;
    record.studentId = m_studentId;
    record.termId = termId();
    record.daysEnrolled = m_enrolled->value();
    record.daysAbsent = m_absent->value();
    record.daysLate = m_late->value();
    auto saved
            = IndicatorService(m_context.database(), m_context.clock()).setTermAttendance(m_context.session(), record);
    if (!saved) {
        if (!m_errors.show(saved.error()))
            showMessage(saved.error().message, true);
        return false;
    }
    emit m_context.studentChanged(m_studentId);
    showMessage(tr("Attendance of term %1 saved.").arg(m_term->currentText()), false);
    return true;
}

void AttendanceDialog::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AttendanceDialog::retranslateUi()
{
    setWindowTitle(tr("Attendance: %1").arg(m_studentName));
    m_captions.value(QStringLiteral("termId"))->setText(tr("&Term"));
    m_captions.value(QStringLiteral("daysEnrolled"))->setText(tr("Days &enrolled"));
    m_captions.value(QStringLiteral("daysAbsent"))->setText(tr("Days &absent"));
    m_captions.value(QStringLiteral("daysLate"))->setText(tr("Days &late"));
    m_fromDaily->setText(tr("This term has daily records: days absent and late are counted from them below."));
    m_save->setText(tr("&Save term"));
    m_close->setText(tr("Close"));
}

void AttendanceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        const QString term = termId();
        StudentTerms::fill(m_term, m_terms, m_context.clock().today());
        setTerm(term);
    }
    QDialog::changeEvent(event);
}

}  // namespace care::ui
