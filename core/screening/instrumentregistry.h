#pragma once

#include "screening/instrument.h"
#include "util/result.h"

#include <QList>
#include <QString>

#include <memory>

namespace care {

// The instruments Care knows: every *.json of the resource folder
// :/care/instruments and, optionally, of a folder of the municipality's own.
// A broken file is reported in problems() and the others still load. An
// instrument of the extra folder replaces a shipped one with the same id
// (e.g. corrected cut-offs); two files of one folder with the same id are a
// problem and the first one (in file-name order) is kept.
class InstrumentRegistry {
public:
    static constexpr auto kResourceFolder = ":/care/instruments";

    // The shipped instruments, loaded once (thread-safe).
    static const InstrumentRegistry &shipped();
    // The shipped instruments plus those of `extraFolder` (empty: none).
    static InstrumentRegistry load(const QString &extraFolder = {});
    // Only the instruments of these folders, in order (later ones replace).
    static InstrumentRegistry loadFolders(const QStringList &folders);

    const Instrument *find(const QString &id) const;
    QList<const Instrument *> all() const;  // ordered by id
    QList<Error> problems() const { return m_problems; }

private:
    void loadFolder(const QString &folder);

    QList<std::shared_ptr<const Instrument>> m_instruments;
    QList<Error> m_problems;
};

}  // namespace care
