// Token frequencies over a tokenised corpus and the per-token informativeness the spindle schedule
// uses (reference/diffusionbert.md §2.2, ENGINE.md "spindle"). Saved with a run as versioned JSON.
// Informativeness here is a function of the token id alone, so the spindle ELBO stays a bound.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dbw {

struct Corpus;
class Tokenizer;

struct WordFrequencies {
    static constexpr const char *kFormat = "dbw-wordfreq/1";

    std::string tokenizerKind;         // "sentencepiece" / "wordpiece"
    std::string tokenizerHash;         // Tokenizer::contentHash() of the tokenizer that counted
    std::string corpusHash;            // Corpus::contentHash of the counted corpus
    std::vector<int> specialIds;       // ids that never get a spindle offset ([PAD], [MASK], ...)
    std::vector<std::int64_t> counts;  // occurrences per token id; size = vocabulary size
    std::int64_t totalTokens = 0;
    std::int64_t sentences = 0;

    int vocabSize() const { return static_cast<int>(counts.size()); }

    // The official code's frequency score: log(count+1) / max_u log(count_u+1), in [0, 1]
    // (1 = the most frequent token). Special tokens get 0.
    std::vector<double> frequencyScores() const;
    // 1 - frequency score: 1 for a token never seen, 0 for the most frequent one. Non-increasing
    // in the count.
    std::vector<double> informativeness() const;
    // The corpus-wide mean of the frequency score over token occurrences: the constant that centres
    // the spindle offsets (the official code centres by each sentence's mean instead).
    double centringConstant() const;
    // score - centringConstant(): what lambda * sin(pi t / T) multiplies in the keep probability.
    // Positive for frequent tokens (kept longer), negative for informative ones (masked earlier);
    // 0 for special tokens. Its mean over the corpus's token occurrences is 0.
    std::vector<double> spindleOffsets() const;
};

// Counts every token id of every text of the corpus (src and trg for jsonl).
WordFrequencies countWordFrequencies(const Corpus &corpus, const Tokenizer &tokenizer);

// Versioned JSON, written atomically. Throws InputError on failure.
void saveWordFrequencies(const WordFrequencies &frequencies, const std::string &path);
// Throws InputError naming the file and the field for a wrong format, version or shape. With a
// tokenizer, also checks that the counts were made with that same tokenizer.
WordFrequencies loadWordFrequencies(const std::string &path,
                                    const Tokenizer *expectedTokenizer = nullptr);

}  // namespace dbw
