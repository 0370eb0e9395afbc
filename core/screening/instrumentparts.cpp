#include "screening/instrumentparts.h"

#include <QCoreApplication>
#include <QSet>

namespace care {

struct InstrumentPartsText {
    Q_DECLARE_TR_FUNCTIONS(InstrumentPartsText)
};

namespace {
using K = InstrumentJson;
constexpr int kMaxItemNumber = 999;
constexpr int kMaxScaleValue = 100;
}  // namespace

QStringList InstrumentParts::domainCodes()
{
    return {QStringLiteral("attendance"), QStringLiteral("academic"),     QStringLiteral("behaviour"),
            QStringLiteral("emotional"),  QStringLiteral("economic"),     QStringLiteral("family"),
            QStringLiteral("health"),     QStringLiteral("special_needs")};
}

Result<ResponseScale> InstrumentParts::scale(const QString &path, const QJsonValue &value) const
{
    auto object = m_json.object(path, value);
    if (!object)
        return object.error();
    if (auto s = m_json.checkKeys(path, object.value(), {QStringLiteral("min"), QStringLiteral("max")},
                                  {QStringLiteral("choices")});
        !s)
        return s.error();
    ResponseScale result;
    auto min = m_json.integer(K::member(path, QStringLiteral("min")), object->value(QStringLiteral("min")), 0,
                              kMaxScaleValue - 1);
    if (!min)
        return min.error();
    auto max = m_json.integer(K::member(path, QStringLiteral("max")), object->value(QStringLiteral("max")),
                              min.value() + 1, kMaxScaleValue);
    if (!max)
        return max.error();
    result.min = min.value();
    result.max = max.value();
    if (object->contains(QStringLiteral("choices"))) {
        auto choices
                = m_json.choices(K::member(path, QStringLiteral("choices")), object->value(QStringLiteral("choices")),
                                 result.min, result.max - result.min + 1);
        if (!choices)
            return choices.error();
        result.choices = choices.value();
    }
    return result;
}

Status InstrumentParts::items() const
{
    auto defaultScale = scale(QStringLiteral("$.scale"), m_root.value(QStringLiteral("scale")));
    if (!defaultScale)
        return defaultScale.error();
    const QString path = QStringLiteral("$.items");
    auto list = m_json.array(path, m_root.value(QStringLiteral("items")), 1);
    if (!list)
        return list.error();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = K::element(path, i);
        auto object = m_json.object(at, list->at(i));
        if (!object)
            return object.error();
        if (auto s = m_json.checkKeys(
                    at, object.value(), {QStringLiteral("number")},
                    {QStringLiteral("key"), QStringLiteral("domain"), QStringLiteral("text"), QStringLiteral("scale")});
            !s)
            return s;
        Item item;
        auto number = m_json.integer(K::member(at, QStringLiteral("number")), object->value(QStringLiteral("number")),
                                     1, kMaxItemNumber);
        if (!number)
            return number.error();
        item.number = number.value();
        if (m_instrument.itemByNumber(item.number))
            return m_json.fault(K::member(at, QStringLiteral("number")),
                                InstrumentPartsText::tr("item number %1 is used twice.").arg(item.number));
        item.key = QStringLiteral("q%1").arg(item.number);
        if (object->contains(QStringLiteral("key"))) {
            auto key = m_json.code(K::member(at, QStringLiteral("key")), object->value(QStringLiteral("key")));
            if (!key)
                return key.error();
            item.key = key.value();
        }
        if (m_instrument.item(item.key))
            return m_json.fault(K::member(at, QStringLiteral("key")),
                                InstrumentPartsText::tr("the wording key \"%1\" is used twice.").arg(item.key));
        if (object->contains(QStringLiteral("domain"))) {
            const QString domainPath = K::member(at, QStringLiteral("domain"));
            auto domain = m_json.text(domainPath, object->value(QStringLiteral("domain")));
            if (!domain)
                return domain.error();
            if (!domainCodes().contains(domain.value()))
                return m_json.fault(domainPath,
                                    InstrumentPartsText::tr("unknown domain \"%1\"; expected one of: %2.")
                                            .arg(domain->left(80), domainCodes().join(QStringLiteral(", "))));
            item.domain = domain.value();
        }
        if (object->contains(QStringLiteral("text"))) {
            auto text = m_json.localText(K::member(at, QStringLiteral("text")), object->value(QStringLiteral("text")));
            if (!text)
                return text.error();
            item.text = text.value();
        }
        item.scale = defaultScale.value();
        if (object->contains(QStringLiteral("scale"))) {
            auto own = scale(K::member(at, QStringLiteral("scale")), object->value(QStringLiteral("scale")));
            if (!own)
                return own.error();
            item.scale = own.value();
        }
        m_instrument.items << item;
    }
    return {};
}

