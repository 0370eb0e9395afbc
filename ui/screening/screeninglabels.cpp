#include "screening/screeninglabels.h"

#include "app/appcontext.h"
#include "services/instrumentwordingservice.h"

namespace care::ui {

Wording ScreeningLabels::wording(const AppContext &context, const QString &instrumentId)
{
    InstrumentWordingService service(context.database(), context.clock());
    const Language language = currentLanguage();
    const Language other = language == Language::Thai ? Language::English : Language::Thai;
    auto wanted = service.texts(context.session(), instrumentId, languageCode(language));
    Wording result = wanted ? wanted.value() : Wording{};
    if (auto fallback = service.texts(context.session(), instrumentId, languageCode(other))) {
        for (auto it = fallback->cbegin(); it != fallback->cend(); ++it)
            if (result.value(it.key()).isEmpty())
                result.insert(it.key(), it.value());
    }
    return result;
}

QString ScreeningLabels::itemCaption(const Item &item)
{
    return tr("Item %1").arg(item.number);
}

QString ScreeningLabels::itemText(const Item &item, const Wording &wording)
{
    return keyText(item.key, item.text, wording, QString());
}

QString ScreeningLabels::keyText(const QString &key, const LocalText &shipped, const Wording &wording,
                                 const QString &fallback)
{
    if (const QString installed = wording.value(key); !installed.isEmpty())
        return installed;
    if (const QString own = shipped.current(); !own.isEmpty())
        return own;
    return fallback;
}

QString ScreeningLabels::choiceText(const ScaleChoice &choice, const Wording &wording)
{
    return keyText(choice.key, choice.text, wording, QString::number(choice.value));
}

QString ScreeningLabels::scoreTitle(const Instrument &instrument, const QString &scoreKey)
{
    for (const Subscale &s : instrument.subscales)
        if (s.key == scoreKey)
            return s.title.current();
    for (const DerivedScore &d : instrument.derivedScores)
        if (d.key == scoreKey)
            return d.title.current();
    if (instrument.impact && instrument.impact->key == scoreKey)
        return instrument.impact->title.current();
    return scoreKey;
}

QString ScreeningLabels::mainScoreKey(const Instrument &instrument)
{
    if (!instrument.derivedScores.isEmpty())
        return instrument.derivedScores.first().key;
    return instrument.subscales.isEmpty() ? QString() : instrument.subscales.last().key;
}

QStringList ScreeningLabels::gridScoreKeys(const Instrument &instrument)
{
    QStringList keys;
    for (const Subscale &s : instrument.subscales)
        keys << s.key;
    for (const DerivedScore &d : instrument.derivedScores)
        keys << d.key;
    return keys;
}

QString ScreeningLabels::bandLabel(const Instrument &instrument, const QString &bandSet,
                                   const std::optional<QString> &code)
{
    if (!code)
        return tr("–");
    if (const BandSet *set = instrument.bandSet(bandSet.isEmpty() ? instrument.defaultBandSet : bandSet))
        if (const BandLevel *level = set->level(*code))
            return level->label.current();
    return *code;
}

QString ScreeningLabels::bandSetTitle(const BandSet &set)
{
    const QString title = set.title.current();
    return title.isEmpty() ? set.name : title;
}

QColor ScreeningLabels::bandColour(const std::optional<QString> &code)
{
    if (!code)
        return {};
    if (*code == QLatin1String("normal") || *code == QLatin1String("strength"))
        return QColor(0xdc, 0xf0, 0xdc);
    if (*code == QLatin1String("at_risk") || *code == QLatin1String("no_strength"))
        return QColor(0xff, 0xe9, 0xa8);
    if (*code == QLatin1String("problem"))
        return QColor(0xf8, 0xc8, 0xc4);
    return {};
}

QString ScreeningLabels::scoreText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : tr("–");
}

QString ScreeningLabels::instrumentTitle(const Instrument &instrument)
{
    const QString title = instrument.title();
    return title.isEmpty() ? instrument.id : title;
}

}  // namespace care::ui
