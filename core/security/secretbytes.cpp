#include "security/secretbytes.h"

#include "security/crypto.h"

#include <sodium.h>

#include <cstdlib>
#include <utility>

namespace care {

SecretBytes::SecretBytes(std::size_t size) : m_size(size)
{
    if (size == 0)
        return;
    // sodium_malloc needs sodium_init; guarded pages, mlock'ed, canary-checked.
    if (!crypto::initialize())
        std::abort();  // no entropy source: Care must not run (see crypto::initialize)
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        std::abort();  // out of locked memory for a few key bytes: nothing sensible left to do
    sodium_memzero(m_data, size);
}

SecretBytes::~SecretBytes()
{
    if (m_data)
        sodium_free(m_data);  // wipes before unmapping
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (m_data)
            sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes bytes(size);
    if (size > 0)
        randombytes_buf(bytes.data(), size);
    return bytes;
}

SecretBytes SecretBytes::fromBytes(const unsigned char *source, std::size_t size)
{
    SecretBytes bytes(size);
    if (size > 0)
        std::copy(source, source + size, bytes.data());
    return bytes;
}

} // namespace care
