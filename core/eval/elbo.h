// The negative ELBO of a model on sentences: the discrete reverse chain with step size s (T/s
// terms, the paper's s = 16 at T = 2048) estimated by visiting every term (chain) or by Monte-Carlo
// draws of terms; nats and bits per token, perplexity per token and per word, with a standard
// error. The bound is for the sampler with the same s at temperature 1 without top-k/top-p.
// Torch-free header.
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
    int maxSentences = 0;  // 0 = all
};

// One evaluated sentence, for paired comparisons of two models on the same sentences.
struct SentenceNats {
    std::int64_t index = 0;  // position in the evaluated list of sentences
    std::int64_t tokens = 0;
    std::int64_t words = 0;
    double nats = 0.0;  // negative ELBO of the sentence given its length
    double lengthNats =
        0.0;  // -log p(length) under the sampler's length distribution (0 without it)
};

struct ElboResult {
    std::int64_t sentences = 0;
    std::int64_t tokens = 0;
    std::int64_t words = 0;    // whitespace words of the original sentences
    std::int64_t skipped = 0;  // sentences longer than the model's positions
    // The headline figures bound -log p(x) of the sampler: the chain's bound given the length plus
    // -log p(length) under the length distribution the sampler draws from. Without that
    // distribution (the training corpus is not readable) they equal the given-length figures and
    // hasLengthTerm is false.
    double nats = 0.0;  // total
    double natsPerToken = 0.0;
    double bitsPerToken = 0.0;
    double perplexityPerToken = 0.0;
    double perplexityPerWord = 0.0;
    double natsPerSentence = 0.0;
    double standardErrorPerToken = 0.0;  // of natsPerToken, across sentences
    bool hasLengthTerm = false;
    double lengthNats = 0.0;  // total -log p(length)
    // Bounds on -log p(x | length): what training optimises, comparable with train/nelbo.
    double natsGivenLength = 0.0;
    double natsPerTokenGivenLength = 0.0;
    double perplexityPerWordGivenLength = 0.0;
    double standardErrorPerTokenGivenLength = 0.0;
    std::vector<SentenceNats> perSentence;
    std::int64_t networkCalls = 0;  // batched forward passes
    double seconds = 0.0;
    bool isBound = true;          // false for spindle-reference and for models that predict [MASK]
    std::string notBoundBecause;  // why, when isBound is false
    std::string recipeJson;       // everything needed to reproduce the number
    std::string resultsJson;
};

// Data-parallel evaluation: `count` processes each run the network on every count-th batch (from
// `rank`) and draw the randomness of every batch, so the numbers are those of one process; `sum`
// adds the per-sentence values across the processes (an all-reduce), after which every process
// holds the whole result.
struct ElboShard {
    int rank = 0;
    int count = 1;
    std::function<void(std::vector<double> &perSentence)> sum;
};

// progress(done, total) in sentences; return false to cancel (throws std::runtime_error then).
// A seq2seq model (data.task = seq2seq) needs `sources`, one per sentence: each sentence is then a
// target scored given its source (never noised or scored), and tokens and words count the target.
// Its bound is on -log p(target | source, target length): there is no length term.
ElboResult evaluateElbo(Denoiser &denoiser, const std::vector<std::string> &sentences,
                        const ElboRecipe &recipe, const std::string &splitName,
                        const std::function<bool(std::int64_t, std::int64_t)> &progress = {},
                        const std::vector<std::string> &sources = {}, const ElboShard &shard = {});

// Loads a checkpoint on `device` at `precision` (auto, fp32, bf16) and evaluates `texts` (with
// their `sources` for a seq2seq model), named `splitName` in the recipe.
ElboResult evaluateCheckpointOn(
    const std::string &checkpointDirectory, const std::vector<std::string> &texts,
    const std::string &splitName, const ElboRecipe &recipe, const std::string &device = "cpu",
    const std::function<bool(std::int64_t, std::int64_t)> &progress = {},
    const std::string &precision = "auto", const std::vector<std::string> &sources = {});

// Loads a checkpoint on `device` at `precision` (auto, fp32, bf16) and evaluates a corpus file
// (text or jsonl targets; a seq2seq model scores each jsonl target given its source).
ElboResult evaluateCheckpoint(const std::string &checkpointDirectory, const std::string &corpusPath,
                              const ElboRecipe &recipe, const std::string &device = "cpu",
                              const std::function<bool(std::int64_t, std::int64_t)> &progress = {},
                              const std::string &precision = "auto");

// The paired difference of two evaluations of the same sentences with the same recipe (A - B):
// per-sentence differences, so that what both models find hard cancels out.
struct PairedDifference {
    std::int64_t sentences = 0;
    double natsPerToken = 0.0;                   // sum of differences / tokens of A
    double standardErrorPerToken = 0.0;          // paired: across sentences of the differences
    double unpairedStandardErrorPerToken = 0.0;  // what treating the two as independent would say
    double natsPerSentence = 0.0;
};
// Throws std::invalid_argument when the two do not cover the same sentences (count, order and
// token counts must agree).
PairedDifference pairedDifference(const std::vector<SentenceNats> &a,
                                  const std::vector<SentenceNats> &b);

// Whether two stored evaluations (their recipe JSON) can be paired sentence by sentence: the same
// T, step size, estimator, draws, seed, sentence count and split file name, and neither marked
// invalid by a store migration.
bool pairableRecipes(const std::string &recipeA, const std::string &recipeB);

// The per-sentence values as JSON ({"format": "dbw-per-sentence/1", "sentences": [[index, tokens,
// words, nats, length_nats], ...]}) and back; parsing throws std::invalid_argument naming what is
// wrong.
std::string perSentenceJson(const std::vector<SentenceNats> &values);
std::vector<SentenceNats> perSentenceFromJson(const std::string &text);

}  // namespace dbw
