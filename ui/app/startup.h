#pragma once

#include "services/databasehandle.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace care::ui {

// What the command line asked for.
struct StartupRequest {
    QString databasePath;  // --db FILE
    bool demo = false;     // --demo
};

// Picks the database the app starts with: the one asked for on the command
// line, else the one used last time, else whatever the user chooses in the
// first-run dialog. Null: the user closed the dialog (the app then quits).
class Startup {
    Q_DECLARE_TR_FUNCTIONS(Startup)
public:
    static DatabasePtr chooseDatabase(const StartupRequest &request, QWidget *parent = nullptr);
};

} // namespace care::ui
