#pragma once

#include "commandline.h"

#include "screening/instrumentregistry.h"

#include <QCoreApplication>

#include <optional>

namespace care::cli {

// What the score and instruments commands share: the --instruments option
// (a folder of the municipality's own instrument files, loaded after the
// shipped ones) and finding an instrument by id.
class InstrumentOptions {
    Q_DECLARE_TR_FUNCTIONS(InstrumentOptions)
public:
    static QCommandLineOption folderOption();
    // The shipped instruments plus the folder's; nullopt with *exitCode 2
    // when the folder given does not exist.
    static std::optional<InstrumentRegistry> registry(const CommandLine &commandLine, int *exitCode);
    // The instrument with this id, or null after printing which ids exist
    // (and the problems of broken files, one of which may have been meant).
    static const Instrument *find(const InstrumentRegistry &registry, const QString &id, int *exitCode);
};

}  // namespace care::cli
