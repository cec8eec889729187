// Conditional generation for seq2seq models (data.task = seq2seq): S candidate targets per source
// from the reverse process (the source fixed), one chosen per source (the first candidate, or by
// Minimum Bayes Risk), scored against references with DiffuSeq's metrics (eval/textmetrics.h) and
// beside the trivial baseline that outputs the source unchanged. Torch-free header.
#pragma once

#include "eval/textmetrics.h"
#include "sample/sampler.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace dbw {

struct Denoiser;
struct CorpusExample;

struct GenerationConfig {
    SamplerConfig sampler;  // step size, strategy, temperature, top-k/p, seed, batch size
    int candidates = 1;     // S per source
    bool mbr = false;  // choose by MBR (BLEU among candidates, diagonal excluded); else candidate 0
    int targetLength = 0;  // tokens per target; 0 = the source's token count
    int maxSources = 0;    // 0 = all
};

struct GeneratedTarget {
    std::string source;
    std::string reference;  // empty when the input had no target
    std::vector<std::string> candidates;
    std::size_t choice = 0;     // index into candidates
    double sentenceBleu = 0.0;  // of the choice against the reference (smoothed, DiffuSeq's)
    double rougeL = 0.0;
    bool exactMatch = false;       // the choice equals the reference after normalisation
    CandidateDiversity diversity;  // among the candidates (S > 1)
};

// Scores of outputs against references: what the report holds for the model and for the
// copy-the-source baseline alike.
struct GenerationScores {
    double corpusBleu = 0.0;    // corpus BLEU-4, no smoothing
    double sentenceBleu = 0.0;  // mean smoothed sentence BLEU (DiffuSeq's "BLEU")
    double rougeL = 0.0;        // mean ROUGE-L F1
    double exactMatch = 0.0;    // share of exact matches
};
GenerationScores scoreOutputs(const std::vector<std::string> &outputs,
                              const std::vector<std::string> &references);

struct GenerationReport {
    std::vector<GeneratedTarget> targets;
    bool hasReferences = false;  // every input had a target
    GenerationScores model, copySource;
    double distinct1 = 0.0, div4 = 0.0,
           selfBleu = 0.0;           // candidate diversity, mean over sources (S > 1)
    std::size_t skippedTooLong = 0;  // sources with no room for their target
    double seconds = 0.0;
    std::string recipeJson, resultsJson;  // for the stored evaluation ("generation" parts)
};

// pairs: source in .source, reference (may be empty) in .text. progress(done, total) in sources;
// return false to cancel (throws SamplingCancelled).
GenerationReport generateTargets(
    Denoiser &denoiser, const std::vector<CorpusExample> &pairs, const GenerationConfig &config,
    const std::string &origin, const std::function<bool(std::size_t, std::size_t)> &progress = {});

}  // namespace dbw
