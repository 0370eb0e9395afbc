#include "security/keyfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace care {

struct KeyFileText {
    Q_DECLARE_TR_FUNCTIONS(KeyFileText)
};

namespace {

const QString kFormat = QStringLiteral("care-keys");
constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

QString base64(const QByteArray &bytes) { return QString::fromLatin1(bytes.toBase64()); }

std::optional<QByteArray> bytesOf(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

QString stamp(const QDateTime &utc) { return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime timeOf(const QJsonValue &value) { return QDateTime::fromString(value.toString(), Qt::ISODateWithMs); }

Error damaged(const QString &path, const QString &where)
{
    return Error{KeyFileText::tr("The key file is damaged (%1); restore it from a backup of this database. "
                                 "Any backup's key file opens the database with the passwords of that time.")
                     .arg(where),
                 {}, QDir::toNativeSeparators(path)};
}

QJsonObject userJson(const UserKeySlot &slot)
{
    return QJsonObject{{QStringLiteral("userId"), slot.userId},
                       {QStringLiteral("username"), slot.username},
                       {QStringLiteral("salt"), base64(slot.salt)},
                       {QStringLiteral("ops"), QString::number(slot.opsLimit)},
                       {QStringLiteral("mem"), QString::number(slot.memLimitBytes)},
                       {QStringLiteral("verifier"), base64(slot.verifier)},
                       {QStringLiteral("wrappedKey"), base64(slot.wrappedKey)}};
}

std::optional<UserKeySlot> userFrom(const QJsonObject &json)
{
    UserKeySlot slot;
    slot.userId = json.value(QStringLiteral("userId")).toString();
    slot.username = json.value(QStringLiteral("username")).toString();
    bool opsOk = false;
    bool memOk = false;
    slot.opsLimit = json.value(QStringLiteral("ops")).toString().toULongLong(&opsOk);
    slot.memLimitBytes = json.value(QStringLiteral("mem")).toString().toULongLong(&memOk);
    auto salt = bytesOf(json.value(QStringLiteral("salt")));
    auto wrapped = bytesOf(json.value(QStringLiteral("wrappedKey")));
    auto verifier = bytesOf(json.value(QStringLiteral("verifier")));
    if (slot.userId.isEmpty() || slot.username.isEmpty() || !opsOk || !memOk || !salt || !wrapped || !verifier)
        return std::nullopt;
    slot.salt = *salt;
    slot.verifier = *verifier;
    slot.wrappedKey = *wrapped;
    return slot;
}

} // namespace

const UserKeySlot *KeyFileContent::userSlot(const QString &username) const
{
    auto it = std::find_if(users.cbegin(), users.cend(), [&](const UserKeySlot &s) { return s.username == username; });
    return it == users.cend() ? nullptr : &*it;
}

const UserKeySlot *KeyFileContent::userSlotById(const QString &userId) const
{
    auto it = std::find_if(users.cbegin(), users.cend(), [&](const UserKeySlot &s) { return s.userId == userId; });
    return it == users.cend() ? nullptr : &*it;
}

void KeyFileContent::putUserSlot(const UserKeySlot &slot)
{
    removeUserSlot(slot.userId);
    users.append(slot);
}

void KeyFileContent::removeUserSlot(const QString &userId)
{
    users.removeIf([&](const UserKeySlot &s) { return s.userId == userId; });
}

void KeyFileContent::dropWrappedKey(const QString &userId)
{
    for (UserKeySlot &slot : users)
        if (slot.userId == userId)
            slot.wrappedKey.clear();
}

void KeyFileContent::countFailure(const QString &username, const QDateTime &nowUtc, qint64 lockoutSecs)
{
    if (!failures.contains(username) && failures.size() >= KeyFile::kMaxRememberedNames) {
        // Forget the name whose last failure is oldest: a flood of made-up
        // names must not grow the file without bound.
        auto oldest = std::min_element(failures.begin(), failures.end(), [](const auto &a, const auto &b) {
            return a.lastFailureUtc < b.lastFailureUtc;
        });
        failures.erase(oldest);
    }
    SignInFailures &entry = failures[username];
    entry.count += 1;
    entry.lastFailureUtc = nowUtc;
    entry.lockedUntilUtc = lockoutSecs > 0 ? nowUtc.addSecs(lockoutSecs) : QDateTime();
}

void KeyFileContent::addPendingEvent(const PendingSignInEvent &event)
{
    if (pendingEvents.size() >= KeyFile::kMaxPendingEvents)
        pendingEvents.removeFirst();
    pendingEvents.append(event);
}

QString KeyFile::pathFor(const QString &databasePath) { return databasePath + QStringLiteral("-keys"); }

Result<KeyFileContent> KeyFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{KeyFileText::tr("The key file of this database is missing. The database is encrypted and "
                                     "cannot be opened without it: copy the key file from a backup of this "
                                     "database next to it (same name with “-keys” at the end)."),
                     {}, QDir::toNativeSeparators(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{KeyFileText::tr("The key file cannot be read: %1").arg(file.errorString()), {},
                     QDir::toNativeSeparators(path)};
    if (file.size() > kMaxFileBytes)
        return damaged(path, KeyFileText::tr("too large"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged(path, KeyFileText::tr("not readable at byte %1").arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return damaged(path, KeyFileText::tr("not a Care key file"));
    if (root.value(QStringLiteral("version")).toInt() != kVersion)
        return damaged(path, KeyFileText::tr("made by another version of Care"));

    KeyFileContent content;
    content.databaseId = root.value(QStringLiteral("databaseId")).toString();
    const QJsonArray users = root.value(QStringLiteral("users")).toArray();
    for (int i = 0; i < users.size(); ++i) {
        auto slot = userFrom(users.at(i).toObject());
        if (!slot)
            return damaged(path, KeyFileText::tr("user key %1").arg(i + 1));
        content.users.append(*slot);
    }
    const QJsonValue recovery = root.value(QStringLiteral("recovery"));
    if (recovery.isObject()) {
        auto salt = bytesOf(recovery.toObject().value(QStringLiteral("salt")));
        auto wrapped = bytesOf(recovery.toObject().value(QStringLiteral("wrappedKey")));
        if (!salt || !wrapped)
            return damaged(path, KeyFileText::tr("recovery key"));
        content.recovery = RecoveryKeySlot{*salt, *wrapped};
    }
    const QJsonObject failures = root.value(QStringLiteral("signInFailures")).toObject();
    for (auto it = failures.begin(); it != failures.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        content.failures.insert(it.key(), SignInFailures{entry.value(QStringLiteral("count")).toInt(),
                                                         timeOf(entry.value(QStringLiteral("lockedUntil"))),
                                                         timeOf(entry.value(QStringLiteral("last")))});
    }
    const QJsonArray pending = root.value(QStringLiteral("pendingEvents")).toArray();
    for (const QJsonValue &value : pending) {
        const QJsonObject event = value.toObject();
        content.pendingEvents.append(PendingSignInEvent{timeOf(event.value(QStringLiteral("at"))),
                                                        event.value(QStringLiteral("userId")).toString(),
                                                        event.value(QStringLiteral("reason")).toString()});
    }
    return content;
}

Status KeyFile::write(const QString &path, const KeyFileContent &content)
{
    QJsonArray users;
    for (const UserKeySlot &slot : content.users)
        users.append(userJson(slot));
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("databaseId"), content.databaseId},
                     {QStringLiteral("users"), users}};
    if (content.recovery)
        root.insert(QStringLiteral("recovery"),
                    QJsonObject{{QStringLiteral("salt"), base64(content.recovery->salt)},
                                {QStringLiteral("wrappedKey"), base64(content.recovery->wrappedKey)}});
    QJsonObject failures;
    for (auto it = content.failures.cbegin(); it != content.failures.cend(); ++it)
        failures.insert(it.key(), QJsonObject{{QStringLiteral("count"), it->count},
                                              {QStringLiteral("lockedUntil"), stamp(it->lockedUntilUtc)},
                                              {QStringLiteral("last"), stamp(it->lastFailureUtc)}});
    root.insert(QStringLiteral("signInFailures"), failures);
    QJsonArray pending;
    for (const PendingSignInEvent &event : content.pendingEvents)
        pending.append(QJsonObject{{QStringLiteral("at"), stamp(event.atUtc)},
                                   {QStringLiteral("userId"), event.userId},
                                   {QStringLiteral("reason"), event.reason}});
    root.insert(QStringLiteral("pendingEvents"), pending);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{KeyFileText::tr("The key file could not be written: %1").arg(file.errorString()), {},
                     QDir::toNativeSeparators(path)};
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    // A full disk can cut a write short without an error: the whole file is
    // checked before it replaces the old one, which stays whole otherwise.
    if (file.write(data) != data.size() || !file.flush() || file.size() != data.size()) {
        file.cancelWriting();
        (void)file.commit();  // discards the temporary file
        return Error{KeyFileText::tr("The key file could not be written: the disk is full or the file is not "
                                     "writable."),
                     {}, QDir::toNativeSeparators(path)};
    }
    if (!file.commit())
        return Error{KeyFileText::tr("The key file could not be written: %1").arg(file.errorString()), {},
                     QDir::toNativeSeparators(path)};
    return {};
}

} // namespace care
