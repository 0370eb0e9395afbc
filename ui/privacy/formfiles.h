#pragma once

#include "services/consentservice.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace care::ui {

// Scanned consent forms on their way in and out of Care. Reading checks the
// size before loading; opening writes the form to an owner-only (0600) file
// in a private folder that is removed when Care quits, then hands it to the
// system's viewer.
class FormFiles {
    Q_DECLARE_TR_FUNCTIONS(FormFiles)
public:
    using Opener = std::function<bool(const QString &path)>;

    static Result<ScannedForm> read(const QString &path);
    static Result<QString> writeTemporary(const ScannedForm &form);
    // Writes and opens; `opener` defaults to QDesktopServices::openUrl.
    static Status open(const ScannedForm &form, const Opener &opener = {});
};

} // namespace care::ui
