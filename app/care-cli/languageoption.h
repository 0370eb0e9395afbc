#pragma once

#include "locale/language.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace care::cli {

// The output language: --lang th|en wins; otherwise Thai when the
// environment's message locale (LC_ALL, LC_MESSAGES, LANG) is Thai.
// --lang is taken out of the arguments here so no command has to know it.
class LanguageOption {
    Q_DECLARE_TR_FUNCTIONS(LanguageOption)
public:
    explicit LanguageOption(const QStringList &arguments);

    Language language() const { return m_language; }
    QStringList remainingArguments() const { return m_remaining; }
    // Non-empty when --lang was given without a value or with an unknown one.
    // Call after the translations are installed so the message is translated.
    QString errorMessage() const;

    static Language fromEnvironment();

private:
    Language m_language;
    QStringList m_remaining;
    QString m_badValue;
    bool m_missingValue = false;
};

} // namespace care::cli
