#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace care {

// Care's private folder for sensitive files handed to another program (a
// scanned consent form opened in the system's viewer). The folder is
// owner-only (0700) and on the local disk; each file is owner-only (0600)
// from its first byte and named by a random name with the extension of its
// detected type, never by the name it was stored under (which may say
// anything, ".desktop" or ".exe" included). Care empties the folder at start
// (a crash leaves files behind), on lock, on sign-out and at quit.
class OpenedFiles {
    Q_DECLARE_TR_FUNCTIONS(OpenedFiles)
public:
    explicit OpenedFiles(QString folder = defaultFolder());

    // Linux and other Unix desktops: the per-user runtime folder
    // ($XDG_RUNTIME_DIR, memory-backed, emptied at log-out); elsewhere the
    // local (never roaming, never synced) cache folder. One per application
    // name, so test runs never touch the app's.
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // Writes a scanned form (PDF, JPEG, PNG) for a viewer; refuses content
    // of any other type. Returns the file's path.
    Result<QString> writeForm(const QByteArray &content) const;
    // Deletes every file in the folder; false if one could not be deleted
    // (on Windows, a file still open in a viewer; the next clean-up retries).
    bool removeAll() const;

private:
    Status preparedFolder() const;

    QString m_folder;
};

}  // namespace care
