#pragma once

#include "risk/ruleset.h"
#include "util/result.h"

#include <QTableWidget>

class QDoubleSpinBox;

namespace care::ui {

// The numeric thresholds of a rule set, one rule a row (domain, rule, what
// it measures, "at risk from", "problem from"), editable in spin boxes that
// keep each value in the range core accepts. Absence is shown in percent.
// Rules of screening bands and living arrangements have no number to edit
// and are left to the rules file.
class ThresholdTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { DomainColumn, RuleColumn, MeasureColumn, AtRiskColumn, ProblemColumn, ColumnCount };

    explicit ThresholdTable(QWidget *parent = nullptr);

    void setRules(const RuleSet &rules);
    // The shown rule set with the edited thresholds under `version`, read
    // and checked by core's loader (an error names the JSON path).
    Result<RuleSet> candidate(const QString &version) const;
    bool isEdited() const;
    // The spin box of one threshold, null when the rule has none (tests).
    QDoubleSpinBox *thresholdBox(const QString &ruleId, RiskLevel level) const;

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        QString ruleId;
        RiskDomain domain = RiskDomain::Attendance;
        RiskSignal signal = RiskSignal::AbsenceRate;
        QDoubleSpinBox *atRisk = nullptr;
        QDoubleSpinBox *problem = nullptr;
        std::optional<double> atRiskShown;   // as first shown
        std::optional<double> problemShown;
    };
    QDoubleSpinBox *makeBox(const RiskRule &rule, double value);
    void retranslateUi();

    RuleSet m_rules;
    QList<Row> m_rows;
};

} // namespace care::ui
