#include "screening/instrumentloader.h"

#include "screening/bandsetreader.h"
#include "screening/instrumentjson.h"
#include "screening/instrumentparts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace care {

struct InstrumentLoaderText {
    Q_DECLARE_TR_FUNCTIONS(InstrumentLoaderText)
};

namespace {

using K = InstrumentJson;

Status readHeader(const InstrumentJson &json, const QJsonObject &root, Instrument &instrument)
{
    const QString rootPath = QStringLiteral("$");
    if (auto format
        = json.integer(K::member(rootPath, QStringLiteral("format")), root.value(QStringLiteral("format")), 1, 1);
        !format)
        return format.error();
    auto id = json.code(K::member(rootPath, QStringLiteral("id")), root.value(QStringLiteral("id")));
    if (!id)
        return id.error();
    instrument.id = id.value();
    auto version = json.text(K::member(rootPath, QStringLiteral("version")), root.value(QStringLiteral("version")));
    if (!version)
        return version.error();
    if (version->trimmed().isEmpty() || version->size() > 32)
        return json.fault(K::member(rootPath, QStringLiteral("version")),
                          InstrumentLoaderText::tr("the version must be 1 to 32 characters long."));
    instrument.version = version->trimmed();
    auto title = json.localText(K::member(rootPath, QStringLiteral("title")), root.value(QStringLiteral("title")));
    if (!title)
        return title.error();
    instrument.titleTh = title->th;
    instrument.titleEn = title->en;

    const QString respondentPath = K::member(rootPath, QStringLiteral("respondent"));
    auto respondent = json.text(respondentPath, root.value(QStringLiteral("respondent")));
    if (!respondent)
        return respondent.error();
    const auto parsed = respondentFromCode(respondent.value());
    if (!parsed)
        return json.fault(respondentPath,
                          InstrumentLoaderText::tr("unknown respondent \"%1\"; expected parent, teacher or self.")
                                  .arg(respondent->left(80)));
    instrument.respondent = *parsed;

    const QString agesPath = K::member(rootPath, QStringLiteral("ages"));
    auto ages = json.object(agesPath, root.value(QStringLiteral("ages")));
    if (!ages)
        return ages.error();
    if (auto s = json.checkKeys(agesPath, ages.value(), {QStringLiteral("min"), QStringLiteral("max")}); !s)
        return s;
    auto minAge = json.integer(K::member(agesPath, QStringLiteral("min")), ages->value(QStringLiteral("min")), 0, 120);
    if (!minAge)
        return minAge.error();
    auto maxAge = json.integer(K::member(agesPath, QStringLiteral("max")), ages->value(QStringLiteral("max")), 0, 120);
    if (!maxAge)
        return maxAge.error();
    if (minAge.value() > maxAge.value())
        return json.fault(agesPath,
                          InstrumentLoaderText::tr("the lowest age (%1) is above the highest (%2).")
                                  .arg(minAge.value())
                                  .arg(maxAge.value()));
    instrument.minAgeYears = minAge.value();
    instrument.maxAgeYears = maxAge.value();
    return {};
}

Status readBandSets(const InstrumentJson &json, const QJsonObject &root, Instrument &instrument,
                    const BandFileReader &readBandFile)
{
    const QString path = QStringLiteral("$.band_sets");
    auto list = json.array(path, root.value(QStringLiteral("band_sets")), 1);
    if (!list)
        return list.error();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString at = K::element(path, i);
        auto set = BandSetReader::read(json, at, list->at(i), instrument, readBandFile);
        if (!set)
            return set.error();
        if (instrument.bandSet(set->name))
            return json.fault(K::member(at, QStringLiteral("name")),
                              InstrumentLoaderText::tr("the band set \"%1\" is defined twice.").arg(set->name));
        instrument.bandSets << set.value();
    }
    const QString defaultPath = QStringLiteral("$.default_band_set");
    auto name = json.code(defaultPath, root.value(QStringLiteral("default_band_set")));
    if (!name)
        return name.error();
    if (!instrument.bandSet(name.value()))
        return json.fault(defaultPath,
                          InstrumentLoaderText::tr("there is no band set \"%1\"; the instrument has: %2.")
                                  .arg(name.value(), instrument.bandSetNames().join(QStringLiteral(", "))));
    instrument.defaultBandSet = name.value();
    return {};
}

