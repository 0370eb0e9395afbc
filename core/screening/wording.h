#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace care {

class InstrumentRegistry;

// One text of a wording file: an item's (or choice's) words in one language.
struct WordingEntry {
    QString instrumentId;
    QString language;  // th, en
    QString itemKey;   // the wording key (an item number in the file becomes its key)
    QString text;
    int line = 0;  // where it was in the file
};

// The licensed item wording a municipality installs (docs/instruments.md,
// "Wording files"): UTF-8 text, one text per line as four tab-separated
// fields — instrument id, language (th or en), item number or wording key,
// text. Blank lines and lines starting with # are ignored, and so is a
// first line "instrument<TAB>language<TAB>item<TAB>text". Every line is
// checked against the registry's instruments; the first bad line is refused
// with its line number, and nothing of the file is used.
class WordingFile {
public:
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
    static constexpr int kMaxTextLength = 2000;

    static Result<QList<WordingEntry>> parse(const QByteArray &content, const QString &sourcePath,
                                             const InstrumentRegistry &registry);
    static Result<QList<WordingEntry>> read(const QString &path, const InstrumentRegistry &registry);
};

}  // namespace care
