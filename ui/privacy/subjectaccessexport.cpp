#include "privacy/subjectaccessexport.h"

#include "app/appcontext.h"
#include "privacy/sessionchecks.h"
#include "services/subjectexport.h"
#include "subjectaccesspdf.h"

namespace care::ui {

bool SubjectAccessExport::allowed(const AppContext &context, const QString &studentId)
{
    // The same four checks SubjectExport::collect makes.
    for (Action action : {Action::View, Action::Export})
        for (Section section : {Section::Identity, Section::Family})
            if (!sessionMay(context, action, section, studentId))
                return false;
    return true;
}

Result<QStringList> SubjectAccessExport::write(AppContext &context, const QString &studentId,
                                               const QString &directory)
{
    SubjectExport exporter(context.database(), context.clock());
    auto document = exporter.collect(context.session(), studentId);
    if (!document)
        return document.error();
    auto json = exporter.writeJson(document.value(), directory);
    if (!json)
        return json.error();
    auto pdf = reports::SubjectAccessPdf::write(document.value(), directory);
    if (!pdf)
        return Error{tr("The JSON file was written, but the PDF was not: %1").arg(pdf.error().message),
                     pdf.error().field, pdf.error().location};
    return QStringList{json.value(), pdf.value()};
}

} // namespace care::ui
