#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace care {

// The database key wrapped for one user's password (Argon2id salt and cost
// beside it, so the key can be unwrapped before the database file opens).
struct UserKeySlot {
    QString userId;
    QString username;  // normalised (lower case)
    QByteArray salt;
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;
    QByteArray verifier;  // proves the password, so a damaged slot is told from a wrong password
    QByteArray wrappedKey;  // empty: the user is disabled and their key deleted
};

// The database key wrapped for the municipality's recovery key.
struct RecoveryKeySlot {
    QByteArray salt;
    QByteArray wrappedKey;
};

// Failed sign-ins of one user name, known or not (the lockout must not tell
// which names exist, so unknown names are counted the same way).
struct SignInFailures {
    int count = 0;
    QDateTime lockedUntilUtc;  // invalid = not locked
    QDateTime lastFailureUtc;
};

// A failed sign-in that happened while the database was closed: written to
// the audit trail at the next successful sign-in.
struct PendingSignInEvent {
    QDateTime atUtc;
    QString userId;  // empty for an unknown user name
    QString reason;
};

// Everything in a database's key file. The database itself is encrypted
// with a subkey of the database key, so the slots that unwrap that key live
// beside it in this small file; every backup carries its own copy.
struct KeyFileContent {
    QString databaseId;  // the database's setting "database_id": which file these keys open
    QList<UserKeySlot> users;
    std::optional<RecoveryKeySlot> recovery;
    QHash<QString, SignInFailures> failures;  // by normalised user name
    QList<PendingSignInEvent> pendingEvents;

    const UserKeySlot *userSlot(const QString &username) const;
    const UserKeySlot *userSlotById(const QString &userId) const;
    // Adds or replaces the slot of slot.userId.
    void putUserSlot(const UserKeySlot &slot);
    void removeUserSlot(const QString &userId);
    // Deletes the wrapped key of a user's slot (a disabled user), keeping
    // what recognises their password.
    void dropWrappedKey(const QString &userId);
    // Counts one failure of `username` and gives the lock-out end that follows.
    void countFailure(const QString &username, const QDateTime &nowUtc, qint64 lockoutSecs);
    void addPendingEvent(const PendingSignInEvent &event);
};

class KeyFile {
public:
    // "<database path>-keys", like SQLite's own "-wal" and "-journal" side files.
    static QString pathFor(const QString &databasePath);
    // A missing, unreadable or damaged file is an error naming the file.
    static Result<KeyFileContent> read(const QString &path);
    // Replaces the file atomically (write to a temporary file, then rename),
    // owner-only from the first byte.
    static Status write(const QString &path, const KeyFileContent &content);

    static constexpr int kMaxRememberedNames = 500;
    static constexpr int kMaxPendingEvents = 1000;
};

} // namespace care
