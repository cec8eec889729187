#include "sample/prompt.h"

#include "error.h"
#include "text/tokenizer.h"

#include <random>

namespace dbw {
namespace {

[[noreturn]] void fail(std::size_t at, const std::string &message) {
    throw InputError("--prompt", 0, "at character " + std::to_string(at + 1) + ": " + message);
}

// The count after "{" or "{..", up to "}"; moves `at` past the "}".
int countAt(const std::string &text, std::size_t &at) {
    const std::size_t start = at;
    int value = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
        value = value * 10 + (text[at] - '0');
        if (value > 100000)
            fail(start, "a span of more than 100000 tokens");
        ++at;
    }
    if (at == start)
        fail(start, "expected a number of tokens, as in ___{3} or ___{..5}");
    if (at >= text.size() || text[at] != '}')
        fail(at, "expected '}' after the number");
    ++at;
    if (value < 1)
        fail(start, "a span needs at least one token");
    return value;
}

}  // namespace

Prompt parsePrompt(const std::string &text) {
    static const std::string kMarker = "___";
    Prompt prompt;
    PromptPart part;
    std::size_t at = 0;
    while (at < text.size()) {
        if (text.compare(at, kMarker.size(), kMarker) != 0) {
            part.text += text[at++];
            continue;
        }
        at += kMarker.size();
        if (at < text.size() && text[at] == '_')
            fail(at, "four or more underscores; write ___ for one masked token, ___{N} for N");
        part.masks = 1;
        if (at < text.size() && text[at] == '{') {
            ++at;
            if (text.compare(at, 2, "..") == 0) {
                at += 2;
                part.masks = 0;
                part.upTo = countAt(text, at);
            } else {
                part.masks = countAt(text, at);
            }
        }
        prompt.parts.push_back(part);
        part = PromptPart{};
    }
    if (prompt.parts.empty())
        prompt.prefix = true;
    if (!part.text.empty() || prompt.parts.empty())
        prompt.parts.push_back(part);  // trailing text (or the whole prefix)
    return prompt;
}

std::vector<std::vector<int>> promptTemplates(const Prompt &prompt, const Tokenizer &tokenizer,
                                              int count, int length, int maxTokens,
                                              std::uint64_t seed) {
    // Each piece of text is tokenised on its own, so a mask marker is a token boundary.
    std::vector<std::vector<int>> fixed;
    for (const PromptPart &part : prompt.parts)
        fixed.push_back(tokenizer.encode(part.text));
    std::mt19937_64 random(seed);
    std::vector<std::vector<int>> templates;
    for (int s = 0; s < count; ++s) {
        std::vector<int> tokens;
        for (std::size_t p = 0; p < prompt.parts.size(); ++p) {
            tokens.insert(tokens.end(), fixed[p].begin(), fixed[p].end());
            const PromptPart &part = prompt.parts[p];
            const int masks = part.upTo > 0
                                  ? std::uniform_int_distribution<int>(1, part.upTo)(random)
                                  : part.masks;
            tokens.insert(tokens.end(), static_cast<std::size_t>(masks), -1);
        }
        if (prompt.prefix) {
            if (static_cast<int>(tokens.size()) >= length)
                throw InputError("--prompt", 0,
                                 "the prefix has " + std::to_string(tokens.size()) +
                                     " tokens; --length " + std::to_string(length) +
                                     " leaves none to generate");
            tokens.resize(static_cast<std::size_t>(length), -1);
        }
        if (static_cast<int>(tokens.size()) > maxTokens)
            throw InputError("--prompt", 0,
                             "makes " + std::to_string(tokens.size()) +
                                 " tokens; the model takes at most " + std::to_string(maxTokens));
        bool anyMasked = false;
        for (const int token : tokens)
            anyMasked = anyMasked || token < 0;
        if (!anyMasked)
            throw InputError(
                "--prompt", 0,
                "has nothing to fill: mark masked tokens with ___ (one), ___{N} or ___{..N}");
        templates.push_back(std::move(tokens));
    }
    return templates;
}

}  // namespace dbw
