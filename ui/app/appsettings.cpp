#include "app/appsettings.h"

#include <QSettings>

#include <algorithm>

namespace care::ui::appsettings {
namespace {

const QString kLastDatabase = QStringLiteral("database/last");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kAutoLock = QStringLiteral("security/autoLockMinutes");
const QString kLastUsername = QStringLiteral("security/lastUsername");

} // namespace

QString lastDatabase() { return QSettings().value(kLastDatabase).toString(); }
void setLastDatabase(const QString &path) { QSettings().setValue(kLastDatabase, path); }
void forgetLastDatabase() { QSettings().remove(kLastDatabase); }

std::optional<Language> language()
{
    const QString stored = QSettings().value(kLanguage).toString();
    if (stored.isEmpty())
        return std::nullopt;
    return languageFromCode(stored, Language::English);
}

void setLanguage(Language value) { QSettings().setValue(kLanguage, languageCode(value)); }

int autoLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(kAutoLock, kDefaultAutoLockMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 0, kMaximumAutoLockMinutes) : kDefaultAutoLockMinutes;
}

void setAutoLockMinutes(int minutes)
{
    QSettings().setValue(kAutoLock, std::clamp(minutes, 0, kMaximumAutoLockMinutes));
}

QString lastUsername() { return QSettings().value(kLastUsername).toString(); }
void setLastUsername(const QString &username) { QSettings().setValue(kLastUsername, username); }

QByteArray mainWindowGeometry() { return QSettings().value(kGeometry).toByteArray(); }
void setMainWindowGeometry(const QByteArray &geometry) { QSettings().setValue(kGeometry, geometry); }
QByteArray mainWindowState() { return QSettings().value(kState).toByteArray(); }
void setMainWindowState(const QByteArray &state) { QSettings().setValue(kState, state); }

} // namespace care::ui::appsettings
