#pragma once

// Internal to core/risk: what one rule finds in one student's inputs, held
// in plain fields (no QJsonObject) because a full recompute judges every
// rule for every student.

#include "risk/riskinputs.h"
#include "risk/ruleset.h"

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <cstring>

namespace care::riskhits {

struct Arg {
    enum class Kind { Integer, Real, Text, List };
    const char *key = "";
    Kind kind = Kind::Integer;
    qint64 integer = 0;
    double real = 0;
    QString text;
    QStringList list;

    bool operator==(const Arg &o) const
    {
        return std::strcmp(key, o.key) == 0 && kind == o.kind && integer == o.integer && real == o.real
               && text == o.text && list == o.list;
    }
};

using Args = QVarLengthArray<Arg, 8>;

struct Hit {
    RiskLevel level = RiskLevel::Normal;
    const char *evidence = "";
    Args args;  // sorted by key (sortArgs)
};

using Hits = QVarLengthArray<Hit, 4>;

Arg integerArg(const char *key, qint64 value);
Arg realArg(const char *key, double value);
Arg textArg(const char *key, const QString &value);
Arg listArg(const char *key, const QStringList &value);
void sortArgs(Args &args);

// Appends what `rule` finds in `inputs` (nothing when the level is normal).
void find(const RiskRule &rule, const RiskInputs &inputs, Hits &hits);

} // namespace care::riskhits