Result<QList<int>> InstrumentParts::itemNumbers(const QString &path, const QJsonValue &value, int minSize) const
{
    auto list = m_json.array(path, value, minSize);
    if (!list)
        return list.error();
    QList<int> numbers;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = K::element(path, i);
        auto number = m_json.integer(at, list->at(i), 1, kMaxItemNumber);
        if (!number)
            return number.error();
        if (!m_instrument.itemByNumber(number.value()))
            return m_json.fault(at, InstrumentPartsText::tr("item %1 is not in the instrument.").arg(number.value()));
        if (numbers.contains(number.value()))
            return m_json.fault(at, InstrumentPartsText::tr("item %1 is listed twice.").arg(number.value()));
        numbers << number.value();
    }
    return numbers;
}

Status InstrumentParts::reversed() const
{
    if (!m_root.contains(QStringLiteral("reversed")))
        return {};
    auto numbers = itemNumbers(QStringLiteral("$.reversed"), m_root.value(QStringLiteral("reversed")), 0);
    if (!numbers)
        return numbers.error();
    m_instrument.reversedItems = numbers.value();
    return {};
}

Status InstrumentParts::checkNewScoreKey(const QString &path, const QString &key) const
{
    if (m_instrument.scoreKeys().contains(key))
        return m_json.fault(path, InstrumentPartsText::tr("the score \"%1\" is defined twice.").arg(key));
    return {};
}

Status InstrumentParts::subscales() const
{
    const QString path = QStringLiteral("$.subscales");
    auto list = m_json.array(path, m_root.value(QStringLiteral("subscales")), 1);
    if (!list)
        return list.error();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = K::element(path, i);
        auto object = m_json.object(at, list->at(i));
        if (!object)
            return object.error();
        if (auto s = m_json.checkKeys(at, object.value(), {QStringLiteral("key"), QStringLiteral("items")},
                                      {QStringLiteral("title")});
            !s)
            return s;
        Subscale subscale;
        auto key = m_json.code(K::member(at, QStringLiteral("key")), object->value(QStringLiteral("key")));
        if (!key)
            return key.error();
        if (auto s = checkNewScoreKey(K::member(at, QStringLiteral("key")), key.value()); !s)
            return s;
        subscale.key = key.value();
        if (object->contains(QStringLiteral("title"))) {
            auto title
                    = m_json.localText(K::member(at, QStringLiteral("title")), object->value(QStringLiteral("title")));
            if (!title)
                return title.error();
            subscale.title = title.value();
        }
        auto numbers = itemNumbers(K::member(at, QStringLiteral("items")), object->value(QStringLiteral("items")), 1);
        if (!numbers)
            return numbers.error();
        subscale.itemNumbers = numbers.value();
        m_instrument.subscales << subscale;
    }
    return {};
}

