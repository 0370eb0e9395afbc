#include "locale/collation.h"

#include <QCollator>
#include <QLocale>

#include <unicode/ucol.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <memory>

namespace care::collation {
namespace {

struct UCollatorDeleter {
    void operator()(UCollator *c) const { ucol_close(c); }
};

// ICU collators must not be shared between threads: one per thread.
UCollator *thaiCollator()
{
    thread_local std::unique_ptr<UCollator, UCollatorDeleter> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator *c = ucol_open("th_TH", &status);
        // QCollator forces non-ignorable spaces and punctuation over the Thai
        // tailoring's "shifted"; keys must do the same or the orders differ
        // (a key is "first last", so the space separates the names).
        if (U_SUCCESS(status))
            ucol_setAttribute(c, UCOL_ALTERNATE_HANDLING, UCOL_NON_IGNORABLE, &status);
        if (U_FAILURE(status)) {
            ucol_close(c);
            c = nullptr;
        }
        return std::unique_ptr<UCollator, UCollatorDeleter>(c);
    }();
    return collator.get();
}

QCollator &qtCollator()
{
    thread_local QCollator collator{QLocale(QLocale::Thai, QLocale::Thailand)};
    return collator;
}

} // namespace

bool lessThan(const QString &a, const QString &b)
{
    return qtCollator().compare(a, b) < 0;
}

void sort(QStringList &names)
{
    QCollator &c = qtCollator();
    std::sort(names.begin(), names.end(), [&c](const QString &a, const QString &b) { return c.compare(a, b) < 0; });
}

QByteArray sortKey(const QString &text)
{
    UCollator *c = thaiCollator();
    if (!c)
        return text.toUtf8();  // ICU unavailable: code-point order, still deterministic
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = static_cast<int32_t>(text.size());
    QByteArray key(64, Qt::Uninitialized);
    int32_t needed = ucol_getSortKey(c, chars, length, reinterpret_cast<uint8_t *>(key.data()),
                                     static_cast<int32_t>(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = ucol_getSortKey(c, chars, length, reinterpret_cast<uint8_t *>(key.data()), needed);
    }
    key.resize(needed > 0 ? needed - 1 : 0);  // drop ICU's trailing NUL
    return key;
}

QString version()
{
    UCollator *c = thaiCollator();
    if (!c)
        return QStringLiteral("codepoint");
    UVersionInfo info;
    ucol_getVersion(c, info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    // "-ni": keys made with non-ignorable spaces; older stored keys get rebuilt.
    return QStringLiteral("icu-th-%1-ni").arg(QString::fromLatin1(text));
}

} // namespace care::collation
