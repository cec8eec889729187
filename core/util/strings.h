// Small string helpers shared by the engine's text outputs.
#pragma once

#include <string>

namespace dbw {

// Every occurrence of `from` (non-empty) replaced by `to`, left to right, without rescanning `to`.
inline std::string replaceAll(std::string text, const std::string &from, const std::string &to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break.
inline std::string csvField(const std::string &field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string quoted = "\"";
    for (const char c : field) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace dbw
