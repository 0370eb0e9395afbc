#include "screening/classgridchooser.h"

#include "app/appcontext.h"
#include "privacy/dayedit.h"
#include "screening/instrumentregistry.h"
#include "screening/screeninglabels.h"
#include "security/permissionmatrix.h"
#include "services/schooldirectory.h"
#include "student/formsection.h"
#include "util/clock.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

namespace care::ui {

namespace {
const QString kPreferredInstrument = QStringLiteral("sdq-teacher-4-17");
}

ClassGridChooser::ClassGridChooser(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_classrooms(new QComboBox(this)), m_instruments(new QComboBox(this)),
      m_date(new DayEdit(this)), m_bandSets(new QComboBox(this)), m_open(new QPushButton(this)),
      m_dateError(makeErrorLabel(QStringLiteral("screenedOn"), this)), m_classLabel(new QLabel(this)),
      m_formLabel(new QLabel(this)), m_dateLabel(new QLabel(this)), m_bandLabel(new QLabel(this))
{
    m_classrooms->setObjectName(QStringLiteral("classroom"));
    m_instruments->setObjectName(QStringLiteral("instrument"));
    m_date->setObjectName(QStringLiteral("screenedOn"));
    m_bandSets->setObjectName(QStringLiteral("bandSet"));
    m_open->setObjectName(QStringLiteral("openSheet"));
    m_open->setAutoDefault(true);
    m_open->setDefault(true);
    m_instruments->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_instruments->setMinimumContentsLength(30);
    m_classLabel->setBuddy(m_classrooms);
    m_formLabel->setBuddy(m_instruments);
    m_dateLabel->setBuddy(m_date);
    m_bandLabel->setBuddy(m_bandSets);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QLabel *, QWidget *>> pairs{{m_classLabel, m_classrooms},
                                                      {m_formLabel, m_instruments},
                                                      {m_dateLabel, m_date},
                                                      {m_bandLabel, m_bandSets}};
    for (int i = 0; i < pairs.size(); ++i) {
        layout->addWidget(pairs.at(i).first, 0, i);
        layout->addWidget(pairs.at(i).second, 1, i);
    }
    layout->addWidget(m_open, 1, int(pairs.size()));
    layout->addWidget(m_dateError, 2, 2, 1, 3);
    layout->setColumnStretch(1, 1);
    setTabOrder(m_classrooms, m_instruments);
    setTabOrder(m_instruments, m_date);
    setTabOrder(m_date, m_bandSets);
    setTabOrder(m_bandSets, m_open);

    fillInstruments();
    m_date->setDate(context.clock().today());
    connect(m_open, &QPushButton::clicked, this, &ClassGridChooser::openRequested);
    connect(m_instruments, &QComboBox::currentIndexChanged, this, &ClassGridChooser::fillBandSets);
    connect(m_bandSets, &QComboBox::currentIndexChanged, this, [this] { emit bandSetChanged(bandSet()); });
    retranslateUi();
}

bool ClassGridChooser::load(const QString &academicYearId, const QString &preferredClassroomId, QString *error)
{
    const Session &session = m_context.session();
    m_classrooms->clear();
    if (!PermissionMatrix::standard().allows(session.role(), Action::Create, Section::Screening)
        || session.schoolId().isEmpty()) {
        *error = tr("Your role (%1) does not record screenings.").arg(label(session.role()));
        return false;
    }
    const SchoolDirectory schools(m_context.database(), m_context.clock());
    QString yearId = academicYearId;
    if (yearId.isEmpty()) {
        auto current = schools.currentAcademicYear(session);
        if (!current) {
            *error = current.error().message;
            return false;
        }
        yearId = current.value() ? current.value()->id : QString();
    }
    auto tree = schools.tree(session, yearId);
    if (!tree) {
        *error = tree.error().message;
        return false;
    }
    // The classes of the user's own scope: their school's, or a teacher's own (as core has them now).
    for (const SchoolInTree &school : tree.value())
        for (const ClassroomInTree &c : school.classrooms)
            if (c.own && school.school.id == session.schoolId())
                m_classrooms->addItem(tr("%1 (%n student(s))", nullptr, c.studentCount).arg(c.classroom.name()),
                                      c.classroom.id);
    if (m_classrooms->count() == 0) {
        *error = tr("You have no classes to screen in this academic year.");
        return false;
    }
    setClassroom(preferredClassroomId);
    return true;
}

QString ClassGridChooser::classroomId() const
{
    return m_classrooms->currentData().toString();
}

const Instrument *ClassGridChooser::instrument() const
{
    return InstrumentRegistry::shipped().find(m_instruments->currentData().toString());
}

QString ClassGridChooser::bandSet() const
{
    return m_bandSets->currentData().toString();
}

Result<QDate> ClassGridChooser::date() const
{
    return m_date->date(QStringLiteral("screenedOn"));
}

void ClassGridChooser::setClassroom(const QString &classroomId)
{
    if (const int index = m_classrooms->findData(classroomId); index >= 0)
        m_classrooms->setCurrentIndex(index);
}

void ClassGridChooser::setInstrument(const QString &instrumentId)
{
    if (const int index = m_instruments->findData(instrumentId); index >= 0)
        m_instruments->setCurrentIndex(index);
}

void ClassGridChooser::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void ClassGridChooser::showDateError(const QString &message)
{
    setInvalid(m_date, !message.isEmpty());
    m_dateError->setText(message);
    m_dateError->setVisible(!message.isEmpty());
}

void ClassGridChooser::fillInstruments()
{
    const QString chosen = m_instruments->count() ? m_instruments->currentData().toString() : kPreferredInstrument;
    {
        const QSignalBlocker blocker(m_instruments);
        m_instruments->clear();
        for (const Instrument *instrument : InstrumentRegistry::shipped().all())
            m_instruments->addItem(ScreeningLabels::instrumentTitle(*instrument), instrument->id);
        const int index = m_instruments->findData(chosen);
        m_instruments->setCurrentIndex(index >= 0 ? index : 0);
    }
    fillBandSets();
}

void ClassGridChooser::fillBandSets()
{
    const QString chosen = m_bandSets->currentData().toString();
    const QSignalBlocker blocker(m_bandSets);
    m_bandSets->clear();
    if (const Instrument *current = instrument()) {
        for (const BandSet &set : current->bandSets)
            m_bandSets->addItem(ScreeningLabels::bandSetTitle(set), set.name);
        int index = m_bandSets->findData(chosen);
        if (index < 0)
            index = m_bandSets->findData(current->defaultBandSet);
        m_bandSets->setCurrentIndex(std::max(0, index));
    }
}

void ClassGridChooser::retranslateUi()
{
    m_classLabel->setText(tr("&Class"));
    m_formLabel->setText(tr("&Form"));
    m_dateLabel->setText(tr("&Date"));
    m_bandLabel->setText(tr("&Bands"));
    m_open->setText(tr("&Open sheet"));
    const QSignalBlocker blocker(m_instruments);
    for (int i = 0; i < m_instruments->count(); ++i)
        if (const Instrument *it = InstrumentRegistry::shipped().find(m_instruments->itemData(i).toString()))
            m_instruments->setItemText(i, ScreeningLabels::instrumentTitle(*it));
    const QSignalBlocker bandBlocker(m_bandSets);
    if (const Instrument *current = instrument())
        for (int i = 0; i < m_bandSets->count(); ++i)
            if (const BandSet *set = current->bandSet(m_bandSets->itemData(i).toString()))
                m_bandSets->setItemText(i, ScreeningLabels::bandSetTitle(*set));
}

void ClassGridChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace care::ui
