#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace care::ui {

// How the audit trail's stored codes read on screen: actions, record kinds,
// sections and shortened record ids. An unknown code is shown as stored, so
// an event of a newer Care version is never hidden.
class AuditLabels {
    Q_DECLARE_TR_FUNCTIONS(AuditLabels)
public:
    static QStringList knownActions();  // codes offered by the action filter
    static QString action(const QString &code);
    static QString entity(const QString &code);
    static QString section(const QString &code);  // "" for events without a section
    // "Student · …3f9a01c2": ids are UUID v7, whose first half is a time
    // stamp shared by ids made close together, so the end tells them apart.
    static QString record(const QString &entity, const QString &entityId);
    static QString shortId(const QString &id);
};

} // namespace care::ui
