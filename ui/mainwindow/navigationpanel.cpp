#include "mainwindow/navigationpanel.h"

#include "app/appcontext.h"
#include "locale/dates.h"
#include "locale/language.h"
#include "services/schooldirectory.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace care::ui {
namespace {
constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

NavigationPanel::NavigationPanel(QWidget *parent) : QWidget(parent)
{
    m_years = new QComboBox(this);
    m_years->setObjectName(QStringLiteral("academicYearCombo"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("navigationTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_years);
    layout->addWidget(m_tree, 1);

    connect(m_years, &QComboBox::currentIndexChanged, this, [this] {
        loadTree();
        emit scopeChanged();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { emit scopeChanged(); });
}

void NavigationPanel::setContext(AppContext *context)
{
    m_context = context;
    {
        const QSignalBlocker blockYears(m_years);
        loadYears();
        if (m_years->count() > 0)
            m_years->setCurrentIndex(0);  // newest year: the one schools work in now
        loadTree();
    }
    emit scopeChanged();
}

void NavigationPanel::reload()
{
    const QString year = academicYearId();
    const QSignalBlocker blockYears(m_years);
    loadYears();
    const int index = m_years->findData(year);
    m_years->setCurrentIndex(index >= 0 ? index : 0);
    loadTree();
}

QString NavigationPanel::academicYearId() const { return m_years->currentData().toString(); }
QString NavigationPanel::schoolId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    if (item->data(0, kKindRole).toInt() == ClassroomNode)
        item = item->parent();
    return item && item->data(0, kKindRole).toInt() == SchoolNode ? item->data(0, kIdRole).toString() : QString();
}
QString NavigationPanel::classroomId() const { return selectedId(ClassroomNode); }

QString NavigationPanel::selectedId(int kind) const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->data(0, kKindRole).toInt() == kind ? item->data(0, kIdRole).toString() : QString();
}

QString NavigationPanel::academicYearText(int yearBe)
{
    // Thai readers count in Buddhist Era; others by the Gregorian span the year covers.
    if (currentLanguage() == Language::Thai)
        return tr("Academic year %1").arg(yearBe);
    const int start = toGregorianYear(yearBe);
    return tr("Academic year %1").arg(QStringLiteral("%1–%2").arg(start).arg((start + 1) % 100, 2, 10, QLatin1Char('0')));
}

void NavigationPanel::loadYears()
{
    m_years->clear();
    m_yearList.clear();
    if (!m_context)
        return;
    if (auto years = SchoolDirectory(m_context->database(), m_context->clock()).academicYears(m_context->session()))
        m_yearList = years.value();
    for (const AcademicYear &year : std::as_const(m_yearList))
        m_years->addItem(academicYearText(year.yearBe), year.id);
}

void NavigationPanel::loadTree()
{
    const int kind = m_tree->currentItem() ? m_tree->currentItem()->data(0, kKindRole).toInt() : int(AllNode);
    const QString id = m_tree->currentItem() ? m_tree->currentItem()->data(0, kIdRole).toString() : QString();
    const QSignalBlocker blockTree(m_tree);
    m_tree->clear();
    if (!m_context)
        return;

    auto *all = new QTreeWidgetItem(m_tree, {tr("All schools")});
    all->setData(0, kKindRole, AllNode);
    const bool english = currentLanguage() == Language::English;
    // Only the schools and classrooms of the user's scope, with the counts it may open.
    const auto tree = SchoolDirectory(m_context->database(), m_context->clock())
                              .tree(m_context->session(), academicYearId());
    for (const SchoolInTree &node : tree.ok() ? tree.value() : QList<SchoolInTree>()) {
        const School &school = node.school;
        const QString name = english && !school.nameEn.isEmpty() ? school.nameEn : school.nameTh;
        auto *schoolItem = new QTreeWidgetItem(all, {name, QLocale().toString(node.studentCount)});
        schoolItem->setData(0, kKindRole, SchoolNode);
        schoolItem->setData(0, kIdRole, school.id);
        schoolItem->setToolTip(0, name);
        schoolItem->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        for (const ClassroomInTree &room : node.classrooms) {
            auto *item = new QTreeWidgetItem(schoolItem, {room.classroom.name(), QLocale().toString(room.studentCount)});
            item->setData(0, kKindRole, ClassroomNode);
            item->setData(0, kIdRole, room.classroom.id);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, tr("%1, %2").arg(room.classroom.name(), name));
        }
    }
    all->setExpanded(true);
    QTreeWidgetItem *previous = findNode(kind, id);
    m_tree->setCurrentItem(previous ? previous : all);
    m_tree->scrollToItem(m_tree->currentItem());
}

QTreeWidgetItem *NavigationPanel::findNode(int kind, const QString &id) const
{
    if (kind == AllNode)
        return m_tree->topLevelItemCount() > 0 ? m_tree->topLevelItem(0) : nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kKindRole).toInt() == kind && (*it)->data(0, kIdRole).toString() == id)
            return *it;
    return nullptr;
}

void NavigationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        reload();  // year texts, school names and class names all depend on the language
    QWidget::changeEvent(event);
}

} // namespace care::ui
