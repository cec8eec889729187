// The reverse process: from all [MASK] to text in T/s steps with the x0-parameterisation.
// Temperature, top-k and top-p shape the x0 distribution (not the posterior: ENGINE.md); each
// masked position is revealed with its exact probability (or, for the confidence and random-order
// strategies, a schedule-matched count per step); revealed tokens stay. A time-agnostic model's
// output is reused for a sequence that did not change (exact). Optional trajectory recording
// (dbw-trajectory/1 JSON). Torch-free header.
#pragma once

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace dbw {

struct Denoiser;
class LengthDistribution;

struct SamplerConfig {
    int count = 16;     // samples
    int length = 64;    // tokens per sample; 0 = lengths drawn from the training corpus
    int stepSize = 16;  // s: T/s reverse steps (T from the model)
    std::string strategy =
        "ancestral";           // ancestral (exact), confidence (most confident first), random-order
    double temperature = 1.0;  // on the x0 logits
    int topK = 0;              // keep the k most likely tokens; 0 = off
    double topP = 1.0;         // nucleus on the x0 distribution; 1 = off
    std::uint64_t seed = 0;
    bool cache = true;  // reuse a time-agnostic model's output for unchanged sequences
    bool recordTrajectory = false;
    int alternatives = 5;  // top alternatives recorded per masked position
    // With recordTrajectory: also the full token state after every step ("states"), so that tests
    // can check a replay against what the sampler really held. Large; off for users.
    bool recordStates = false;
    int batchSize = 64;  // sequences per network call
    // Infilling and prompting (sample/prompt.h): per sample, a fixed token id or -1 where the
    // reverse process fills in. Empty: every position starts masked. Fixed tokens never change.
    std::vector<std::vector<int>> templates;
    std::string prompt;  // the prompt the templates were made from (recorded with the samples)
    // Seq2seq models (data.task = seq2seq): per sample, where its target begins in its template
    // ("source [SEP]" fixed, masks after it); made by applySources. Required for such a model.
    std::vector<int> targetStarts;
};

struct GeneratedSample {
    std::vector<int> ids;  // every position, for a seq2seq model "source [SEP] target"
    std::string text;      // the decoded sample; for a seq2seq model its target only
};

struct SampleRun {
    std::vector<GeneratedSample> samples;
    int steps = 0;                         // reverse steps per sequence
    std::int64_t sequenceSteps = 0;        // samples x steps: what an uncached sampler evaluates
    std::int64_t sequenceEvaluations = 0;  // sequences actually run through the network
    std::int64_t forwardPasses = 0;        // batched network calls
    bool cacheUsed = false;                // false for time-aware models or with cache off
    double seconds = 0.0;
    std::string trajectoryJson;  // when recorded
    std::string configJson;      // the sampler config as used
};

// What sample() throws when its progress callback returns false.
struct SamplingCancelled : std::runtime_error {
    SamplingCancelled() : std::runtime_error("sampling cancelled") {}
};

// progress(step, steps); return false to cancel (throws SamplingCancelled).
SampleRun sample(Denoiser &denoiser, const SamplerConfig &config, const std::vector<int> &lengths,
                 const std::function<bool(int, int)> &progress = {});

// Lengths for `count` samples: the templates' when there are templates, else `length` each, or
// drawn (seeded) from the training length distribution when length is 0.
std::vector<int> sampleLengths(Denoiser &denoiser, const SamplerConfig &config);

// The token lengths of the checkpoint's training corpus (its first 20000 sentences, cut at
// data.max_length as training cuts them), add-one smoothed over 1..max_positions - 3; read once
// per denoiser. The sampler draws from it and the evaluator's length term is its -log p.
// Throws InputError when the corpus cannot be read.
const LengthDistribution &trainingLengthDistribution(Denoiser &denoiser);

std::string samplerConfigJson(const SamplerConfig &config);
// A sampler config as stored with samples: with "origin" saying where they came from,
// "training" (drawn by the trainer at sample_every) or "generated" (dbw sample, the workbench),
// so that views never pool the two.
std::string samplerJsonWithOrigin(const std::string &samplerJson, const std::string &origin);

// Makes config.templates from config.prompt (sample/prompt.h) with the model's tokenizer; nothing
// without a prompt. A prefix prompt needs config.length > 0. For a seq2seq model the prompt is a
// source (no markers): config.count targets for it, as long as the source (applySources); it is
// required then. Throws InputError naming --prompt.
void applyPrompt(Denoiser &denoiser, SamplerConfig &config);

// Seq2seq models: `candidates` templates per source, "source [SEP]" fixed and targetLength masks
// after it (0: as many as the source has tokens, which is right for tasks that keep the length,
// such as word-order restoration), with their targetStarts; config.count becomes sources x
// candidates, candidates of one source next to each other. Throws InputError naming `origin` and
// the source's 1-based number when it leaves no room for the target.
void applySources(Denoiser &denoiser, SamplerConfig &config,
                  const std::vector<std::string> &sources, int candidates, int targetLength,
                  const std::string &origin);

// Loads a checkpoint on `device` (cpu, cuda, cuda:N), applies the prompt, draws the lengths and
// samples: what the workbench runs on its worker thread, without torch in its headers.
SampleRun sampleCheckpoint(const std::string &checkpointDirectory, const std::string &device,
                           const SamplerConfig &config,
                           const std::function<bool(int, int)> &progress = {});

}  // namespace dbw
