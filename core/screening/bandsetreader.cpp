#include "screening/bandsetreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace care {

struct BandSetText {
    Q_DECLARE_TR_FUNCTIONS(BandSetText)
};

namespace {
using K = InstrumentJson;
constexpr int kMaxBandValue = 1000;

QString span(int min, int max)
{
    return min == max ? QString::number(min) : QStringLiteral("%1–%2").arg(min).arg(max);
}
}  // namespace

QStringList BandSetReader::levelCodes()
{
    return {QStringLiteral("normal"), QStringLiteral("at_risk"), QStringLiteral("problem"), QStringLiteral("strength"),
            QStringLiteral("no_strength")};
}

Result<BandSet> BandSetReader::read(const InstrumentJson &json, const QString &path, const QJsonValue &value,
                                    const Instrument &instrument, const BandFileReader &readBandFile)
{
    auto entry = json.object(path, value);
    if (!entry)
        return entry.error();
    if (entry->contains(QStringLiteral("file")))
        return fromFile(json, path, entry.value(), instrument, readBandFile);
    if (auto s = json.checkKeys(path, entry.value(),
                                {QStringLiteral("name"), QStringLiteral("levels"), QStringLiteral("bands")},
                                {QStringLiteral("title"), QStringLiteral("source")});
        !s)
        return s.error();
    BandSet set;
    auto name = json.code(K::member(path, QStringLiteral("name")), entry->value(QStringLiteral("name")));
    if (!name)
        return name.error();
    set.name = name.value();
    set.version = instrument.version;
    if (entry->contains(QStringLiteral("title"))) {
        auto title = json.localText(K::member(path, QStringLiteral("title")), entry->value(QStringLiteral("title")));
        if (!title)
            return title.error();
        set.title = title.value();
    }
    if (entry->contains(QStringLiteral("source"))) {
        auto source = json.text(K::member(path, QStringLiteral("source")), entry->value(QStringLiteral("source")));
        if (!source)
            return source.error();
        set.source = source.value();
    }
    auto levels = BandSetReader::levels(json, K::member(path, QStringLiteral("levels")),
                                        entry->value(QStringLiteral("levels")));
    if (!levels)
        return levels.error();
    set.levels = levels.value();
    auto bands = table(json, K::member(path, QStringLiteral("bands")), entry->value(QStringLiteral("bands")),
                       set.levels, instrument);
    if (!bands)
        return bands.error();
    set.scoreBands = bands.value();
    return set;
}

Result<BandSet> BandSetReader::fromFile(const InstrumentJson &json, const QString &path, const QJsonObject &entry,
                                        const Instrument &instrument, const BandFileReader &readBandFile)
{
    if (auto s = json.checkKeys(path, entry, {QStringLiteral("name"), QStringLiteral("file"), QStringLiteral("table")});
        !s)
        return s.error();
    BandSet set;
    auto name = json.code(K::member(path, QStringLiteral("name")), entry.value(QStringLiteral("name")));
    if (!name)
        return name.error();
    set.name = name.value();
    auto fileName = json.text(K::member(path, QStringLiteral("file")), entry.value(QStringLiteral("file")));
    if (!fileName)
        return fileName.error();
    const QString tablePath = K::member(path, QStringLiteral("table"));
    auto tableName = json.code(tablePath, entry.value(QStringLiteral("table")));
    if (!tableName)
        return tableName.error();
    if (!readBandFile)
        return json.fault(K::member(path, QStringLiteral("file")), BandSetText::tr("band files cannot be read here."));
    auto data = readBandFile(fileName.value());
    if (!data)
        return data.error();

    const InstrumentJson file(InstrumentJson::FileKind::BandFile, data->path);
    auto root = file.parse(data->content);
    if (!root)
        return root.error();
    const QString rootPath = QStringLiteral("$");
    if (auto s = file.checkKeys(rootPath, root.value(),
                                {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("version"),
                                 QStringLiteral("title"), QStringLiteral("source"), QStringLiteral("levels"),
                                 QStringLiteral("tables")},
                                {QStringLiteral("notes")});
        !s)
        return s.error();
    if (auto format
        = file.integer(K::member(rootPath, QStringLiteral("format")), root->value(QStringLiteral("format")), 1, 1);
        !format)
        return format.error();
    if (auto id = file.code(K::member(rootPath, QStringLiteral("id")), root->value(QStringLiteral("id"))); !id)
        return id.error();
    auto version = file.text(K::member(rootPath, QStringLiteral("version")), root->value(QStringLiteral("version")));
    if (!version)
        return version.error();
    set.version = version.value();
    auto title = file.localText(K::member(rootPath, QStringLiteral("title")), root->value(QStringLiteral("title")));
    if (!title)
        return title.error();
    set.title = title.value();
    auto source = file.text(K::member(rootPath, QStringLiteral("source")), root->value(QStringLiteral("source")));
    if (!source)
        return source.error();
    set.source = source.value();
    set.fileName = fileName.value();
    auto levels = BandSetReader::levels(file, K::member(rootPath, QStringLiteral("levels")),
                                        root->value(QStringLiteral("levels")));
    if (!levels)
        return levels.error();
    set.levels = levels.value();
    const QString tablesPath = K::member(rootPath, QStringLiteral("tables"));
    auto tables = file.object(tablesPath, root->value(QStringLiteral("tables")));
    if (!tables)
        return tables.error();
    if (!tables->contains(tableName.value()))
        return json.fault(tablePath,
                          BandSetText::tr("the band file %1 has no table \"%2\"; it has: %3.")
                                  .arg(file.fileName(), tableName.value(), tables->keys().join(QStringLiteral(", "))));
    auto bands = table(file, K::member(tablesPath, tableName.value()), tables->value(tableName.value()), set.levels,
                       instrument);
    if (!bands)
        return bands.error();
    set.scoreBands = bands.value();
    return set;
}

