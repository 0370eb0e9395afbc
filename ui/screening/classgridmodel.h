#pragma once

#include "screening/screeninglabels.h"
#include "services/screeningservice.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace care::ui {

// A class sheet as a table: one row per student, columns for the class
// number and name, one per item, one per score (subscales and derived
// scores) and a summary. Scores and bands follow every answer. Answers are
// 0…max, nothing (not answered yet) or marked missing on purpose ("–");
// once a row has answers, its unanswered items are marked as missing too.
class ClassGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn = 0, NameColumn = 1, FirstItemColumn = 2 };

    explicit ClassGridModel(QObject *parent = nullptr);

    // Shows `sheet` for `instrument` (which must outlive the model), scored
    // with `bandSet`; stored results fill their rows.
    void setSheet(const Instrument *instrument, const QString &bandSet, const ClassSheet &sheet,
                  const Wording &wording = {});
    void setBandSet(const QString &bandSet);  // scores again
    void clear();
    const Instrument *instrument() const { return m_instrument; }
    const ClassSheet &sheet() const { return m_sheet; }
    QString bandSet() const { return m_bandSet; }

    int itemCount() const;
    bool isItemColumn(int column) const;
    int lastItemColumn() const { return FirstItemColumn + itemCount() - 1; }
    int summaryColumn() const;
    int rowOf(const QString &studentId) const;

    // An answer typed into an item cell: false (nothing changes) when the
    // value is outside the item's scale.
    bool setAnswer(int row, int column, int value);
    void markMissing(int row, int column);
    void clearAnswer(int row, int column);
    std::optional<int> answer(int row, int itemIndex) const;
    bool isMarkedMissing(int row, int itemIndex) const;
    ScreeningScores scores(int row) const;

    // Rows changed since the sheet was loaded or saved, as the service takes them.
    QList<ClassSheetEntry> changedEntries() const;
    // Students of changed rows with answers whose age is outside the
    // instrument's range and who have no reason yet.
    QStringList studentsNeedingAgeReason() const;
    void setAgeReason(const QString &studentId, const QString &reason);
    bool isDirty() const;
    int answeredCount() const;  // answers in the whole sheet
    void markSaved();           // after a save: nothing is changed any more
    // A problem the save reported for one student (empty: none).
    void setRowProblem(const QString &studentId, const QString &message);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

signals:
    void dirtyChanged(bool dirty);

private:
    struct Line {
        ClassSheetRow row;
        QList<std::optional<int>> answers;
        QList<bool> marked;                   // missing on purpose
        std::optional<ImpactAnswers> impact;  // kept from the stored result
        QString ageReason;
        ScreeningScores scores;
        QString problem;
        bool changed = false;
    };
    void rescore(Line &line) const;
    void lineChanged(int row, int firstColumn, int lastColumn);
    bool hasAnswers(const Line &line) const;
    QVariant itemData(const Line &line, int itemIndex, int role) const;
    QVariant scoreData(const Line &line, const QString &key, int role) const;
    QVariant summaryData(const Line &line, int role) const;
    QVariant nameData(const Line &line, int role) const;

    const Instrument *m_instrument = nullptr;
    QString m_bandSet;
    ClassSheet m_sheet;
    Wording m_wording;
    QStringList m_scoreKeys;
    QList<Line> m_lines;
    bool m_dirty = false;
};

}  // namespace care::ui
