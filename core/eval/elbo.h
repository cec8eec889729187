// The negative ELBO of a model on sentences: the discrete reverse chain with step size s (T/s terms,
// the paper's s = 16 at T = 2048) estimated by visiting every term (chain) or by Monte-Carlo draws of
// terms; nats and bits per token, perplexity per token and per word, with a standard error. The
// bound is for the sampler with the same s at temperature 1 without top-k/top-p. Torch-free header.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace dbw {

struct Denoiser;

struct ElboRecipe {
    int stepSize = 16;                // s; T must be a multiple of it
    std::string estimator = "chain";  // chain (every term once per sentence) or monte-carlo
    int draws = 1;                    // monte-carlo: terms drawn per sentence
    std::uint64_t seed = 0;           // masks and drawn terms
    int batchSize = 64;
    int maxSentences = 0;             // 0 = all
};

struct ElboResult {
    std::int64_t sentences = 0;
    std::int64_t tokens = 0;
    std::int64_t words = 0;          // whitespace words of the original sentences
    std::int64_t skipped = 0;        // sentences longer than the model's positions
    double nats = 0.0;               // total negative ELBO
    double natsPerToken = 0.0;
    double bitsPerToken = 0.0;
    double perplexityPerToken = 0.0;
    double perplexityPerWord = 0.0;
    double natsPerSentence = 0.0;
    double standardErrorPerToken = 0.0;  // of natsPerToken, across sentences
    std::int64_t networkCalls = 0;       // batched forward passes
    double seconds = 0.0;
    bool isBound = true;                 // false for spindle-reference
    std::string recipeJson;              // everything needed to reproduce the number
    std::string resultsJson;
};

// progress(done, total) in sentences; return false to cancel (throws std::runtime_error then).
ElboResult evaluateElbo(Denoiser &denoiser, const std::vector<std::string> &sentences, const ElboRecipe &recipe,
                        const std::string &splitName,
                        const std::function<bool(std::int64_t, std::int64_t)> &progress = {});

// Loads a checkpoint and evaluates a corpus file (text or jsonl targets).
ElboResult evaluateCheckpoint(const std::string &checkpointDirectory, const std::string &corpusPath,
                              const ElboRecipe &recipe, const std::string &device = "cpu",
                              const std::function<bool(std::int64_t, std::int64_t)> &progress = {});

}  // namespace dbw
