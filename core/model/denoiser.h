// A denoiser ready to run: the run config, the tokenizer, the BERT network and the diffusion
// objective (schedule + spindle offsets), on a device and precision, built for training or loaded
// from a checkpoint. Shared by the trainer, the evaluator and the sampler. Internal (torch).
#pragma once

#include "diffusion/objective.h"
#include "model/bert.h"
#include "text/lengths.h"
#include "text/tokenizer.h"
#include "train/runconfig.h"

#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

namespace dbw {

// Sentences as a padded batch: tokens (B, L) with [PAD], lengths (B,), real (B, L). target (B, L)
// marks what is noised and scored: every real token, or for seq2seq pairs (text/seq2seq.h) the
// positions from targetStarts (B,) on; the source before them is always clean.
struct TokenBatch {
    torch::Tensor tokens;
    torch::Tensor lengths;
    torch::Tensor real;
    torch::Tensor target;
    torch::Tensor targetStarts;  // (B,) int64; undefined without pairs
    std::int64_t realTokens = 0;
    std::int64_t targetTokens = 0;
};
// targetStarts: per sequence of `data` (empty: language modelling, all target).
TokenBatch makeTokenBatch(const std::vector<std::vector<int>> &data,
                          const std::vector<int> &indices, int padId,
                          const std::vector<int> &targetStarts = {});

// Resolves "auto"/"fp32"/"bf16" for a device: bf16 on CUDA, and on a CPU where bf16 matmul
// measures at least 1.5x fp32 (measured once per process).
bool useBf16(const std::string &precision, const torch::Device &device,
             std::string *explanation = nullptr);
torch::Device parseDevice(const std::string &name);  // throws InputError naming training.device

struct Denoiser {
    RunConfig config;
    std::unique_ptr<Tokenizer> tokenizer;
    std::vector<double> offsets;  // spindle offsets per token id (empty otherwise)
    std::unique_ptr<DiffusionObjective> objective;
    DiffusionBert model{nullptr};
    torch::Device device{torch::kCPU};
    bool bf16 = false;
    // The sampler's length distribution, read on first use (trainingLengthDistribution).
    std::shared_ptr<const LengthDistribution> trainingLengths;

    // The network on a batch of token states x_t (B, L) (with [MASK]s) at model time (B,) in [0,
    // T]: hidden states of the token positions (B, L, D). Frames [CLS] x [SEP] internally.
    // targetStarts (B,) int64, for pairs: segment id 1 from there on (the final [SEP] included), 0
    // before.
    torch::Tensor hidden(const torch::Tensor &tokens, const torch::Tensor &lengths,
                         const torch::Tensor &modelTime, const torch::Tensor &targetStarts = {});
    // data.task = seq2seq: the network reads source [SEP] target and models the target only.
    bool conditional() const { return config.data.task == "seq2seq"; }
    // Output head on rows (N, D) -> logits (N, V).
    torch::Tensor logits(const torch::Tensor &rows);
    // A host tensor on the model's device: from pinned memory without waiting on a GPU.
    torch::Tensor toDevice(const torch::Tensor &tensor) const;
    bool timeAgnostic() const { return config.model.timeDesign == "none"; }
    int steps() const { return config.diffusion.steps; }
};

// The objective a run config describes (schedule, settings, offsets), for this tokenizer.
std::unique_ptr<DiffusionObjective> makeObjective(const RunConfig &config,
                                                  const Tokenizer &tokenizer,
                                                  const std::vector<double> &offsets);

// Loads config.json, the tokenizer, wordfreq.json (spindles) and model.safetensors from a
// checkpoint folder. Throws InputError naming the file that is missing or damaged.
std::unique_ptr<Denoiser> loadDenoiser(const std::string &checkpointDirectory,
                                       const std::string &device = "cpu",
                                       const std::string &precision = "auto");

// A denoiser with fresh random weights (benchmarks, tests): the model config as given.
std::unique_ptr<Denoiser> randomDenoiser(const RunConfig &config,
                                         std::unique_ptr<Tokenizer> tokenizer,
                                         std::vector<double> offsets, std::uint64_t seed);

}  // namespace dbw
