// Small file helpers shared by the engine: whole-file reads, atomic writes and content hashes.
// Atomic writes go to a temporary file in the same folder and are renamed into place, so a crash
// never leaves a half-written artefact under the final name.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dbw {

// Throws InputError (line 0) when the file cannot be read.
std::string readWholeFile(const std::string &path);

// Writes `contents` to `path` through a temporary file + rename. Throws InputError on failure and
// leaves any existing file at `path` untouched.
void writeFileAtomically(const std::string &path, std::string_view contents);

// 64-bit FNV-1a of the bytes, as 16 lowercase hex digits. An identity for corpora and tokenizer
// files (detects changes; not a cryptographic hash).
std::string contentHash(std::string_view bytes);

// FNV-1a over a file's bytes, streamed.
std::string fileContentHash(const std::string &path);

// The same hash, fed piece by piece (for a stream read once, such as a FIFO).
class ContentHasher {
public:
    void add(const char *data, std::size_t size);
    std::string hex() const;

private:
    std::uint64_t m_hash = 1469598103934665603ULL;  // FNV-1a offset basis
};

}  // namespace dbw