// The whole file, unless it is missing, unreadable or too large to be one.
Result<QByteArray> readFile(const QString &path, bool bandFile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{bandFile ? InstrumentLoaderText::tr("The band file %1 cannot be read: %2.")
                                        .arg(QFileInfo(path).fileName(), file.errorString())
                              : InstrumentLoaderText::tr("The instrument file %1 cannot be read: %2.")
                                        .arg(QFileInfo(path).fileName(), file.errorString()),
                     {},
                     path};
    if (file.size() > InstrumentLoader::kMaxFileBytes)
        return Error{bandFile ? InstrumentLoaderText::tr("The band file %1 is larger than 1 MB; it cannot be one.")
                                        .arg(QFileInfo(path).fileName())
                              : InstrumentLoaderText::tr("The instrument file %1 is larger than 1 MB; it cannot be "
                                                         "one.")
                                        .arg(QFileInfo(path).fileName()),
                     {},
                     path};
    return file.readAll();
}

}  // namespace

Result<Instrument> InstrumentLoader::fromJson(const QByteArray &json, const QString &sourcePath,
                                              const BandFileReader &readBandFile)
{
    const InstrumentJson reader(InstrumentJson::FileKind::Instrument, sourcePath);
    auto root = reader.parse(json);
    if (!root)
        return root.error();
    const QStringList required
            = {QStringLiteral("format"),    QStringLiteral("id"),         QStringLiteral("version"),
               QStringLiteral("title"),     QStringLiteral("respondent"), QStringLiteral("ages"),
               QStringLiteral("scale"),     QStringLiteral("items"),      QStringLiteral("subscales"),
               QStringLiteral("prorating"), QStringLiteral("band_sets"),  QStringLiteral("default_band_set")};
    const QStringList optional = {QStringLiteral("reversed"), QStringLiteral("derived"), QStringLiteral("impact"),
                                  QStringLiteral("notes")};
    if (auto s = reader.checkKeys(QStringLiteral("$"), root.value(), required, optional); !s)
        return s.error();

    Instrument instrument;
    instrument.sourcePath = sourcePath;
    if (auto s = readHeader(reader, root.value(), instrument); !s)
        return s.error();
    const InstrumentParts parts(reader, root.value(), instrument);
    for (const auto step : {&InstrumentParts::items, &InstrumentParts::reversed, &InstrumentParts::subscales,
                            &InstrumentParts::derived, &InstrumentParts::prorating, &InstrumentParts::impact})
        if (auto s = (parts.*step)(); !s)
            return s.error();
    if (auto s = readBandSets(reader, root.value(), instrument, readBandFile); !s)
        return s.error();
    return instrument;
}

Result<Instrument> InstrumentLoader::loadFile(const QString &path)
{
    auto bytes = readFile(path, false);
    if (!bytes)
        return bytes.error();
    return fromJson(bytes.value(), path, folderReader(QFileInfo(path).path()));
}

BandFileReader InstrumentLoader::folderReader(const QString &folder)
{
    return [folder](const QString &relativeName) -> Result<BandFileData> {
        const QString cleaned = QDir::cleanPath(relativeName);
        if (relativeName.isEmpty() || QDir::isAbsolutePath(relativeName) || cleaned.startsWith(QLatin1String("..")))
            return Error{InstrumentLoaderText::tr("The band file \"%1\" must be named relative to the instrument's "
                                                  "folder, without \"..\".")
                                 .arg(relativeName.left(200)),
                         {},
                         folder};
        const QString path = folder + QLatin1Char('/') + cleaned;
        auto bytes = readFile(path, true);
        if (!bytes)
            return bytes.error();
        return BandFileData{path, bytes.value()};
    };
}

}  // namespace care
