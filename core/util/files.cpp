#include "util/files.h"

#include "error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

namespace dbw {
namespace {

constexpr std::uint64_t kFnvOffset = 1469598103934665603ULL;
constexpr std::uint64_t kFnvPrime = 1099511628211ULL;

std::uint64_t fnv1a(std::uint64_t hash, const char *data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) {
        hash ^= static_cast<unsigned char>(data[i]);
        hash *= kFnvPrime;
    }
    return hash;
}

std::string hex64(std::uint64_t value) {
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
    return buffer;
}

}  // namespace

std::string readWholeFile(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, std::string("cannot open the file: ") + std::strerror(errno));
    std::ostringstream contents;
    contents << in.rdbuf();
    if (in.bad())
        throw InputError(path, 0, "read error");
    return contents.str();
}

void writeFileAtomically(const std::string &path, std::string_view contents) {
    std::random_device entropy;
    const std::string temporary = path + ".tmp-" + std::to_string(entropy());
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw InputError(path, 0,
                             std::string("cannot write the file: ") + std::strerror(errno));
        out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
        out.flush();
        if (!out) {
            std::remove(temporary.c_str());
            throw InputError(path, 0, "write failed (disk full?)");
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const std::string reason = std::strerror(errno);
        std::remove(temporary.c_str());
        throw InputError(path, 0, "cannot move the finished file into place: " + reason);
    }
}

std::string contentHash(std::string_view bytes) {
    return hex64(fnv1a(kFnvOffset, bytes.data(), bytes.size()));
}

std::string fileContentHash(const std::string &path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0, std::string("cannot open the file: ") + std::strerror(errno));
    std::uint64_t hash = kFnvOffset;
    char buffer[1 << 16];
    while (in) {
        in.read(buffer, sizeof buffer);
        hash = fnv1a(hash, buffer, static_cast<std::size_t>(in.gcount()));
    }
    return hex64(hash);
}

void ContentHasher::add(const char *data, std::size_t size) {
    m_hash = fnv1a(m_hash, data, size);
}

std::string ContentHasher::hex() const {
    return hex64(m_hash);
}

}  // namespace dbw
