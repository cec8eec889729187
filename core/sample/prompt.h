// Prompts for infilling and prefix prompting, for any model: fixed text with masked spans that
// the reverse process fills. Fixed tokens are never changed.
//
//   ___         one masked token
//   ___{N}      exactly N masked tokens
//   ___{..N}    a span of unknown length: 1 to N masked tokens, the length drawn per sample
//               (uniformly; the model has no token for "nothing", so the length is chosen first)
//
// Everything else is text, tokenised with the model's tokenizer. A prompt without a marker is a
// prefix: masked tokens follow it up to the sample length. Torch-free.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dbw {

class Tokenizer;

struct PromptPart {
    std::string text;  // fixed text before the span (may be empty)
    int masks = 0;     // exactly this many masked tokens after it, or
    int upTo = 0;      // > 0: a span of 1..upTo masked tokens
};

struct Prompt {
    std::vector<PromptPart> parts;
    bool prefix = false;  // no marker: the whole prompt is a prefix
};

// Throws InputError("--prompt", 0, "...at character N: ...") for a malformed marker.
Prompt parsePrompt(const std::string &text);

// One token template per sample: a token id where the prompt fixes one, -1 where it is masked.
// `length` is the sample length for a prefix prompt (ignored otherwise). Throws InputError when
// a template would be empty, have no masked token, or exceed `maxTokens`.
std::vector<std::vector<int>> promptTemplates(const Prompt &prompt, const Tokenizer &tokenizer,
                                              int count, int length, int maxTokens,
                                              std::uint64_t seed);

}  // namespace dbw
