// Shared by the libFuzzer targets in this folder. Each target feeds its input to one reader of
// outside input, through the same entry point a user's file takes (a path, when the reader takes
// one), and checks the contract every reader documents: it accepts the input or throws
// InputError / StoreError naming the file. Anything else (a crash, a sanitizer report, another
// exception type, a message without the file, an allocation beyond -rss_limit_mb) is a finding.
#pragma once

#include "error.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <typeinfo>
#include <vector>

namespace dbw::fuzz {

// A private folder for this process (removed at exit), so parallel fuzzers never share files.
const std::string &scratchFolder();

// Writes `bytes` to scratchFolder()/name and returns the path.
std::string writeScratchFile(const std::string &name, std::string_view bytes);

// The input as bytes.
inline std::string_view asBytes(const std::uint8_t *data, std::size_t size) {
    return {reinterpret_cast<const char *>(data), size};
}

// Splits the input at the first `count - 1` occurrences of "\n====\n" (the separator of inputs
// that hold several files; the seeds and the dictionary use it).
std::vector<std::string_view> splitParts(std::string_view input, std::size_t count);

[[noreturn]] void finding(const std::string &what);

// Runs `read`; true when it accepted the input, false when it rejected it with an InputError or
// StoreError whose file starts with `origin`. Anything else is reported as a finding.
template <class Read>
bool acceptsOrRejectsClearly(const std::string &origin, Read &&read) {
    try {
        read();
        return true;
    } catch (const InputError &error) {
        if (error.file().compare(0, origin.size(), origin) != 0 || error.message().empty())
            finding("InputError does not name the input '" + origin + "': " + error.what());
        return false;
    } catch (const StoreError &error) {
        if (error.path().compare(0, origin.size(), origin) != 0)
            finding("StoreError does not name the store '" + origin + "': " + error.what());
        return false;
    } catch (const std::exception &error) {
        finding(std::string("an exception that names no file (") + typeid(error).name() +
                "): " + error.what());
    }
}

}  // namespace dbw::fuzz
