#include "risk/thresholdtable.h"

#include "risk/rulesetloader.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace care::ui {

namespace {

// Shares of days are stored 0–1 and shown in percent.
double scaleOf(RiskSignal signal) { return signal == RiskSignal::AbsenceRate ? 100.0 : 1.0; }

int decimalsOf(RiskSignal signal)
{
    if (signalInfo(signal).integer || signal == RiskSignal::IncomePerPerson)
        return 0;
    return signal == RiskSignal::Gpa ? 2 : 1;
}

QString measureText(RiskSignal signal)
{
    switch (signal) {
    case RiskSignal::AbsenceRate:
        return ThresholdTable::tr("Days absent in the term, % of days enrolled (from)");
    case RiskSignal::NonPassingMarks:
        return ThresholdTable::tr("Marks 0, ร or มส in the term (from)");
    case RiskSignal::Gpa:
        return ThresholdTable::tr("GPA of the term (below)");
    case RiskSignal::MinorIncidents:
        return ThresholdTable::tr("Minor behaviour incidents in the term (from)");
    case RiskSignal::SeriousIncidents:
        return ThresholdTable::tr("Serious behaviour incidents in the term (from)");
    case RiskSignal::IncomePerPerson:
        return ThresholdTable::tr("Household income per person a month, baht (at most)");
    case RiskSignal::ScreeningBand:
    case RiskSignal::LivingArrangement:
        break;
    }
    return code(signal);
}

bool hasThresholds(RiskSignal signal)
{
    const SignalKind kind = signalInfo(signal).kind;
    return kind == SignalKind::HigherIsWorse || kind == SignalKind::LowerIsWorse;
}

QJsonValue stored(RiskSignal signal, double shown)
{
    const double value = shown / scaleOf(signal);
    if (signalInfo(signal).integer)
        return qint64(std::llround(value));
    // Percent back to a share: 12.5 % → 0.125, without binary noise.
    return std::round(value * 1e6) / 1e6;
}

} // namespace

ThresholdTable::ThresholdTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("thresholdTable"));
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(MeasureColumn, QHeaderView::Stretch);
    retranslateUi();
}

QDoubleSpinBox *ThresholdTable::makeBox(const RiskRule &rule, double value)
{
    const SignalInfo &info = signalInfo(rule.signal);
    const double scale = scaleOf(rule.signal);
    auto *box = new QDoubleSpinBox(this);
    box->setDecimals(decimalsOf(rule.signal));
    box->setRange(info.min * scale, info.max * scale);
    box->setSingleStep(rule.signal == RiskSignal::IncomePerPerson ? 100.0 : (rule.signal == RiskSignal::Gpa ? 0.1 : 1.0));
    if (rule.signal == RiskSignal::AbsenceRate)
        box->setSuffix(QStringLiteral(" %"));
    box->setValue(value * scale);
    box->setAlignment(Qt::AlignRight);
    connect(box, &QDoubleSpinBox::valueChanged, this, &ThresholdTable::edited);
    return box;
}

void ThresholdTable::setRules(const RuleSet &rules)
{
    m_rules = rules;
    m_rows.clear();
    setRowCount(0);
    for (const RiskRule &rule : rules.rules) {
        if (!hasThresholds(rule.signal))
            continue;
        const int row = rowCount();
        insertRow(row);
        Row shown{rule.id, rule.domain, rule.signal, nullptr, nullptr, std::nullopt, std::nullopt};
        setItem(row, DomainColumn, new QTableWidgetItem(label(rule.domain)));
        setItem(row, RuleColumn, new QTableWidgetItem(rule.id));
        setItem(row, MeasureColumn, new QTableWidgetItem(measureText(rule.signal)));
        for (auto [threshold, box, first, column] :
             {std::tuple{rule.atRisk, &shown.atRisk, &shown.atRiskShown, int(AtRiskColumn)},
              std::tuple{rule.problem, &shown.problem, &shown.problemShown, int(ProblemColumn)}}) {
            if (threshold) {
                *box = makeBox(rule, *threshold);
                (*box)->setObjectName(QStringLiteral("threshold_%1_%2").arg(rule.id, column == AtRiskColumn
                                                                                       ? QStringLiteral("at_risk")
                                                                                       : QStringLiteral("problem")));
                *first = (*box)->value();
                setCellWidget(row, column, *box);
            } else {
                auto *none = new QTableWidgetItem(tr("–"));
                none->setTextAlignment(Qt::AlignCenter);
                none->setToolTip(tr("This rule gives no such level."));
                setItem(row, column, none);
            }
        }
        m_rows << shown;
    }
    resizeColumnsToContents();
    horizontalHeader()->setSectionResizeMode(MeasureColumn, QHeaderView::Stretch);
}

bool ThresholdTable::isEdited() const
{
    for (const Row &row : m_rows)
        if ((row.atRisk && row.atRisk->value() != row.atRiskShown)
            || (row.problem && row.problem->value() != row.problemShown))
            return true;
    return false;
}

QDoubleSpinBox *ThresholdTable::thresholdBox(const QString &ruleId, RiskLevel level) const
{
    for (const Row &row : m_rows)
        if (row.ruleId == ruleId)
            return level == RiskLevel::Problem ? row.problem : (level == RiskLevel::AtRisk ? row.atRisk : nullptr);
    return nullptr;
}

Result<RuleSet> ThresholdTable::candidate(const QString &version) const
{
    QJsonObject body = QJsonDocument::fromJson(m_rules.body).object();
    QJsonObject domains = body.value(QStringLiteral("domains")).toObject();
    for (const Row &row : m_rows) {
        const QString domainKey = code(row.domain);
        QJsonArray rules = domains.value(domainKey).toArray();
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QJsonObject rule = rules.at(i).toObject();
            if (rule.value(QStringLiteral("id")).toString() != row.ruleId)
                continue;
            if (row.atRisk)
                rule.insert(QStringLiteral("at_risk"), stored(row.signal, row.atRisk->value()));
            if (row.problem)
                rule.insert(QStringLiteral("problem"), stored(row.signal, row.problem->value()));
            rules.replace(i, rule);
        }
        domains.insert(domainKey, rules);
    }
    body.insert(QStringLiteral("domains"), domains);
    body.insert(QStringLiteral("version"), version.trimmed());
    return RuleSetLoader::fromJson(QJsonDocument(body).toJson(QJsonDocument::Indented), tr("the edited rules"));
}

void ThresholdTable::retranslateUi()
{
    setHorizontalHeaderLabels({tr("Domain"), tr("Rule"), tr("Measure"), tr("At risk"), tr("Problem")});
}

void ThresholdTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        for (int row = 0; row < rowCount() && row < m_rows.size(); ++row) {
            item(row, DomainColumn)->setText(label(m_rows.at(row).domain));
            item(row, MeasureColumn)->setText(measureText(m_rows.at(row).signal));
        }
    }
    QTableWidget::changeEvent(event);
}

} // namespace care::ui