Result<QList<BandLevel>> BandSetReader::levels(const InstrumentJson &json, const QString &path, const QJsonValue &value)
{
    auto list = json.array(path, value, 1);
    if (!list)
        return list.error();
    QList<BandLevel> result;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = K::element(path, i);
        auto object = json.object(at, list->at(i));
        if (!object)
            return object.error();
        if (auto s = json.checkKeys(at, object.value(), {QStringLiteral("code"), QStringLiteral("label")}); !s)
            return s.error();
        BandLevel level;
        const QString codePath = K::member(at, QStringLiteral("code"));
        auto code = json.text(codePath, object->value(QStringLiteral("code")));
        if (!code)
            return code.error();
        if (!levelCodes().contains(code.value()))
            return json.fault(codePath,
                              BandSetText::tr("unknown level \"%1\"; expected one of: %2.")
                                      .arg(code->left(80), levelCodes().join(QStringLiteral(", "))));
        if (std::any_of(result.cbegin(), result.cend(), [&](const BandLevel &l) { return l.code == code.value(); }))
            return json.fault(codePath, BandSetText::tr("the level \"%1\" is listed twice.").arg(code.value()));
        level.code = code.value();
        auto label = json.localText(K::member(at, QStringLiteral("label")), object->value(QStringLiteral("label")));
        if (!label)
            return label.error();
        level.label = label.value();
        result << level;
    }
    return result;
}

Result<QList<std::pair<QString, QList<Band>>>> BandSetReader::table(const InstrumentJson &json, const QString &path,
                                                                    const QJsonValue &value,
                                                                    const QList<BandLevel> &levels,
                                                                    const Instrument &instrument)
{
    auto object = json.object(path, value);
    if (!object)
        return object.error();
    QList<std::pair<QString, QList<Band>>> result;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QString at = K::member(path, it.key());
        const auto range = instrument.range(it.key());
        if (!range)
            return json.fault(
                    at,
                    BandSetText::tr("the instrument %1 has no score \"%2\"; its scores are: %3.")
                            .arg(instrument.id, it.key().left(80), instrument.scoreKeys().join(QStringLiteral(", "))));
        auto list = bands(json, at, it.value(), levels, *range);
        if (!list)
            return list.error();
        result.append({it.key(), list.value()});
    }
    return result;
}

Result<QList<Band>> BandSetReader::bands(const InstrumentJson &json, const QString &path, const QJsonValue &value,
                                         const QList<BandLevel> &levels, ScoreRange range)
{
    auto list = json.array(path, value, 1);
    if (!list)
        return list.error();
    QList<Band> result;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = K::element(path, i);
        auto object = json.object(at, list->at(i));
        if (!object)
            return object.error();
        if (auto s = json.checkKeys(at, object.value(),
                                    {QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("level")});
            !s)
            return s.error();
        Band band;
        auto min = json.integer(K::member(at, QStringLiteral("min")), object->value(QStringLiteral("min")),
                                -kMaxBandValue, kMaxBandValue);
        if (!min)
            return min.error();
        auto max = json.integer(K::member(at, QStringLiteral("max")), object->value(QStringLiteral("max")),
                                -kMaxBandValue, kMaxBandValue);
        if (!max)
            return max.error();
        band.min = min.value();
        band.max = max.value();
        if (band.min > band.max)
            return json.fault(at,
                              BandSetText::tr("the band starts at %1, above its end %2.").arg(band.min).arg(band.max));
        if (band.min < range.min || band.max > range.max)
            return json.fault(at,
                              BandSetText::tr("the band %1 is outside the score's range %2.")
                                      .arg(span(band.min, band.max), span(range.min, range.max)));
        const QString levelPath = K::member(at, QStringLiteral("level"));
        auto level = json.text(levelPath, object->value(QStringLiteral("level")));
        if (!level)
            return level.error();
        if (std::none_of(levels.cbegin(), levels.cend(), [&](const BandLevel &l) { return l.code == level.value(); }))
            return json.fault(
                    levelPath,
                    BandSetText::tr("the level \"%1\" is not one of the band set's levels.").arg(level->left(80)));
        band.code = level.value();
        result << band;
    }
    // In order of their lowest value, the bands must meet end to end.
    QList<qsizetype> order(result.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return result[a].min < result[b].min; });
    const Band &first = result.at(order.constFirst());
    if (first.min > range.min)
        return json.fault(path,
                          BandSetText::tr("the bands do not cover the score's full range %1: no band for %2.")
                                  .arg(span(range.min, range.max), span(range.min, first.min - 1)));
    for (qsizetype i = 1; i < order.size(); ++i) {
        const Band &previous = result.at(order.at(i - 1));
        const Band &next = result.at(order.at(i));
        if (next.min <= previous.max)
            return json.fault(K::element(path, order.at(i)),
                              BandSetText::tr("the band %1 overlaps the band %2.")
                                      .arg(span(next.min, next.max), span(previous.min, previous.max)));
        if (next.min > previous.max + 1)
            return json.fault(path,
                              BandSetText::tr("there is a gap between the bands %1 and %2: no band for %3.")
                                      .arg(span(previous.min, previous.max), span(next.min, next.max),
                                           span(previous.max + 1, next.min - 1)));
    }
    const Band &last = result.at(order.constLast());
    if (last.max < range.max)
        return json.fault(path,
                          BandSetText::tr("the bands do not cover the score's full range %1: no band for %2.")
                                  .arg(span(range.min, range.max), span(last.max + 1, range.max)));
    return result;
}

}  // namespace care
