#pragma once

#include "services/studentdirectory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace care::ui {

// Where the list's rows come from: the app asks StudentDirectory with the
// signed-in session (so the scope is decided in core at every query); a
// benchmark may pass its own query.
struct StudentListSource {
    std::function<Result<int>(const StudentQuery &query)> count;
    std::function<Result<QList<StudentListRow>>(const StudentQuery &query, StudentSort sort, bool ascending,
                                                int offset, int limit, int expectedMatches)>
            page;
};

// The student list as a table that never holds the whole student table:
// setFilter() counts the matches and loads the first page; other rows are
// fetched a page at a time when the view asks for them, and only a few
// pages stay cached. A list of 100,000 students costs what a page costs.
class StudentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        NicknameColumn,
        CitizenIdColumn,
        StudentNumberColumn,
        ClassColumn,
        SchoolColumn,
        StatusColumn,
        BirthDateColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 8;
    static constexpr int StudentIdRole = Qt::UserRole + 1;

    explicit StudentListModel(StudentListSource source, QObject *parent = nullptr);

    // Runs the query now (count + first page) and resets the model.
    void setFilter(const StudentQuery &filter);
    const StudentQuery &filter() const { return m_filter; }
    QString studentId(int row) const;   // empty if out of range or not loadable
    int totalCount() const { return m_total; }

    // Same filter again, after students changed.
    void refresh() { setFilter(m_filter); }
    // Texts are formatted for the current language when fetched: drop them.
    void retranslate();

    StudentSort sortKind() const { return m_sort; }
    bool sortAscending() const { return m_ascending; }
    static std::optional<StudentSort> sortForColumn(int column);
    static int columnForSort(StudentSort sort);

    QString lastError() const { return m_lastError; }  // empty after a good query

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void queryFailed(const QString &message);

private:
    const StudentListRow *rowAt(int row) const;
    const QList<StudentListRow> *pageAt(int page) const;
    void reportError(const Error &error) const;
    void clearCache() const;
    QString displayText(const StudentListRow &row, int column) const;

    StudentListSource m_source;
    StudentQuery m_filter;
    StudentSort m_sort = StudentSort::Name;
    bool m_ascending = true;
    int m_total = 0;
    mutable QHash<int, QList<StudentListRow>> m_pages;
    mutable QList<int> m_recentPages;   // most recently used last
    mutable QString m_lastError;
};

} // namespace care::ui
