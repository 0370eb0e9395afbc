#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace care {

// A term as reasons name it: "term 2/2568".
struct TermRef {
    int number = 0;
    int yearBe = 0;
};

struct AttendanceFacts {
    TermRef term;
    int daysEnrolled = 0;
    int daysAbsent = 0;
};

struct AcademicFacts {
    TermRef term;
    std::optional<double> gpa;
    int failing = 0;     // 0
    int incomplete = 0;  // ร
    int notAllowed = 0;  // มส
};

struct BehaviourFacts {
    TermRef term;
    int minor = 0;
    int serious = 0;
    QStringList seriousKinds;  // kind codes of the serious incidents, oldest first
};

// One score of a result: its value and band code (empty: none).
struct ScreeningScore {
    QString key;
    std::optional<int> score;
    QString band;
};

// The latest result of one instrument by one respondent (scores and bands
// from the sealed summary; only the keys some rule reads).
struct ScreeningFacts {
    QString resultId;
    QString instrumentId;
    QString respondent;  // parent, teacher, self
    QDate screenedOn;
    QList<ScreeningScore> scores;

    const ScreeningScore *find(QStringView key) const
    {
        for (const ScreeningScore &s : scores)
            if (s.key == key)
                return &s;
        return nullptr;
    }
    void set(const QString &key, std::optional<int> score, const QString &band) { scores.append({key, score, band}); }
};

struct HouseholdFacts {
    std::optional<int> monthlyIncome;  // whole household, baht
    int members = 0;
    QString livingArrangement;  // code (enums.h)
};

// Everything the rules may look at for one student, and nothing else: the
// struct carries no sex, ethnicity, religion or nationality, so no rule can
// use them.
struct RiskInputs {
    QString studentId;
    QString schoolId;
    std::optional<AttendanceFacts> attendance;  // latest term with enough enrolled days
    std::optional<AcademicFacts> academic;      // latest graded term
    std::optional<BehaviourFacts> behaviour;    // the current term; empty when none
    QList<ScreeningFacts> screenings;           // latest per instrument and respondent, this school year
    std::optional<HouseholdFacts> household;
};

}  // namespace care
