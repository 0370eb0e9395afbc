// libFuzzer target for risk rule files (RuleSetLoader::fromJson). Whatever
// loads is also evaluated on a few students' inputs and its reasons are
// rendered, so a rule file the loader accepts can never crash the engine.
#include "risk/reasontext.h"
#include "risk/riskevaluator.h"
#include "risk/rulesetloader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace care;

namespace {

QList<RiskInputs> someStudents()
{
    RiskInputs flagged;
    flagged.attendance = AttendanceFacts{TermRef{2, 2568}, 96, 20};
    flagged.academic = AcademicFacts{TermRef{1, 2568}, 1.0, 2, 1, 1};
    flagged.behaviour = BehaviourFacts{TermRef{2, 2568}, 3, 1, {QStringLiteral("violence")}};
    ScreeningFacts sdq;
    sdq.instrumentId = QStringLiteral("sdq-teacher-4-17");
    sdq.respondent = QStringLiteral("teacher");
    sdq.screenedOn = QDate(2025, 6, 1);
    sdq.set(QStringLiteral("total_difficulties"), 20, QStringLiteral("problem"));
    sdq.set(QStringLiteral("emotional"), std::nullopt, QStringLiteral("at_risk"));
    flagged.screenings << sdq;
    flagged.household = HouseholdFacts{1200, 3, QStringLiteral("grandparents")};
    RiskInputs empty;
    RiskInputs zero;
    zero.attendance = AttendanceFacts{TermRef{1, 2568}, 0, 0};
    zero.household = HouseholdFacts{0, 0, QString()};
    return {flagged, empty, zero};
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QList<RiskInputs> students = someStudents();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto loaded = RuleSetLoader::fromJson(input, QStringLiteral("fuzz.json"));
    if (!loaded)
        return 0;
    for (const RiskInputs &student : students) {
        const RiskVerdict verdict = RiskEvaluator::judge(loaded.value(), student);
        const RiskOutcome outcome = RiskEvaluator::evaluate(loaded.value(), student);
        if (outcome.toJson() != verdict.content)
            std::abort();  // the fast writer and the data form disagree
        for (const DomainOutcome &domain : outcome.domains)
            for (const RiskReason &reason : domain.reasons)
                (void)reasonText(reason, Language::English);
        for (const RiskReason &reason : outcome.overallReasons)
            (void)reasonText(reason, Language::Thai);
        (void)RiskOutcome::fromJson(outcome.toJson());
    }
    return 0;
}
