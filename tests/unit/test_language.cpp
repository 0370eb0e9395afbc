#include "locale/language.h"

#include <catch2/catch.hpp>

using namespace care;

TEST_CASE("UI language follows the system locale", "[language]")
{
    CHECK(languageForLocale(QLocale(QLocale::Thai, QLocale::Thailand)) == Language::Thai);
    CHECK(languageForLocale(QLocale(QLocale::English, QLocale::UnitedStates)) == Language::English);
    CHECK(languageForLocale(QLocale(QLocale::German, QLocale::Germany)) == Language::English);
    // No language configured: Care's users are Thai schools.
    CHECK(languageForLocale(QLocale::c()) == Language::Thai);
}

TEST_CASE("Language codes round-trip", "[language]")
{
    CHECK(languageCode(Language::Thai) == QStringLiteral("th"));
    CHECK(languageFromCode(QStringLiteral("th_TH.UTF-8"), Language::English) == Language::Thai);
    CHECK(languageFromCode(QStringLiteral("en_GB"), Language::Thai) == Language::English);
    CHECK(languageFromCode(QStringLiteral("fr"), Language::Thai) == Language::Thai);
}
