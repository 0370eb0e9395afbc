#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace care::ui {

class AppContext;

// The PDPA subject-access export of one student: everything Care holds
// about them as JSON (SubjectExport, audited as an export) and the same as
// a readable PDF (care_reports), both owner-only files in `directory`.
class SubjectAccessExport {
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessExport)
public:
    // Core would allow it (view and export of identity and family).
    static bool allowed(const AppContext &context, const QString &studentId);
    // The paths written: the JSON file, then the PDF.
    static Result<QStringList> write(AppContext &context, const QString &studentId, const QString &directory);
};

} // namespace care::ui