Status InstrumentParts::derived() const
{
    if (!m_root.contains(QStringLiteral("derived")))
        return {};
    const QString path = QStringLiteral("$.derived");
    auto list = m_json.array(path, m_root.value(QStringLiteral("derived")));
    if (!list)
        return list.error();
    QStringList subscaleKeys;
    for (const Subscale &s : std::as_const(m_instrument.subscales))
        subscaleKeys << s.key;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = K::element(path, i);
        auto object = m_json.object(at, list->at(i));
        if (!object)
            return object.error();
        if (auto s = m_json.checkKeys(at, object.value(), {QStringLiteral("key"), QStringLiteral("sum")},
                                      {QStringLiteral("title")});
            !s)
            return s;
        DerivedScore score;
        auto key = m_json.code(K::member(at, QStringLiteral("key")), object->value(QStringLiteral("key")));
        if (!key)
            return key.error();
        if (auto s = checkNewScoreKey(K::member(at, QStringLiteral("key")), key.value()); !s)
            return s;
        score.key = key.value();
        if (object->contains(QStringLiteral("title"))) {
            auto title
                    = m_json.localText(K::member(at, QStringLiteral("title")), object->value(QStringLiteral("title")));
            if (!title)
                return title.error();
            score.title = title.value();
        }
        const QString sumPath = K::member(at, QStringLiteral("sum"));
        auto parts = m_json.array(sumPath, object->value(QStringLiteral("sum")), 1);
        if (!parts)
            return parts.error();
        for (qsizetype j = 0; j < parts->size(); ++j) {
            auto part = m_json.text(K::element(sumPath, j), parts->at(j));
            if (!part)
                return part.error();
            if (!subscaleKeys.contains(part.value()))
                return m_json.fault(K::element(sumPath, j),
                                    InstrumentPartsText::tr("there is no subscale \"%1\"; the subscales are: %2.")
                                            .arg(part->left(80), subscaleKeys.join(QStringLiteral(", "))));
            if (score.subscaleKeys.contains(part.value()))
                return m_json.fault(K::element(sumPath, j),
                                    InstrumentPartsText::tr("the subscale \"%1\" is listed twice.").arg(part.value()));
            score.subscaleKeys << part.value();
        }
        m_instrument.derivedScores << score;
    }
    return {};
}

Status InstrumentParts::prorating() const
{
    const QString path = QStringLiteral("$.prorating");
    auto object = m_json.object(path, m_root.value(QStringLiteral("prorating")));
    if (!object)
        return object.error();
    if (auto s = m_json.checkKeys(path, object.value(), {QStringLiteral("max_missing")}, {QStringLiteral("rounding")});
        !s)
        return s;
    const QString maxPath = K::member(path, QStringLiteral("max_missing"));
    auto maxMissing = m_json.integer(maxPath, object->value(QStringLiteral("max_missing")), 0, kMaxItemNumber);
    if (!maxMissing)
        return maxMissing.error();
    for (const Subscale &subscale : std::as_const(m_instrument.subscales))
        if (maxMissing.value() >= subscale.itemNumbers.size())
            return m_json.fault(maxPath,
                                InstrumentPartsText::tr("up to %1 missing answers would leave the subscale "
                                                        "\"%2\" (%n item(s)) with no answer at all.",
                                                        nullptr, int(subscale.itemNumbers.size()))
                                        .arg(maxMissing.value())
                                        .arg(subscale.key));
    if (object->contains(QStringLiteral("rounding"))) {
        const QString roundingPath = K::member(path, QStringLiteral("rounding"));
        auto rounding = m_json.text(roundingPath, object->value(QStringLiteral("rounding")));
        if (!rounding)
            return rounding.error();
        if (rounding.value() != QLatin1String("half_up"))
            return m_json.fault(roundingPath,
                                InstrumentPartsText::tr("unknown rounding \"%1\"; the only rounding is "
                                                        "\"half_up\".")
                                        .arg(rounding->left(80)));
    }
    m_instrument.prorating.maxMissing = maxMissing.value();
    return {};
}

}  // namespace care
