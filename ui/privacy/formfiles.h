#pragma once

#include "services/consentservice.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace care::ui {

// Scanned consent forms on their way in and out of Care. Reading checks the
// size before loading; opening writes the form through OpenedFiles (an
// owner-only file named by its detected type in Care's private folder, which
// is emptied at start, lock, sign-out and quit), then hands it to the
// system's viewer. A form of unknown type is never handed over.
class FormFiles {
    Q_DECLARE_TR_FUNCTIONS(FormFiles)
public:
    using Opener = std::function<bool(const QString &path)>;

    static Result<ScannedForm> read(const QString &path);
    // Writes and opens; `opener` defaults to QDesktopServices::openUrl.
    static Status open(const ScannedForm &form, const Opener &opener = {});
    // Deletes every form opened so far (lock, sign-out, start and quit).
    static void removeOpened();
};

} // namespace care::ui
