#pragma once

#include <QByteArray>

#include <cstddef>

namespace care {

// Key material in libsodium's guarded memory: locked against swapping,
// wiped on destruction, never copied. Share it through std::shared_ptr.
class SecretBytes {
public:
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isNull() const { return m_data == nullptr; }

    static SecretBytes random(std::size_t size);
    static SecretBytes fromBytes(const unsigned char *bytes, std::size_t size);

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace care
