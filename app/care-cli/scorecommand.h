#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace care::cli {

// care-cli score: scores one questionnaire's answers with a shipped (or a
// folder's) instrument and prints every score and band. No database.
class ScoreCommand {
    Q_DECLARE_TR_FUNCTIONS(ScoreCommand)
public:
    static int run(const QStringList &arguments);  // arguments[0] is "score"
};

}  // namespace care::cli
