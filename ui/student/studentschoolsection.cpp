#include "student/studentschoolsection.h"

#include "app/appcontext.h"
#include "student/academicyeartext.h"
#include "student/enumcombo.h"
#include "services/schooldirectory.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace care::ui {

StudentSchoolSection::StudentSchoolSection(AppContext &context, bool newStudent, QWidget *parent)
    : FormSection(parent), m_context(context), m_newStudent(newStudent), m_school(new QComboBox(this)),
      m_classroom(new QComboBox(this)), m_numberLabel(new QLabel(this)), m_classNumber(new QSpinBox(this)),
      m_studentNumber(new QLineEdit(this)), m_status(new QComboBox(this))
{
    auto *form = new QFormLayout(this);
    addRow(form, QStringLiteral("schoolId"), m_school);

    auto *placement = new QWidget(this);
    auto *row = new QHBoxLayout(placement);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_classroom, 1);
    row->addWidget(m_numberLabel);
    row->addWidget(m_classNumber);
    m_classroom->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_classNumber->setObjectName(QStringLiteral("classNumber"));
    m_classNumber->setRange(0, 99);
    m_numberLabel->setBuddy(m_classNumber);
    addRow(form, QStringLiteral("classroomId"), m_classroom, placement);
    setRowVisible(QStringLiteral("classroomId"), m_newStudent);

    m_studentNumber->setMaxLength(20);
    addRow(form, QStringLiteral("studentNumber"), m_studentNumber);
    addRow(form, QStringLiteral("status"), m_status);

    if (auto year = SchoolDirectory(m_context.database(), m_context.clock()).currentAcademicYear(m_context.session());
        year && year.value()) {
        m_yearId = year.value()->id;
        m_yearBe = year.value()->yearBe;
    }
    loadSchools();
    connect(m_school, &QComboBox::currentIndexChanged, this, [this] { loadClassrooms(); });
    connect(m_classNumber, &QSpinBox::valueChanged, this, [this] { noteEdit(QStringLiteral("classroomId")); });
    loadClassrooms();
    retranslateUi();
}

void StudentSchoolSection::loadSchools()
{
    const Loading loading(*this);
    auto schools = SchoolDirectory(m_context.database(), m_context.clock()).schools(m_context.session());
    m_school->clear();
    if (!schools)
        return;
    for (const School &school : schools.value())
        m_school->addItem(school.nameTh.isEmpty() ? school.nameEn : school.nameTh, school.id);
}

void StudentSchoolSection::loadClassrooms()
{
    const Loading loading(*this);
    const QString selected = m_classroom->currentData().toString();
    m_classroom->clear();
    m_classroom->addItem(tr("No class"), QString());
    if (!m_yearId.isEmpty() && m_school->currentIndex() >= 0) {
        const QString schoolId = m_school->currentData().toString();
        if (auto tree = SchoolDirectory(m_context.database(), m_context.clock()).tree(m_context.session(), m_yearId))
            for (const SchoolInTree &school : tree.value())
                if (school.school.id == schoolId)
                    for (const ClassroomInTree &room : school.classrooms)
                        m_classroom->addItem(
                                tr("%1 (%n students)", nullptr, room.studentCount).arg(room.classroom.name()),
                                room.classroom.id);
    }
    m_classroom->setCurrentIndex(std::max(0, m_classroom->findData(selected)));
    // The form layout may squeeze a combo below its size hint; never below
    // the width of its longest classroom name.
    m_classroom->setMinimumWidth(m_classroom->sizeHint().width());
    m_classroom->setEnabled(m_classroom->count() > 1);
    m_classNumber->setEnabled(m_classroom->count() > 1);
}

void StudentSchoolSection::load(const StudentRecord &record)
{
    const Loading loading(*this);
    const int school = m_school->findData(record.student.schoolId);
    m_school->setCurrentIndex(school);
    loadClassrooms();
    m_classroom->setCurrentIndex(std::max(0, m_classroom->findData(record.classroomId)));
    m_classNumber->setValue(record.classNumber);
    m_studentNumber->setText(record.student.studentNumber);
    selectEnum(m_status, record.student.status);
}

void StudentSchoolSection::apply(StudentRecord &record) const
{
    record.student.schoolId = m_school->currentData().toString();
    if (m_newStudent) {
        record.classroomId = m_classroom->currentData().toString();
        record.classNumber = record.classroomId.isEmpty() ? 0 : m_classNumber->value();
    }
    record.student.studentNumber = m_studentNumber->text().trimmed();
    record.student.status = selectedEnum(m_status, StudentStatus::Studying);
}

QString StudentSchoolSection::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
            {QStringLiteral("schoolId"), QT_TR_NOOP("&School")},
            {QStringLiteral("studentNumber"), QT_TR_NOOP("Student &number")},
            {QStringLiteral("status"), QT_TR_NOOP("S&tatus")},
    };
    const char *label = labels.value(field);
    return label ? tr(label) : QString();
}

void StudentSchoolSection::retranslateUi()
{
    setTitle(tr("School"));
    setRowLabel(QStringLiteral("schoolId"), fieldLabel(QStringLiteral("schoolId")));
    setRowLabel(QStringLiteral("classroomId"),
                m_yearBe ? tr("&Class in %1").arg(academicYearText(m_yearBe)) : tr("&Class"));
    m_numberLabel->setText(tr("&No."));
    m_classNumber->setSpecialValueText(tr("–"));
    m_classNumber->setToolTip(tr("The student's number in the class register"));
    setRowLabel(QStringLiteral("studentNumber"), fieldLabel(QStringLiteral("studentNumber")));
    setRowLabel(QStringLiteral("status"), fieldLabel(QStringLiteral("status")));
    fillEnumCombo<StudentStatus>(m_status);
    if (m_classroom->count() > 0)
        m_classroom->setItemText(0, tr("No class"));
}

void StudentSchoolSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        loadClassrooms();  // classroom names follow the language (ป.4/1, P.4/1)
    }
    FormSection::changeEvent(event);
}

} // namespace care::ui
