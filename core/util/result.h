#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace care {

// A failure fit to show a user: a translated message plus where it happened
// (a form field, a file, a row), so the UI can point at the fault.
struct Error {
    QString message;  // translated, complete sentence
    QString field;    // domain field name ("nationalId"), empty if none
    QString location; // file path, "row 12", JSON path ...; empty if none

    QString describe() const;  // message with field/location appended, for CLI output
};

// Errors are values: core's public API returns Result instead of throwing.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &std::get<T>(m_data); }
    T *operator->() { return &std::get<T>(m_data); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace care
