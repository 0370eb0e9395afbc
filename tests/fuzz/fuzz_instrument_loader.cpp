// libFuzzer target for instrument files (InstrumentLoader::fromJson) and the
// scoring of whatever loads. The input is an instrument file; when it has a
// line "----", the rest is served as every band file the instrument names,
// so band files are fuzzed too; otherwise the shipped band files are served.
#include "screening/instrumentloader.h"
#include "screening/instrumentregistry.h"
#include "screening/scoring.h"

#include <cstddef>
#include <cstdint>

using namespace care;

namespace {

void scoreSomeAnswers(const Instrument &instrument)
{
    ScreeningAnswers lowest;
    ScreeningAnswers mixed;
    for (qsizetype i = 0; i < instrument.items.size(); ++i) {
        const Item &item = instrument.items.at(i);
        lowest.items << item.scale.min;
        mixed.items << (i % 3 == 0 ? std::nullopt : std::optional<int>(i % 2 ? item.scale.max : item.scale.min));
    }
    if (instrument.impact) {
        mixed.impact = ImpactAnswers{1, {}};
        for (qsizetype i = 0; i < instrument.impact->itemKeys.size(); ++i)
            mixed.impact->items << int(i % instrument.impact->itemChoices.size());
    }
    (void)validateAnswers(instrument, mixed);
    for (const QString &set : instrument.bandSetNames()) {
        (void)score(instrument, lowest, set);
        (void)score(instrument, mixed, set);
    }
    (void)instrument.wordingKeys();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Registers the resources, so the shipped band files can be read.
    static const bool registered = !InstrumentRegistry::shipped().all().isEmpty();
    (void)registered;

    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    BandFileReader reader = InstrumentLoader::folderReader(QString::fromLatin1(InstrumentRegistry::kResourceFolder));
    if (const qsizetype split = input.indexOf("\n----\n"); split >= 0) {
        const QByteArray bandFile = input.mid(split + 6);
        input.truncate(split);
        reader = [bandFile](const QString &name) -> Result<BandFileData> { return BandFileData{name, bandFile}; };
    }
    const auto loaded = InstrumentLoader::fromJson(input, QStringLiteral("fuzz.json"), reader);
    if (loaded)
        scoreSomeAnswers(loaded.value());
    return 0;
}
