// A run's whole configuration: data, tokenizer, model, diffusion, training. Plain structs with a
// comment per field, edited by dialogs and config files and consumed by the engine unchanged.
// JSON round trip ("format": "dbw-config/1") with validation that names the key and the problem.
#pragma once

#include "model/modelconfig.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dbw {

struct DataConfig {
    std::string trainCorpus;      // text (one sentence per line) or DiffuSeq jsonl
    std::string validCorpus;      // held-out sentences; empty = hold out validFraction of train
    std::string format = "auto";  // auto, text or jsonl
    double validFraction = 0.01;  // used when validCorpus is empty
    int maxLength = 128;          // tokens per sentence (longer ones are cut), without [CLS]/[SEP];
                                  // seq2seq: of source [SEP] target (longer pairs are skipped)
    std::string task = "lm";  // lm (every text a sentence) or seq2seq (jsonl: target given source)
};

struct TokenizerConfig {
    std::string path;  // PREFIX.model or a BERT vocab.txt; empty = train one on the corpus
    std::string type = "unigram";  // when training: unigram or bpe
    int vocabSize = 8000;          // when training
};

struct DiffusionConfig {
    int steps = 2048;  // T, the number of discrete diffusion steps
    bool continuousTime =
        false;  // true: t in (0, 1] (MDLM); steps then only sets the time embedding
    std::string schedule =
        "mutual";  // mutual, cosine, linear-beta, loglinear, spindle, spindle-reference
    std::string spindleBase = "mutual";  // the schedule a spindle bends
    double spindleLambda = 0.3;          // spindle strength (paper/code: 0.3)
    std::string timeSampling =
        "stratified";                       // stratified (one t per sequence) or per-batch (paper)
    std::string objective = "d3pm-hybrid";  // d3pm-hybrid (paper) or nelbo (continuous-time MDLM)
    double hybridLambda = 0.01;             // weight of the cross-entropy term of d3pm-hybrid
    bool zeroMaskProbability = true;        // the model never predicts [MASK] as a token (SUBS)
    bool carryOverUnmasked = false;         // unmasked inputs are copied to the output (SUBS)
};

struct TrainConfig {
    int batchSize = 32;                       // sentences per micro-batch
    int accumulation = 1;                     // micro-batches per optimizer step
    double learningRate = 5e-4;               // peak learning rate (AdamW)
    int warmupSteps = 1000;                   // linear warm-up from 0.1% of the peak
    std::string lrSchedule = "inverse-sqrt";  // inverse-sqrt (paper), linear, cosine or constant
    int steps = 2000;                         // optimizer steps
    std::string clip = "value";               // value (paper: 5), norm, or none
    double clipThreshold = 5.0;               // the value or norm limit
    double weightDecay = 0.01;                // AdamW, on all parameters (as the official code)
    double beta1 = 0.9;                       // AdamW
    double beta2 = 0.999;                     // AdamW
    double adamEpsilon = 1e-8;                // AdamW
    int validateEvery = 200;                  // steps between validation passes; 0 = never
    int validationSentences = 512;            // sentences used per validation pass
    int sampleEvery = 0;        // steps between sample batches stored with the run; 0 = never
    int sampleCount = 4;        // samples per batch (lengths drawn from the corpus, step size T/64)
    int checkpointEvery = 500;  // steps between checkpoints; 0 = only at the end
    int keepCheckpoints = 3;    // newest step checkpoints kept (the best one is kept apart)
    bool keepBest = true;       // keep the checkpoint with the best validation NELBO
    int logEvery = 10;          // steps between metric points in the run store
    std::uint64_t seed = 42;    // everything random derives from it
    std::string device = "cpu";  // cpu, cuda or cuda:N
    int threads = 0;             // LibTorch threads; 0 = all cores
    std::string precision =
        "auto";  // auto (bf16 on CUDA; on a CPU bf16 where it measures 1.5x faster), fp32 or bf16
    bool bucketByLength = true;  // batches of similar lengths (less padding)
};

struct RunConfig {
    static constexpr const char *kFormat = "dbw-config/1";
    std::string name;  // the run's name in the history
    DataConfig data;
    TokenizerConfig tokenizer;
    ModelConfig model;
    DiffusionConfig diffusion;
    TrainConfig training;
};

// "cpu-demo": a real tiny training on the bundled corpus in a minute or two.
// "paper": the paper's recipe (LM1B, bert-base geometry, T = 2048, spindle, TAD) - GPU scale.
RunConfig presetRunConfig(const std::string &preset);
// The demo presets (cpu-demo, cpu-unshuffle) train on the corpora bundled with the program
// (resources/demo): sets data.train and data.valid to them. Throws when they are not installed.
void useBundledCorpus(RunConfig &config);
std::vector<std::string> runConfigPresets();

// The JSON form; documented = with a "_help" object per section describing every key.
std::string runConfigToJson(const RunConfig &config, bool documented = false);
// Parses and validates. Throws InputError(origin, 0, "training.stepz: unknown key ...") for an
// unknown key, a wrong type, an out-of-range or unknown value. Missing keys keep their defaults;
// keys starting with "_" are comments.
RunConfig runConfigFromJson(const std::string &text, const std::string &origin);
RunConfig loadRunConfig(const std::string &path);
// Applies "section.key=value" (value parsed as JSON when it parses, else as a string).
void applyOverride(RunConfig &config, const std::string &assignment);
// All of them at once, validated together: their order does not matter.
void applyOverrides(RunConfig &config, const std::vector<std::string> &assignments);
// Cross-field checks (heads divide hidden, a spindle's lambda keeps alpha monotone, ...).
void validateRunConfig(const RunConfig &config, const std::string &origin);

}  // namespace dbw
