#include "demo/demowords.h"

#include <QCoreApplication>
#include <QFile>

static void initDemoResources() { Q_INIT_RESOURCE(demo); }

namespace care::demo {

struct DemoWordsText {
    Q_DECLARE_TR_FUNCTIONS(DemoWordsText)
};

bool SchoolSeed::teaches(Grade grade) const
{
    return gradeOrdinal(grade) >= gradeOrdinal(lowest) && gradeOrdinal(grade) <= gradeOrdinal(highest);
}

double SchoolSeed::roomWeight(Grade grade) const
{
    if (!teaches(grade))
        return 0;
    if (gradeOrdinal(grade) <= gradeOrdinal(Grade::K3))
        return roomsPreschool;
    if (gradeOrdinal(grade) <= gradeOrdinal(Grade::P6))
        return roomsPrimary;
    if (gradeOrdinal(grade) <= gradeOrdinal(Grade::M3))
        return roomsLowerSecondary;
    return roomsUpperSecondary;
}

namespace {

// One list: its lines split at '|', without blank lines and # comments.
using Rows = QList<QStringList>;

Error listError(const QString &file, int line = 0)
{
    return Error{DemoWordsText::tr("The demo word list is missing or damaged."), {},
                 line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file};
}

Result<Rows> readList(const QString &name, int fields)
{
    QFile file(QStringLiteral(":/care/demo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return listError(name);
    Rows rows;
    int lineNumber = 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        ++lineNumber;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList parts = line.split(QLatin1Char('|'));
        if (parts.size() != fields)
            return listError(name, lineNumber);
        for (QString &p : parts)
            p = p.trimmed();
        rows << parts;
    }
    if (rows.isEmpty())
        return listError(name);
    return rows;
}

Result<QList<RomanisedName>> readNames(const QString &name)
{
    auto rows = readList(name, 2);
    if (!rows)
        return rows.error();
    QList<RomanisedName> out;
    for (const QStringList &r : rows.value())
        out << RomanisedName{r.at(0), r.at(1)};
    return out;
}

Result<QStringList> readWords(const QString &name)
{
    auto rows = readList(name, 1);
    if (!rows)
        return rows.error();
    QStringList out;
    for (const QStringList &r : rows.value())
        out << r.at(0);
    return out;
}

Status readSchools(DemoWords &words)
{
    auto rows = readList(QStringLiteral("schools.txt"), 14);
    if (!rows)
        return rows.error();
    for (const QStringList &r : rows.value()) {
        SchoolSeed s;
        s.nameTh = r.at(0);
        s.nameEn = r.at(1);
        s.code = r.at(2);
        const auto kind = fromCode<SchoolKind>(r.at(3));
        const auto lowest = fromCode<Grade>(r.at(4));
        const auto highest = fromCode<Grade>(r.at(5));
        if (!kind || !lowest || !highest || gradeOrdinal(*lowest) > gradeOrdinal(*highest))
            return listError(QStringLiteral("schools.txt"));
        s.kind = *kind;
        s.lowest = *lowest;
        s.highest = *highest;
        s.community = r.at(6);
        s.road = r.at(7);
        s.houseNumber = r.at(8);
        s.phone = r.at(9);
        s.roomsPreschool = r.at(10).toDouble();
        s.roomsPrimary = r.at(11).toDouble();
        s.roomsLowerSecondary = r.at(12).toDouble();
        s.roomsUpperSecondary = r.at(13).toDouble();
        for (int g = gradeOrdinal(s.lowest); g <= gradeOrdinal(s.highest); ++g)
            if (s.roomWeight(allValues<Grade>().at(g)) <= 0)
                return listError(QStringLiteral("schools.txt"));
        words.schools << s;
    }
    return {};
}

Status readMunicipality(DemoWords &words)
{
    auto rows = readList(QStringLiteral("municipality.txt"), 2);
    if (!rows)
        return rows.error();
    MunicipalitySeed &m = words.municipality;
    for (const QStringList &r : rows.value()) {
        const QString &key = r.at(0);
        QString *target = key == QLatin1String("name_th")       ? &m.nameTh
                          : key == QLatin1String("name_en")     ? &m.nameEn
                          : key == QLatin1String("code")        ? &m.code
                          : key == QLatin1String("province")    ? &m.province
                          : key == QLatin1String("district")    ? &m.district
                          : key == QLatin1String("subdistrict") ? &m.subdistrict
                          : key == QLatin1String("postcode")    ? &m.postcode
                                                                : nullptr;
        if (target)
            *target = r.at(1);
    }
    if (m.nameTh.isEmpty() || m.province.isEmpty())
        return listError(QStringLiteral("municipality.txt"));
    return {};
}

Status readNicknames(DemoWords &words)
{
    auto rows = readList(QStringLiteral("nicknames.txt"), 2);
    if (!rows)
        return rows.error();
    for (const QStringList &r : rows.value()) {
        const QString &sex = r.at(0);
        if (sex != QLatin1String("f"))
            words.boyNicknames << r.at(1);
        if (sex != QLatin1String("m"))
            words.girlNicknames << r.at(1);
    }
    return {};
}

Status readOccupations(DemoWords &words)
{
    auto rows = readList(QStringLiteral("occupations.txt"), 5);
    if (!rows)
        return rows.error();
    for (const QStringList &r : rows.value()) {
        words.occupations << Occupation{r.at(0), r.at(3).toInt(), r.at(4).toInt()};
        words.parentOccupationWeights << r.at(1).toDouble();
        words.elderOccupationWeights << r.at(2).toDouble();
    }
    return {};
}

template <typename T>
bool take(Result<T> result, T &target, Error &error)
{
    if (!result) {
        error = result.error();
        return false;
    }
    target = std::move(result).value();
    return true;
}

} // namespace

Result<DemoWords> DemoWords::load()
{
    initDemoResources();
    DemoWords w;
    Error e;
    const bool ok = take(readNames(QStringLiteral("given_male.txt")), w.boys, e)
        && take(readNames(QStringLiteral("given_female.txt")), w.girls, e)
        && take(readNames(QStringLiteral("surname_heads.txt")), w.surnameHeads, e)
        && take(readNames(QStringLiteral("surname_tails.txt")), w.surnameTails, e)
        && take(readWords(QStringLiteral("adult_male.txt")), w.adultMen, e)
        && take(readWords(QStringLiteral("adult_female.txt")), w.adultWomen, e)
        && take(readWords(QStringLiteral("elder_male.txt")), w.elderMen, e)
        && take(readWords(QStringLiteral("elder_female.txt")), w.elderWomen, e)
        && take(readWords(QStringLiteral("communities.txt")), w.communities, e)
        && take(readWords(QStringLiteral("roads.txt")), w.roads, e);
    if (!ok)
        return e;
    for (Status s : {readSchools(w), readMunicipality(w), readNicknames(w), readOccupations(w)})
        if (!s)
            return s.error();
    return w;
}

} // namespace care::demo
