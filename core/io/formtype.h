#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace care {

// A scanned form's real type, known from its first bytes: the declared type
// or the extension of a file says nothing about what it is.
struct FormType {
    QString mimeType;   // application/pdf, image/jpeg, image/png
    QString extension;  // pdf, jpg, png (no dot)
};

// PDF, JPEG or PNG; nullopt for anything else.
std::optional<FormType> detectFormType(const QByteArray &content);

}  // namespace care
