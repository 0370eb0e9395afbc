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

// Minutes without use before Care locks itself; 0 = never.
constexpr int kDefaultAutoLockMinutes = 10;
constexpr int kMaximumAutoLockMinutes = 240;
int autoLockMinutes();
void setAutoLockMinutes(int minutes);

// The user name last signed in on this PC, offered at the next sign-in.
QString lastUsername();
void setLastUsername(const QString &username);

QByteArray mainWindowGeometry();
void setMainWindowGeometry(const QByteArray &geometry);
QByteArray mainWindowState();
void setMainWindowState(const QByteArray &state);

} // namespace appsettings
} // namespace care::ui
