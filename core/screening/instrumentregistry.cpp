#include "screening/instrumentregistry.h"

#include "screening/instrumentloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

static void initInstrumentResources()
{
    Q_INIT_RESOURCE(instruments);
}

namespace care {

struct InstrumentRegistryText {
    Q_DECLARE_TR_FUNCTIONS(InstrumentRegistryText)
};

const InstrumentRegistry &InstrumentRegistry::shipped()
{
    static const InstrumentRegistry registry = loadFolders({QString::fromLatin1(kResourceFolder)});
    return registry;
}

InstrumentRegistry InstrumentRegistry::load(const QString &extraFolder)
{
    QStringList folders{QString::fromLatin1(kResourceFolder)};
    if (!extraFolder.isEmpty())
        folders << extraFolder;
    return loadFolders(folders);
}

InstrumentRegistry InstrumentRegistry::loadFolders(const QStringList &folders)
{
    initInstrumentResources();
    InstrumentRegistry registry;
    for (const QString &folder : folders)
        registry.loadFolder(folder);
    std::sort(registry.m_instruments.begin(), registry.m_instruments.end(),
              [](const auto &a, const auto &b) { return a->id < b->id; });
    return registry;
}

void InstrumentRegistry::loadFolder(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        m_problems << Error{InstrumentRegistryText::tr("The instrument folder %1 does not exist.")
                                    .arg(QDir::toNativeSeparators(folder)),
                            {},
                            folder};
        return;
    }
    QStringList loadedHere;
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        auto instrument = InstrumentLoader::loadFile(file.filePath());
        if (!instrument) {
            m_problems << instrument.error();
            continue;
        }
        const QString id = instrument->id;
        if (loadedHere.contains(id)) {
            m_problems << Error{InstrumentRegistryText::tr("The instrument file %1 was not loaded: another file of "
                                                           "its folder already defines the instrument \"%2\".")
                                        .arg(file.fileName(), id),
                                {},
                                file.filePath()};
            continue;
        }
        loadedHere << id;
        m_instruments.erase(std::remove_if(m_instruments.begin(), m_instruments.end(),
                                           [&](const auto &known) { return known->id == id; }),
                            m_instruments.end());
        m_instruments << std::make_shared<const Instrument>(std::move(instrument).value());
    }
}

const Instrument *InstrumentRegistry::find(const QString &id) const
{
    for (const auto &instrument : m_instruments)
        if (instrument->id == id)
            return instrument.get();
    return nullptr;
}

QList<const Instrument *> InstrumentRegistry::all() const
{
    QList<const Instrument *> result;
    for (const auto &instrument : m_instruments)
        result << instrument.get();
    return result;
}

}  // namespace care
