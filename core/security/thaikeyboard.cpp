#include "security/thaikeyboard.h"

#include <QHash>

namespace care::thaikeyboard {

namespace {

// Each US key with the character it types in the Thai layout (Kedmanee,
// TIS 820-2538): first the unshifted keys, then the shifted ones.
constexpr const char16_t *kUsKeys = u"`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
                                    u"~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:\"ZXCVBNM<>?";
constexpr const char16_t *kThaiKeys = u"_ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ"
                                      u"%+๑๒๓๔ู฿๕๖๗๘๙๐\"ฎฑธํ๊ณฯญฐ,ฅฤฆฏโฌ็๋ษศซ.()ฉฮฺ์?ฒฬฦ";

struct Maps {
    QHash<QChar, QChar> toThai;
    QHash<QChar, QChar> toEnglish;
};

const Maps &maps()
{
    static const Maps m = [] {
        Maps built;
        const QString us = QString::fromUtf16(kUsKeys);
        const QString thai = QString::fromUtf16(kThaiKeys);
        Q_ASSERT(us.size() == thai.size());
        for (qsizetype i = 0; i < us.size() && i < thai.size(); ++i) {
            built.toThai.insert(us.at(i), thai.at(i));
            // Only Thai characters map back: ASCII ones (", /, -, …) are typed
            // by their own keys in the English layout.
            if (thai.at(i).unicode() >= 0x0E00 && thai.at(i).unicode() <= 0x0E7F)
                built.toEnglish.insert(thai.at(i), us.at(i));
        }
        return built;
    }();
    return m;
}

QString mapped(const QString &text, const QHash<QChar, QChar> &map)
{
    QString out = text;
    for (QChar &c : out)
        c = map.value(c, c);
    return out;
}

}  // namespace

QString typedInEnglish(const QString &thai)
{
    return mapped(thai, maps().toEnglish);
}

QString typedInThai(const QString &latin)
{
    return mapped(latin, maps().toThai);
}

}  // namespace care::thaikeyboard
