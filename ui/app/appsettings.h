#pragma once

#include "locale/language.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace care::ui {

// The desktop app's remembered preferences, one typed accessor per key so
// no screen spells a QSettings key or its default by hand.
namespace appsettings {

QString lastDatabase();                 // empty if none remembered
void setLastDatabase(const QString &path);
void forgetLastDatabase();

std::optional<Language> language();     // unset: follow the system
void setLanguage(Language language);

QByteArray mainWindowGeometry();
void setMainWindowGeometry(const QByteArray &geometry);
QByteArray mainWindowState();
void setMainWindowState(const QByteArray &state);

} // namespace appsettings
} // namespace care::ui
