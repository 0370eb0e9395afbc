#pragma once

#include "screening/scoring.h"

#include <QTableWidget>

namespace care::ui {

// The scores of one questionnaire as it is being filled in: a row per score
// (subscales, derived scores, impact) with its value and band, the band
// coloured by its level; "–" where a score cannot be given yet.
class ScoreTable : public QTableWidget {
    Q_OBJECT
public:
    explicit ScoreTable(QWidget *parent = nullptr);

    void showScores(const Instrument &instrument, const ScreeningScores &scores);
    void clearScores();
    // The row of a score key, -1 if it is not shown.
    int rowOf(const QString &scoreKey) const { return m_keys.indexOf(scoreKey); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QStringList m_keys;
};

}  // namespace care::ui
