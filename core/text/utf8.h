// UTF-8 validation and code-point iteration for the text pipeline. Strict: overlong forms,
// surrogates and code points above U+10FFFF are invalid, as in the Unicode standard.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dbw::utf8 {

constexpr std::size_t npos = std::string_view::npos;

// Byte offset of the first byte that does not start a valid UTF-8 sequence, or npos.
std::size_t findInvalid(std::string_view text);

// Decodes the code point at `pos` and advances `pos`; assumes valid UTF-8.
char32_t next(std::string_view text, std::size_t &pos);

void append(std::string &out, char32_t codePoint);

std::size_t codePointCount(std::string_view text);

// 1-based column (in code points) of byte offset `byteOffset` within a line of valid prefix.
std::size_t columnOf(std::string_view text, std::size_t byteOffset);

}  // namespace dbw::utf8
