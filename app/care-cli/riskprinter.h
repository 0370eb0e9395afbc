#pragma once

#include "risk/riskservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace care::cli {

// Text and JSON of the risk commands. JSON uses codes (normal, at_risk,
// problem; domain codes) and ISO timestamps; text uses translated labels
// and the locale's dates.
class RiskPrinter {
    Q_DECLARE_TR_FUNCTIONS(RiskPrinter)
public:
    static QString listTable(const QList<RiskListRow> &rows, bool withBefore);
    static QJsonArray listJson(const QList<RiskListRow> &rows);
    static QString explanation(const RiskExplanation &explanation);
    static QJsonObject explanationJson(const RiskExplanation &explanation);
    static QString whatIf(const WhatIfResult &result);
    static QJsonObject whatIfJson(const WhatIfResult &result);
    static QString rules(const ActiveRules &active);
    static QJsonObject summaryJson(const RecomputeSummary &summary);
};

}  // namespace care::cli
