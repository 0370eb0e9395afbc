#pragma once

#include "demo/demogenerator.h"

#include <QCoreApplication>

class QWidget;

namespace care::ui {

// Runs the demo generator off the GUI thread behind a progress dialog with
// Cancel. The window keeps painting meanwhile; the dialog is window-modal
// so no other command starts while the file is being written.
class DemoCreation {
    Q_DECLARE_TR_FUNCTIONS(DemoCreation)
public:
    struct Outcome {
        Result<demo::DemoSummary> result;
        bool cancelled = false;
    };
    static Outcome run(QWidget *parent, const QString &path, const demo::DemoOptions &options);
};

} // namespace care::ui
