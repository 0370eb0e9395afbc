#pragma once

#include <QCoreApplication>

#include <memory>

namespace care::cli {

// The Qt application object of care-cli: a plain QCoreApplication, except
// for the commands that render documents (export), which need a
// QGuiApplication; that one runs on the offscreen platform unless the user
// chose another, so care-cli never needs a display.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv);

} // namespace care::cli
