#pragma once

#include "locale/language.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace care::reports {

// The PDF of a subject-access request: the JSON document that
// SubjectExport::collect makes (the export is audited there), laid out as a
// readable A4 report in the user's language; Thai dates in Buddhist Era.
//
// Rendering needs a QGuiApplication (fonts and text layout live in QtGui).
// The desktop app has one; the CLI creates one on the "offscreen" platform
// (QT_QPA_PLATFORM=offscreen, or -platform offscreen) so no display is
// needed. Without one, write() refuses with a message instead of crashing.
class SubjectAccessPdf {
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessPdf)

public:
    // The report as HTML; every value from the document is escaped.
    static QString html(const QJsonObject &document, Language language);
    // Writes <directory>/<student id>-subject-access.pdf through QSaveFile,
    // readable by the owner only (0600). Returns the file's path.
    static Result<QString> write(const QJsonObject &document, const QString &directory,
                                 Language language = currentLanguage());
};

} // namespace care::reports
