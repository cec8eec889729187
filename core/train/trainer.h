// Training a diffusion model: prepares everything a run needs from its config (tokenizer, corpora,
// word frequencies, model), checks it before any work starts, then trains with AdamW, reports each
// step through a callback, validates, writes checkpoints atomically and records everything in the
// run store. Exact resume from a checkpoint. Torch-free facade: the work is in trainer.cpp.
#pragma once

#include "train/runconfig.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace dbw {

class Communicator;
class RunStore;

struct StepReport {
    std::int64_t step = 0;  // optimizer steps done
    std::int64_t totalSteps = 0;
    std::int64_t epoch = 0;
    double loss = 0.0;           // the objective minimised (per sentence, as the official code)
    double nelboPerToken = 0.0;  // one-sample estimate of the negative ELBO, nats per token
    double learningRate = 0.0;
    double gradNorm = 0.0;          // before clipping
    double tokensPerSecond = 0.0;   // real (non-pad) tokens over the last reporting window
    std::int64_t tokensSeen = 0;    // real tokens since the run began
    std::int64_t skippedSteps = 0;  // steps skipped for a non-finite loss
    double elapsedSeconds = 0.0;
    std::int64_t stepTokens = 0;     // real tokens in this step
    std::int64_t stepPositions = 0;  // framed positions the encoder ran on (padding included)
    std::int64_t stepHeadRows = 0;   // positions that went through the output head
    double stepSeconds = 0.0;
};

// A validation pass: the evaluator's Monte-Carlo estimate of the T-step chain's negative ELBO.
struct ValidationReport {
    std::int64_t step = 0;
    // All given the sentence's length, like the training loss; the stored evaluation (recipeJson,
    // resultsJson) also has the bound on -log p(x) with the length term.
    double loss = 0.0;               // negative ELBO, nats per sentence
    double nelboPerToken = 0.0;      // nats per token
    double perplexityBound = 0.0;    // exp(nelboPerToken): per-token perplexity bound estimate
    double perplexityPerWord = 0.0;  // per whitespace word of the original text
    double standardError = 0.0;      // of nelboPerToken
    std::int64_t sentences = 0;
    std::int64_t tokens = 0;
    std::string recipeJson, resultsJson;  // as stored with the run
};

struct TrainCallbacks {
    std::function<void(std::int64_t runId)> onStarted;  // the run is in the store (0: no store)
    std::function<bool(const StepReport &)> onStep;     // return false to stop (checkpointed)
    std::function<void(const ValidationReport &)> onValidation;
    std::function<void(const std::string &directory, std::int64_t step)> onCheckpoint;
    std::function<void(std::int64_t step, const std::vector<std::string> &texts)> onSamples;
    std::function<void(const std::string &message)> onMessage;  // preparation progress
    // The token ids of each micro-batch as trained on, before masking (benchmarks hand the same
    // batches to the reference implementation).
    std::function<void(std::int64_t step, const std::vector<std::vector<int>> &sequences)> onBatch;
};

struct TrainResult {
    std::string status;  // finished, stopped or failed
    std::int64_t steps = 0;
    std::string lastCheckpoint;  // directory
    std::string bestCheckpoint;  // directory, empty when none
    double bestValidationNelbo = 0.0;
    std::int64_t runId = 0;  // in the run store, 0 without one
    std::string error;       // when failed
};

// Repairs a run folder's checkpoints/ after a crash during a checkpoint write: a checkpoint that
// was being replaced is put back, unfinished temporary folders are removed.
void recoverCheckpoints(const std::string &runFolder);

// The newest step checkpoint of a run that is still complete on disk (empty when none): what
// "resume" continues from, for a stopped, failed or interrupted run.
std::string lastCheckpointOnDisk(const RunStore &store, std::int64_t runId);

class Trainer {
public:
    // Prepares a new run writing into `outputDirectory`. Throws InputError with a clear message
    // for a bad config, a missing corpus, a tokenizer/model mismatch, an unavailable device.
    //
    // With a communicator of N > 1 ranks, every rank constructs its Trainer with the same config
    // and they train one model data-parallel: training.batch_size is the global batch, of which
    // each rank runs its share of rows, with the forward process drawn for the whole batch, so
    // that the run does what one process with that batch does (dropout masks aside). Rank 0 alone
    // writes the run folder, the store, checkpoints and samples and validates; the other ranks
    // ignore `outputDirectory` and `store`, read the corpus themselves and get the tokenizer
    // from rank 0.
    Trainer(RunConfig config, const std::string &outputDirectory, RunStore *store = nullptr,
            const std::function<void(const std::string &)> &onMessage = {},
            std::shared_ptr<Communicator> communicator = {});
    // Continues from a checkpoint directory exactly where it stopped; `steps` > 0 changes the
    // total number of steps. The resumed run is a new run that records the old one as its parent
    // and writes into `outputDirectory` (default: a new folder beside the parent's,
    // "<parent folder>-resumed[-N]") with its own copies of the tokenizer and word frequencies;
    // the parent's files are never changed. A checkpoint holds the global state: it resumes on
    // any number of ranks (each reads the checkpoint folder).
    static std::unique_ptr<Trainer> resume(
        const std::string &checkpointDirectory, RunStore *store = nullptr, std::int64_t steps = 0,
        const std::function<void(const std::string &)> &onMessage = {},
        const std::string &outputDirectory = {}, std::shared_ptr<Communicator> communicator = {});
    ~Trainer();

    const RunConfig &config() const;
    const std::string &outputDirectory() const;
    std::int64_t parameterCount() const;
    std::string precision() const;  // "fp32" or "bf16", as resolved for this machine
    // Runs to the configured number of steps, or until a callback asks to stop. Never throws for
    // failures during training: they come back as status "failed" with the message (and the run
    // is marked failed in the store).
    TrainResult run(const TrainCallbacks &callbacks = {});

private:
    Trainer();
    struct Impl;
    std::unique_ptr<Impl> m;
};

}  // namespace dbw
