#include "train/trainer.h"

#include "diffusion/objective.h"
#include "error.h"
#include "eval/elbo.h"
#include "eval/textmetrics.h"
#include "model/bert.h"
#include "model/denoiser.h"
#include "model/pretrained.h"
#include "model/safetensors.h"
#include "runtime/runtime.h"
#include "sample/sampler.h"
#include "store/runstore.h"
#include "text/corpus.h"
#include "text/sentencepiece.h"
#include "text/seq2seq.h"
#include "text/tokenizer.h"
#include "text/wordfreq.h"
#include "train/batching.h"
#include "train/collectives.h"
#include "train/distributed.h"
#include "util/files.h"
#include "util/paths.h"

#include <torch/torch.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <optional>
#include <random>
#include <sstream>

#include <fcntl.h>
#include <unistd.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace dbw {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using nlohmann::json;

constexpr const char *kStateFormat = "dbw-trainer-state/1";
constexpr const char *kModelFormat = "dbw-model/1";

double learningRateFactor(const TrainConfig &training, std::int64_t step) {
    const double warmup = std::max(1, training.warmupSteps);
    const double n = static_cast<double>(step);
    if (training.warmupSteps > 0 && n < warmup)
        return std::min(1.0, n / warmup + 0.001);  // the official ramp: from 0.1% to 100%
    const double total = std::max<double>(training.steps, warmup + 1);
    const double progress = std::clamp((n - warmup) / (total - warmup), 0.0, 1.0);
    if (training.lrSchedule == "inverse-sqrt")
        return training.warmupSteps > 0 ? std::sqrt(warmup) / std::sqrt(std::max(n, 1.0))
                                        : 1.0 / std::sqrt(std::max(n, 1.0));
    if (training.lrSchedule == "linear")
        return 1.0 - progress;
    if (training.lrSchedule == "cosine")
        return 0.5 * (1.0 + std::cos(3.14159265358979323846 * progress));
    return 1.0;
}

std::vector<std::vector<int>> encodeAll(const Tokenizer &tokenizer,
                                        const std::vector<std::string> &texts, int maxLength) {
    std::vector<std::vector<int>> sequences;
    sequences.reserve(texts.size());
    for (const std::string &text : texts) {
        std::vector<int> ids = tokenizer.encode(text);
        if (ids.empty())
            continue;
        if (static_cast<int>(ids.size()) > maxLength)
            ids.resize(static_cast<std::size_t>(maxLength));
        sequences.push_back(std::move(ids));
    }
    return sequences;
}

std::string tokenizerFileName(const Tokenizer &tokenizer) {
    return tokenizer.kind() == "wordpiece" ? "vocab.txt" : "tokenizer.model";
}

json corpusIdentity(const Corpus &corpus) {
    return {{"path", fs::absolute(corpus.path).string()},
            {"size_bytes", corpus.sizeBytes},
            {"content_hash", corpus.contentHash},
            {"lines", corpus.totalLines},
            {"examples", corpus.examples.size()}};
}

// Puts a finished checkpoint folder at `final`, replacing what is there, with no moment without
// one: renameat2(RENAME_EXCHANGE) swaps the two folders atomically, then the old one is removed.
// Where the file system cannot exchange, the old folder is first renamed to ".old-NAME", which
// recoverCheckpointFolder puts back if the process dies before the new one is in place.
void swapIntoPlace(const fs::path &temporary, const fs::path &final) {
    if (!fs::exists(final)) {
        fs::rename(temporary, final);
        return;
    }
    if (renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, final.c_str(), RENAME_EXCHANGE) == 0) {
        fs::remove_all(temporary);  // now the previous version
        return;
    }
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        throw std::runtime_error(std::string("cannot move the checkpoint into place: ") +
                                 std::strerror(errno));
    const fs::path old = final.parent_path() / (".old-" + final.filename().string());
    fs::remove_all(old);
    fs::rename(final, old);
    fs::rename(temporary, final);
    fs::remove_all(old);
}

// Undoes what a process killed in the middle of writing a checkpoint left behind: a ".old-NAME"
// whose NAME is missing is put back; unfinished ".tmp-*" folders and spare ".old-*" are removed.
void recoverCheckpointFolder(const fs::path &checkpoints) {
    std::error_code error;
    if (!fs::is_directory(checkpoints, error))
        return;
    std::vector<fs::path> leftovers;
    for (const auto &entry : fs::directory_iterator(checkpoints, error))
        if (entry.path().filename().string().rfind(".tmp-", 0) == 0 ||
            entry.path().filename().string().rfind(".old-", 0) == 0)
            leftovers.push_back(entry.path());
    for (const fs::path &path : leftovers) {
        const std::string name = path.filename().string();
        const fs::path original = checkpoints / name.substr(5);
        if (name.rfind(".old-", 0) == 0 && !fs::exists(original, error) &&
            fs::exists(path / "trainer_state.json", error))
            fs::rename(path, original, error);
        else
            fs::remove_all(path, error);
    }
}

// Rows [first, last) of a batch, trimmed to the longest of them: one rank's share.
TokenBatch rowsOf(const TokenBatch &batch, std::int64_t first, std::int64_t last) {
    if (first == 0 && last == batch.tokens.size(0))
        return batch;
    TokenBatch rows;
    rows.lengths = batch.lengths.slice(0, first, last);
    const std::int64_t width = rows.lengths.max().item<std::int64_t>();
    rows.tokens = batch.tokens.slice(0, first, last).slice(1, 0, width);
    rows.real = batch.real.slice(0, first, last).slice(1, 0, width);
    rows.target = batch.target.slice(0, first, last).slice(1, 0, width);
    if (batch.targetStarts.defined())
        rows.targetStarts = batch.targetStarts.slice(0, first, last);
    rows.realTokens = rows.lengths.sum().item<std::int64_t>();
    rows.targetTokens = rows.target.sum().item<std::int64_t>();
    return rows;
}

// A non-zero rank's private folder (its tokenizer copy and word frequencies). Folders left by
// ranks that were killed (their process is gone) are removed on the way.
std::string scratchFolder(int rank) {
    std::error_code error;
    for (const auto &entry : fs::directory_iterator(fs::temp_directory_path(), error)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("dbw-rank-", 0) != 0)
            continue;
        const long pid = std::strtol(name.substr(name.rfind('-') + 1).c_str(), nullptr, 10);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            fs::remove_all(entry.path(), error);
    }
    return (fs::temp_directory_path() /
            ("dbw-rank-" + std::to_string(rank) + "-" + std::to_string(getpid())))
        .string();
}

}  // namespace

void recoverCheckpoints(const std::string &runFolder) {
    recoverCheckpointFolder(fs::path(runFolder) / "checkpoints");
}

std::string lastCheckpointOnDisk(const RunStore &store, std::int64_t runId) {
    std::string latest;
    std::int64_t latestStep = -1;
    for (const CheckpointRecord &checkpoint : store.checkpoints(runId))
        if (checkpoint.step > latestStep && fs::path(checkpoint.path).filename() != "best" &&
            fs::exists(fs::path(checkpoint.path) / "trainer_state.json")) {
            latestStep = checkpoint.step;
            latest = checkpoint.path;
        }
    return latest;
}

struct Trainer::Impl {
    RunConfig config;
    std::string outputDirectory;
    RunStore *store = nullptr;
    std::function<void(const std::string &)> onMessage;

    std::unique_ptr<Denoiser> net;  // tokenizer, model, objective, device, precision
    std::vector<std::vector<int>> train;
    std::vector<int> trainTargetStarts;  // seq2seq: where each training pair's target begins
    std::vector<std::string> validTexts;
    std::vector<std::string> validSources;  // seq2seq: the source of each validation target
    std::string validName;
    std::vector<int> trainLengths;
    json corpusJson, tokenizerJson;
    std::unique_ptr<torch::optim::AdamW> optimizer;
    at::Generator generator;  // times and masks of the forward process

    // Data parallel: this process's rank among `world`; rank 0 leads (folder, store, checkpoints,
    // validation, samples). The other ranks prepare in a scratch folder removed at the end.
    std::shared_ptr<Communicator> group;
    int rank = 0, world = 1;
    std::string scratch;
    bool leads() const { return rank == 0; }
    // This rank's rows [first, last) of a global batch of `rows` sentences.
    std::pair<std::int64_t, std::int64_t> share(std::int64_t rows) const {
        return {rows * rank / world, rows * (rank + 1) / world};
    }
    ~Impl() {
        std::error_code ignored;
        if (!scratch.empty())
            fs::remove_all(scratch, ignored);
    }
    void join(std::shared_ptr<Communicator> communicator) {
        group = std::move(communicator);
        if (!group || group->worldSize() == 1)
            return;
        rank = group->rank();
        world = group->worldSize();
        if (!leads()) {
            store = nullptr;
            scratch = outputDirectory = scratchFolder(rank);
        }
    }

    // Progress, saved with every checkpoint.
    std::int64_t step = 0, epoch = 0, batchInEpoch = 0, tokensSeen = 0, skipped = 0;
    double elapsed = 0.0;
    double bestNelbo = std::numeric_limits<double>::infinity();
    std::string bestCheckpoint, lastCheckpoint;
    std::int64_t parentRunId = 0, runId = 0;
    std::vector<std::vector<int>> epochPlan;

    void say(const std::string &message) const {
        if (onMessage)
            onMessage(message);
    }

    void prepare(const std::string &resumeDirectory);
    struct Outcome {
        torch::Tensor loss;       // to minimise (per sentence)
        torch::Tensor nelboNats;  // one-sample NELBO estimate summed over the batch (on the device:
                                  // read once per step)
        std::int64_t tokens = 0;  // real tokens
        std::int64_t positions = 0;  // encoder positions (B x framed length)
        std::int64_t headRows = 0;   // rows through the output head
    };
    Outcome forward(const std::vector<std::vector<int>> &data, const std::vector<int> &indices,
                    at::Generator &randomness);
    Outcome maskedLanguageModel(const TokenBatch &batch, at::Generator &randomness);
    const std::vector<int> &nextBatch();
    ValidationReport validate();
    std::string writeCheckpoint(bool asBest);
    void loadCheckpoint(const std::string &directory);
    void recordRun();
};

void Trainer::Impl::prepare(const std::string &resumeDirectory) {
    validateRunConfig(config, "config");
    const TrainConfig &training = config.training;
    if (world > 1 && training.batchSize < world)
        throw InputError("training.batch_size", 0,
                         "is the global batch, shared by the " + std::to_string(world) +
                             " ranks; it needs at least one "
                             "sentence per rank (found " +
                             std::to_string(training.batchSize) + ")");
    torch::Device device = parseDevice(training.device);
    if (world > 1 && device.is_cuda() &&
        !device.has_index())  // one GPU per local rank, as torchrun means
        device =
            torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(group->config().localRank));
    const RuntimeInfo runtime = initialiseRuntime(training.threads);
    if (training.threads > runtime.threads) {
        say("note: " + runtime.warnings.front());
        config.training.threads = runtime.threads;  // the run records what it really uses
    }
    std::string precisionNote;
    bool bf16 = useBf16(training.precision, device, &precisionNote);
    if (!precisionNote.empty())
        say(precisionNote);
    if (world > 1)  // "auto" measures the machine; every rank computes at rank 0's choice
        bf16 = group->shareFromRankZero("bf16", bf16 ? "1" : "0") == "1";
    const bool resuming = !resumeDirectory.empty();

    std::error_code error;
    // A run writes only into its own folder: a resumed run too is a new (child) run with a folder
    // of its own, and never changes its parent's files.
    if (fs::exists(fs::path(outputDirectory) / "config.json"))
        throw InputError(outputDirectory, 0,
                         "already holds a run (config.json); choose another output folder" +
                             std::string(resuming ? " for the resumed run"
                                                  : ", or resume from one of its checkpoints"));
    if (resuming && fs::equivalent(fs::absolute(outputDirectory),
                                   fs::path(resumeDirectory).parent_path().parent_path(), error))
        throw InputError(
            outputDirectory, 0,
            "is the folder of the run being resumed; a resumed run needs a folder of its own");

    say("reading " + config.data.trainCorpus);
    if (config.data.trainCorpus.empty())
        throw InputError("data.train", 0, "no training corpus given");
    CorpusReadOptions readOptions;
    readOptions.format = corpusFormatFromString(config.data.format);
    const Corpus trainCorpus = readCorpus(config.data.trainCorpus, readOptions);
    const bool seq2seq = config.data.task == "seq2seq";
    json validJson = nullptr;
    std::vector<std::string> trainTexts = trainCorpus.allTexts(), validTexts;
    std::vector<CorpusExample> trainPairs, validPairs;  // seq2seq
    if (seq2seq) {
        if (trainCorpus.format != CorpusFormat::DiffuSeqJsonl)
            throw InputError(config.data.trainCorpus, 0,
                             "data.task seq2seq needs source-target pairs: a jsonl corpus with "
                             "\"src\" and \"trg\" on "
                             "every line (this file was read as plain text)");
        trainPairs = trainCorpus.examples;
    }
    if (!config.data.validCorpus.empty()) {
        const Corpus validCorpus = readCorpus(config.data.validCorpus, readOptions);
        if (seq2seq && validCorpus.format != CorpusFormat::DiffuSeqJsonl)
            throw InputError(
                config.data.validCorpus, 0,
                "data.task seq2seq needs a jsonl validation corpus with \"src\" and \"trg\"");
        validTexts = validCorpus.allTexts();
        validPairs = validCorpus.examples;
        validJson = corpusIdentity(validCorpus);
    } else if (seq2seq && config.data.validFraction > 0 && trainPairs.size() >= 2) {
        validPairs =
            holdOutShare(trainPairs, config.data.validFraction, training.seed);  // whole pairs
    } else if (config.data.validFraction > 0 && trainTexts.size() >= 2) {
        // A fixed, seeded hold-out: the same sentences for every run with this seed.
        validTexts = holdOutShare(trainTexts, config.data.validFraction, training.seed);
    }
    if (seq2seq) {
        // The tokenizer sees sources and targets; validation scores targets given their sources.
        trainTexts.clear();
        for (const CorpusExample &pair : trainPairs) {
            trainTexts.push_back(pair.source);
            trainTexts.push_back(pair.text);
        }
        validTexts.clear();
        for (const CorpusExample &pair : validPairs) {
            validTexts.push_back(pair.text);
            validSources.push_back(pair.source);
        }
    }
    corpusJson = {{"train", corpusIdentity(trainCorpus)}, {"valid", validJson}};

    // A pretrained BERT to start from: its sizes and tokenizer replace the config's (the time
    // design and dropout stay the run's own). Read before anything is written.
    std::optional<PretrainedBert> pretrained;
    if (!resuming && !config.model.init.empty()) {
        pretrained = readPretrainedBert(config.model.init);
        if (!config.tokenizer.path.empty() && fs::weakly_canonical(config.tokenizer.path) !=
                                                  fs::weakly_canonical(pretrained->tokenizerPath))
            throw InputError("tokenizer.path", 0,
                             "a run initialised from model.init uses that model's tokenizer (" +
                                 pretrained->tokenizerPath + "); leave tokenizer.path empty");
        config.tokenizer.path = pretrained->tokenizerPath;
        ModelConfig model = pretrained->model;
        model.preset = "custom";
        model.timeDesign = config.model.timeDesign;
        model.dropout = config.model.dropout;
        model.init = config.model.init;
        config.model = model;
        validateRunConfig(config, "model.init (" + config.model.init + ")");
    }

    // Inputs read and checked: from here on the run writes into its folder.
    fs::create_directories(fs::path(outputDirectory) / "checkpoints", error);
    if (error)
        throw InputError(outputDirectory, 0, "cannot create the output folder: " + error.message());

    // Tokenizer: the checkpoint's, a given file, or one trained on the training texts. The run
    // keeps its own copy and uses only that: the source may be deleted while it trains (a
    // parent's checkpoint rotated away by keep_checkpoints, a user's file moved).
    std::unique_ptr<Tokenizer> tokenizer;
    const auto fromRankZero = [&] {
        // Rank 0 may have trained the tokenizer just now: every rank uses its bytes.
        const std::string name = group->shareFromRankZero("tokenizer-name", {});
        const fs::path copy = fs::path(outputDirectory) / name;
        writeFileAtomically(copy.string(), group->shareFromRankZero("tokenizer", {}));
        return loadTokenizer(copy.string());
    };
    const auto ownCopy = [&](const std::string &source) {
        const std::unique_ptr<Tokenizer> original = loadTokenizer(source);
        const fs::path copy = fs::path(outputDirectory) / tokenizerFileName(*original);
        fs::copy_file(source, copy, fs::copy_options::overwrite_existing);
        return loadTokenizer(copy.string());
    };
    if (!leads()) {
        tokenizer = fromRankZero();
        config.tokenizer.path = tokenizer->path();
    } else if (resuming) {
        const fs::path dir(resumeDirectory);
        tokenizer = ownCopy(
            (fs::exists(dir / "vocab.txt") ? dir / "vocab.txt" : dir / "tokenizer.model").string());
        config.tokenizer.path = tokenizer->path();
    } else if (!config.tokenizer.path.empty()) {
        tokenizer = ownCopy(config.tokenizer.path);
    } else {
        say("training a " + config.tokenizer.type + " tokenizer with " +
            std::to_string(config.tokenizer.vocabSize) + " pieces");
        SentencePieceTrainOptions options;
        options.modelType = config.tokenizer.type;
        options.vocabSize = config.tokenizer.vocabSize;
        options.allowSmallerVocab = true;
        const auto trained = trainSentencePiece(
            trainTexts, (fs::path(outputDirectory) / "tokenizer").string(), options);
        tokenizer = loadTokenizer(trained.modelPath);
    }
    if (world > 1 && leads()) {
        group->shareFromRankZero("tokenizer-name", fs::path(tokenizer->path()).filename().string());
        group->shareFromRankZero("tokenizer", readWholeFile(tokenizer->path()));
    }
    tokenizerJson = {{"kind", tokenizer->kind()},
                     {"path", fs::absolute(tokenizer->path()).string()},
                     {"content_hash", tokenizer->contentHash()},
                     {"vocab_size", tokenizer->vocabSize()}};
    if (config.model.vocabSize != 0 && config.model.vocabSize != tokenizer->vocabSize())
        throw InputError(
            "model.vocab_size", 0,
            std::to_string(config.model.vocabSize) + " does not match the tokenizer's " +
                std::to_string(tokenizer->vocabSize()) + " pieces (" + tokenizer->path() + ")");
    config.model.vocabSize = tokenizer->vocabSize();

    if (seq2seq) {
        EncodedPairs pairs = encodePairs(*tokenizer, trainPairs, config.data.maxLength);
        say("encoded " + std::to_string(pairs.ids.size()) +
            " training pairs as source [SEP] target; skipped " + std::to_string(pairs.tooLong) +
            " longer than data.max_length (" + std::to_string(config.data.maxLength) +
            " tokens) and " + std::to_string(pairs.emptyTarget) + " with an empty target");
        corpusJson["train"]["pairs_kept"] = pairs.ids.size();
        corpusJson["train"]["pairs_skipped_too_long"] = pairs.tooLong;
        corpusJson["train"]["pairs_skipped_empty_target"] = pairs.emptyTarget;
        train = std::move(pairs.ids);
        trainTargetStarts = std::move(pairs.targetStarts);
    } else {
        say("encoding " + std::to_string(trainTexts.size()) + " training sentences");
        train = encodeAll(*tokenizer, trainTexts, config.data.maxLength);
    }
    this->validTexts = validTexts;  // validSources was filled in place
    validName = config.data.validCorpus.empty() ? "held-out share of " + config.data.trainCorpus
                                                : config.data.validCorpus;
    if (train.empty())
        throw InputError(config.data.trainCorpus, 0,
                         "no sentence has any token after tokenisation");
    if (world > 1 && static_cast<int>(train.size()) < world)
        throw InputError(config.data.trainCorpus, 0,
                         "has " + std::to_string(train.size()) +
                             " training sequences, fewer than the " + std::to_string(world) +
                             " ranks; each rank needs at least one");
    for (const auto &sequence : train)
        trainLengths.push_back(static_cast<int>(sequence.size()));

    const ScheduleKind kind = scheduleKindFromString(config.diffusion.schedule);
    const NoiseSchedule schedule(kind, scheduleKindFromString(config.diffusion.spindleBase),
                                 config.diffusion.spindleLambda);
    std::vector<double> offsets;
    if (schedule.isSpindle()) {
        // Word frequencies of the training split, with this tokenizer, stored with the run; a
        // resumed run takes its parent's (the schedule must not change under it).
        const fs::path parentFrequencies =
            resuming ? fs::path(resumeDirectory) / "wordfreq.json" : fs::path();
        WordFrequencies frequencies;
        if (resuming && fs::exists(parentFrequencies)) {
            frequencies = loadWordFrequencies(parentFrequencies.string(), tokenizer.get());
        } else {
            Corpus counted;
            counted.path = config.data.trainCorpus;
            counted.contentHash = trainCorpus.contentHash;
            // What is noised: the sentences, or the targets of pairs.
            if (seq2seq)
                for (const CorpusExample &pair : trainPairs)
                    counted.examples.push_back({pair.text, {}, 0});
            else
                for (const std::string &text : trainTexts)
                    counted.examples.push_back({text, {}, 0});
            frequencies = countWordFrequencies(counted, *tokenizer);
        }
        saveWordFrequencies(frequencies, (fs::path(outputDirectory) / "wordfreq.json").string());
        offsets = kind == ScheduleKind::SpindleReference ? frequencies.frequencyScores()
                                                         : frequencies.spindleOffsets();
        const auto [low, high] = std::minmax_element(offsets.begin(), offsets.end());
        if (kind == ScheduleKind::Spindle)
            try {
                schedule.checkMonotone(*low, *high);
            } catch (const std::invalid_argument &problem) {
                throw InputError("diffusion.spindle_lambda", 0, problem.what());
            }
    }
    // The model's initialisation and dropout draw from the global generator, seeded here.
    net = randomDenoiser(config, std::move(tokenizer), std::move(offsets), training.seed);
    if (pretrained) {
        // What came from the pretrained model and what starts fresh, kept in the run folder.
        const std::vector<std::string> fresh = initialiseFrom(*net->model, *pretrained);
        std::ostringstream report;
        report << "initialised from " << pretrained->weightsFile << " ("
               << (pretrained->huggingFace ? "Hugging Face BERT" : "dbw checkpoint")
               << "): " << pretrained->weights.size() << " tensors, " << config.model.layers
               << " layers x " << config.model.hidden << "\n";
        for (const std::string &name : fresh)
            report << "fresh (not in the pretrained model): " << name << "\n";
        for (const std::string &name : pretrained->ignored)
            report << "not used: " << name << "\n";
        writeFileAtomically((fs::path(outputDirectory) / "initialisation.txt").string(),
                            report.str());
        std::istringstream lines(report.str());
        for (std::string line; std::getline(lines, line);)
            say(line);
    }
    net->device = device;
    net->bf16 = bf16;
    net->model->to(device);
    net->objective->to(device);
    net->model->train();
    generator = at::detail::createCPUGenerator(training.seed + 1);
    optimizer = std::make_unique<torch::optim::AdamW>(
        net->model->parameters(), torch::optim::AdamWOptions(training.learningRate)
                                      .betas({training.beta1, training.beta2})
                                      .eps(training.adamEpsilon)
                                      .weight_decay(training.weightDecay));
    if (resuming)
        loadCheckpoint(resumeDirectory);
    if (world > 1) {
        // One model: rank 0's weights (the seeds agree already; a broadcast makes it so by
        // construction). Dropout draws differ per rank, as the rows they apply to do.
        std::vector<torch::Tensor> weights = net->model->parameters();
        for (const auto &buffer : net->model->buffers())
            weights.push_back(buffer);
        broadcastFromRankZero(*group, weights);
        if (!leads()) {
            const std::uint64_t seed = training.seed +
                                       1000003ULL * static_cast<std::uint64_t>(rank) +
                                       static_cast<std::uint64_t>(step);
            at::Generator global =
                at::detail::getDefaultCPUGenerator();  // a handle to the global generator
            global.set_current_seed(seed);
            if (net->device.is_cuda()) {
                at::Generator device = at::globalContext().defaultGenerator(net->device);
                device.set_current_seed(seed);
            }
        }
    }
}

const std::vector<int> &Trainer::Impl::nextBatch() {
    if (epochPlan.empty())
        epochPlan = epochBatches(trainLengths, config.training.batchSize, config.training.seed,
                                 epoch, config.training.bucketByLength);
    if (batchInEpoch >= static_cast<std::int64_t>(epochPlan.size())) {
        ++epoch;
        batchInEpoch = 0;
        epochPlan = epochBatches(trainLengths, config.training.batchSize, config.training.seed,
                                 epoch, config.training.bucketByLength);
    }
    return epochPlan[static_cast<std::size_t>(batchInEpoch++)];
}

Trainer::Impl::Outcome Trainer::Impl::forward(const std::vector<std::vector<int>> &data,
                                              const std::vector<int> &indices,
                                              at::Generator &randomness) {
    const DiffusionObjective &objective = *net->objective;
    const SpecialTokenIds special = net->tokenizer->specialIds();
    // The whole (global) batch: its times and masks are drawn as one process would draw them;
    // this rank then runs its share of the rows. The loss is per sentence of the global batch.
    const TokenBatch global = makeTokenBatch(data, indices, special.pad, trainTargetStarts);
    const auto globalRows = global.tokens.size(0);
    if (config.diffusion.objective == "mlm")
        return maskedLanguageModel(global, randomness);
    const bool perSequence = config.diffusion.timeSampling == "stratified";
    const BatchTimes times = objective.sampleTimes(globalRows, perSequence, randomness);
    // Only the target is noised and scored (every real token for a language model).
    const auto globalOffsets = objective.positionOffsets(global.tokens, global.target);
    const auto globalNoisy =
        objective.corrupt(global.tokens, global.target, times, globalOffsets, randomness);
    const auto [first, last] = share(globalRows);
    const TokenBatch batch = rowsOf(global, first, last);
    const auto B = batch.tokens.size(0), longest = batch.tokens.size(1);
    const auto noisy = globalNoisy.slice(0, first, last).slice(1, 0, longest);
    const auto positionOffsets = globalOffsets.slice(0, first, last).slice(1, 0, longest);
    const auto masked = noisy == special.mask;
    const auto hidden = net->hidden(noisy, batch.lengths, times.modelTime().slice(0, first, last),
                                    batch.targetStarts);  // (B, L, D)

    // Only positions that carry loss go through the output head.
    const bool maskedOnly = objective.settings().nelbo || objective.settings().carryOverUnmasked;
    const auto select = (maskedOnly ? masked : batch.target).flatten().nonzero().squeeze(1);
    const auto logits =
        net->logits(hidden.reshape({B * longest, -1}).index_select(0, net->toDevice(select)));
    // Global row numbers: the times are the global batch's.
    const auto sequence = torch::arange(first, last, torch::kInt64)
                              .unsqueeze(1)
                              .expand({B, longest})
                              .flatten()
                              .index_select(0, select);
    const auto terms = objective.terms(
        logits, net->toDevice(batch.tokens.flatten().index_select(0, select)),
        net->toDevice(masked.flatten().index_select(0, select)), net->toDevice(sequence),
        net->toDevice(positionOffsets.flatten().index_select(0, select)),
        times);  // host times: no syncs
    const double lambda = objective.settings().nelbo ? 0.0 : objective.settings().hybridLambda;
    const auto baseSum = terms.base.sum();
    Outcome outcome;
    outcome.loss = (baseSum + lambda * terms.hybrid.sum()) / static_cast<double>(globalRows);
    const double scale =
        objective.settings().continuousTime ? 1.0 : static_cast<double>(config.diffusion.steps);
    outcome.nelboNats = baseSum.detach() * scale;
    outcome.tokens = batch.targetTokens;
    outcome.positions = B * (longest + 2 + (config.model.timeDesign == "prefix" ? 1 : 0));
    outcome.headRows = select.size(0);
    return outcome;
}

Trainer::Impl::Outcome Trainer::Impl::maskedLanguageModel(const TokenBatch &global,
                                                          at::Generator &randomness) {
    // BERT's pretraining task: 15% of the real tokens are chosen; of those 80% become [MASK],
    // 10% a random token and 10% stay; the loss is the cross-entropy of the chosen tokens (per
    // sentence, like the diffusion losses). The network is time-agnostic: time 0.
    // Drawn for the global batch (as the diffusion objectives), then this rank's rows.
    const SpecialTokenIds special = net->tokenizer->specialIds();
    const auto globalRows = global.tokens.size(0), globalLongest = global.tokens.size(1);
    auto globalChosen =
        (torch::rand({globalRows, globalLongest}, randomness) < 0.15) & global.target;
    if (!globalChosen.any()
             .item<bool>())  // a batch of a few short sentences: choose one token anyway
        globalChosen.index_put_(
            {0, global.targetStarts.defined() ? global.targetStarts[0].item<std::int64_t>() : 0},
            true);
    const auto action = torch::rand({globalRows, globalLongest}, randomness);
    const auto randomTokens = torch::randint(
        net->tokenizer->vocabSize(), {globalRows, globalLongest}, randomness, torch::kInt64);
    auto globalInput = torch::where(globalChosen & (action < 0.8),
                                    torch::full_like(global.tokens, special.mask), global.tokens);
    globalInput =
        torch::where(globalChosen & (action >= 0.8) & (action < 0.9), randomTokens, globalInput);
    const auto [first, last] = share(globalRows);
    const TokenBatch batch = rowsOf(global, first, last);
    const auto B = batch.tokens.size(0), longest = batch.tokens.size(1);
    const auto chosen = globalChosen.slice(0, first, last).slice(1, 0, longest);
    const auto input = globalInput.slice(0, first, last).slice(1, 0, longest);
    const auto hidden = net->hidden(input, batch.lengths, torch::zeros({B}), batch.targetStarts);
    const auto select = chosen.flatten().nonzero().squeeze(1);
    const auto device = net->device;
    const auto logits =
        net->logits(hidden.reshape({B * longest, -1}).index_select(0, net->toDevice(select)));
    const auto targets = net->toDevice(batch.tokens.flatten().index_select(0, select));
    const auto crossEntropy = torch::nn::functional::cross_entropy(
        logits.to(torch::kFloat32), targets,
        torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum));
    Outcome outcome;
    outcome.loss = crossEntropy / static_cast<double>(globalRows);
    outcome.nelboNats = torch::zeros(
        {}, torch::TensorOptions().dtype(torch::kFloat32).device(device));  // not a diffusion bound
    outcome.tokens = batch.targetTokens;
    outcome.positions = B * (longest + 2);
    outcome.headRows = select.size(0);
    return outcome;
}

ValidationReport Trainer::Impl::validate() {
    // The evaluator's code (dbw eval): a Monte-Carlo draw of one term of the T-step chain per
    // sentence, with fixed randomness so that passes are comparable across steps.
    ValidationReport report;
    report.step = step;
    if (validTexts.empty())
        return report;
    ElboRecipe recipe;
    recipe.stepSize = 1;
    recipe.estimator = "monte-carlo";
    recipe.seed = config.training.seed + 7777;
    recipe.batchSize = config.training.batchSize;
    recipe.maxSentences = config.training.validationSentences;
    ElboShard shard;  // every rank scores its share of the batches, with one process's randomness
    if (world > 1) {
        shard.rank = rank;
        shard.count = world;
        shard.sum = [this](std::vector<double> &values) {
            auto tensor = torch::from_blob(
                values.data(), {static_cast<std::int64_t>(values.size())}, torch::kFloat64);
            allReduceSum(*group, {tensor});
        };
    }
    const ElboResult result =
        evaluateElbo(*net, validTexts, recipe, validName, {}, validSources, shard);
    // Given the length, like the training loss (the length term is the same for every step);
    // the stored evaluation keeps both.
    report.loss =
        result.sentences > 0 ? result.natsGivenLength / static_cast<double>(result.sentences) : 0.0;
    report.nelboPerToken = result.natsPerTokenGivenLength;
    report.perplexityBound = std::exp(result.natsPerTokenGivenLength);
    report.perplexityPerWord = result.perplexityPerWordGivenLength;
    report.standardError = result.standardErrorPerTokenGivenLength;
    report.sentences = result.sentences;
    report.tokens = result.tokens;
    report.recipeJson = result.recipeJson;
    report.resultsJson = result.resultsJson;
    return report;
}

std::string Trainer::Impl::writeCheckpoint(bool asBest) {
    const fs::path checkpoints = fs::path(outputDirectory) / "checkpoints";
    recoverCheckpointFolder(checkpoints);
    char name[32];
    std::snprintf(name, sizeof name, "step-%08lld", static_cast<long long>(step));
    const fs::path final = checkpoints / (asBest ? "best" : name);
    const fs::path temporary = checkpoints / (std::string(".tmp-") + (asBest ? "best" : name));
    try {
        fs::remove_all(temporary);
        fs::create_directories(temporary);

        saveSafetensors((temporary / "model.safetensors").string(), net->model->namedWeights(),
                        {{"format", kModelFormat},
                         {"time_design", config.model.timeDesign},
                         {"code_version", codeVersion()}});
        RunConfig saved = config;
        saved.tokenizer.path = (final / tokenizerFileName(*net->tokenizer)).string();
        writeFileAtomically((temporary / "config.json").string(), runConfigToJson(saved));
        fs::copy_file(net->tokenizer->path(), temporary / tokenizerFileName(*net->tokenizer));
        if (fs::exists(fs::path(outputDirectory) / "wordfreq.json"))
            fs::copy_file(fs::path(outputDirectory) / "wordfreq.json", temporary / "wordfreq.json");
        torch::save(*optimizer, (temporary / "optimizer.pt").string());
        at::Generator global =
            at::detail::getDefaultCPUGenerator();  // a handle to the global generator
        std::vector<torch::Tensor> randomState = {generator.get_state(), global.get_state()};
        if (net->device.is_cuda())  // dropout on the GPU draws from the device's own generator
            randomState.push_back(at::globalContext().defaultGenerator(net->device).get_state());
        torch::save(randomState, (temporary / "rng.pt").string());
        const json state = {
            {"format", kStateFormat},
            {"step", step},
            {"epoch", epoch},
            {"batch_in_epoch", batchInEpoch},
            {"tokens_seen", tokensSeen},
            {"skipped_steps", skipped},
            {"elapsed_seconds", elapsed},
            {"best_validation_nelbo", std::isfinite(bestNelbo) ? json(bestNelbo) : json(nullptr)},
            {"best_checkpoint", bestCheckpoint},
            {"run_id", runId},
            {"threads", at::get_num_threads()},
            {"world_size", world},
            {"torch_version", currentRuntimeInfo().torchVersion}};
        // Written last: a folder with trainer_state.json is complete.
        writeFileAtomically((temporary / "trainer_state.json").string(), state.dump(2) + "\n");
        swapIntoPlace(temporary, final);
    } catch (const std::exception &problem) {
        // Disk full, a vanished folder...: nothing half-written stays behind, the previous
        // checkpoint of this name (and every other) is untouched.
        std::error_code ignored;
        fs::remove_all(temporary, ignored);
        throw std::runtime_error(
            "cannot write the checkpoint " + final.string() + ": " + problem.what() +
            (lastCheckpoint.empty() ? std::string()
                                    : "; the last complete checkpoint is " + lastCheckpoint));
    }

    if (!asBest) {
        std::vector<fs::path> steps;
        for (const auto &entry : fs::directory_iterator(checkpoints))
            if (entry.is_directory() && entry.path().filename().string().rfind("step-", 0) == 0)
                steps.push_back(entry.path());
        std::sort(steps.begin(), steps.end());
        while (static_cast<int>(steps.size()) > config.training.keepCheckpoints) {
            fs::remove_all(steps.front());
            steps.erase(steps.begin());
        }
        lastCheckpoint = final.string();
    }
    if (store && runId) {
        CheckpointRecord record;
        record.runId = runId;
        record.step = step;
        record.path = final.string();
        for (const auto &entry : fs::recursive_directory_iterator(final))
            if (entry.is_regular_file())
                record.sizeBytes += static_cast<std::int64_t>(entry.file_size());
        record.metricsJson =
            json{{"best", asBest},
                 {"valid_nelbo", std::isfinite(bestNelbo) ? json(bestNelbo) : json(nullptr)}}
                .dump();
        store->addCheckpoint(record);
    }
    return final.string();
}

void Trainer::Impl::loadCheckpoint(const std::string &directory) {
    const fs::path dir(directory);
    const std::string weightsPath = (dir / "model.safetensors").string();
    assignWeights(weightsPath, loadSafetensors(weightsPath), net->model->namedWeights());
    const std::string statePath = (dir / "trainer_state.json").string();
    json state;
    try {
        state = json::parse(readWholeFile(statePath));
        if (state.value("format", "") != kStateFormat)
            throw InputError(statePath, 0, "format is not " + std::string(kStateFormat));
        step = state.at("step").get<std::int64_t>();
        epoch = state.at("epoch").get<std::int64_t>();
        batchInEpoch = state.at("batch_in_epoch").get<std::int64_t>();
        tokensSeen = state.at("tokens_seen").get<std::int64_t>();
        skipped = state.at("skipped_steps").get<std::int64_t>();
        elapsed = state.at("elapsed_seconds").get<double>();
        bestNelbo = state.at("best_validation_nelbo").is_null()
                        ? std::numeric_limits<double>::infinity()
                        : state.at("best_validation_nelbo").get<double>();
        bestCheckpoint = state.value("best_checkpoint", "");
        parentRunId = state.value("run_id", std::int64_t(0));
        if (state.value("world_size", 1) != world)
            say("note: the checkpoint was written by " +
                std::to_string(state.value("world_size", 1)) + " rank(s), this run has " +
                std::to_string(world) + "; the global batch and the data order stay the same");
        if (state.value("threads", 0) != at::get_num_threads())
            say("note: the checkpoint was written with " +
                std::to_string(state.value("threads", 0)) + " threads, this run uses " +
                std::to_string(at::get_num_threads()) + "; results will not be bit-identical");
    } catch (const json::exception &error) {
        throw InputError(statePath, 0, std::string("damaged trainer state: ") + error.what());
    }
    try {
        torch::load(*optimizer, (dir / "optimizer.pt").string());
        std::vector<torch::Tensor> randomState;
        torch::load(randomState, (dir / "rng.pt").string());
        // Two states (CPU run) or three (CUDA run: the device generator last). A CUDA state is
        // restored when resuming on CUDA; across devices a resume cannot be bit-identical anyway.
        if (randomState.size() != 2 && randomState.size() != 3)
            throw InputError((dir / "rng.pt").string(), 0,
                             "expected two or three generator states");
        generator.set_state(randomState[0]);
        at::Generator global = at::detail::getDefaultCPUGenerator();
        global.set_state(randomState[1]);
        if (randomState.size() == 3 && net->device.is_cuda()) {
            at::Generator device =
                at::globalContext().defaultGenerator(net->device);  // a handle, as above
            device.set_state(randomState[2]);
        }
    } catch (const c10::Error &error) {
        throw InputError(
            directory, 0,
            std::string("cannot read the optimizer or random state (damaged checkpoint?): ") +
                error.what_without_backtrace());
    }
    epochPlan.clear();
    if (batchInEpoch > 0) {  // rebuild this epoch's plan; nextBatch continues at batchInEpoch
        epochPlan = epochBatches(trainLengths, config.training.batchSize, config.training.seed,
                                 epoch, config.training.bucketByLength);
    }
}

void Trainer::Impl::recordRun() {
    if (!store)
        return;
    RunRecord run;
    run.name = config.name.empty() ? fs::path(outputDirectory).filename().string() : config.name;
    run.status = RunStatus::Running;
    run.configJson = runConfigToJson(config);
    run.seed = static_cast<std::int64_t>(config.training.seed);
    run.corpusJson = corpusJson.dump();
    run.tokenizerJson = tokenizerJson.dump();
    if (parentRunId && store->run(parentRunId))
        run.parentRunId = parentRunId;
    runId = store->createRun(run);
}

Trainer::Trainer() : m(std::make_unique<Impl>()) {}

Trainer::Trainer(RunConfig config, const std::string &outputDirectory, RunStore *store,
                 const std::function<void(const std::string &)> &onMessage,
                 std::shared_ptr<Communicator> communicator)
    : m(std::make_unique<Impl>()) {
    m->config = std::move(config);
    m->outputDirectory = outputDirectory;
    m->store = store;
    m->onMessage = onMessage;
    m->join(std::move(communicator));
    m->prepare({});
    writeFileAtomically((fs::path(outputDirectory) / "config.json").string(),
                        runConfigToJson(m->config));
}

std::unique_ptr<Trainer> Trainer::resume(const std::string &checkpointDirectory, RunStore *store,
                                         std::int64_t steps,
                                         const std::function<void(const std::string &)> &onMessage,
                                         const std::string &outputDirectory,
                                         std::shared_ptr<Communicator> communicator) {
    const fs::path dir = fs::absolute(checkpointDirectory).lexically_normal();
    const fs::path parentFolder = dir.parent_path().parent_path();  // RUN/checkpoints/step-N
    const fs::path interrupted = dir.parent_path() / (".old-" + dir.filename().string());
    if (!fs::exists(dir / "trainer_state.json") && fs::exists(interrupted / "trainer_state.json")) {
        recoverCheckpoints(parentFolder.string());  // a swap cut short by a crash: put it back
        if (onMessage)
            onMessage("note: restored " + dir.string() + " from an interrupted checkpoint write");
    }
    if (!fs::exists(dir / "trainer_state.json"))
        throw InputError(checkpointDirectory, 0, "not a checkpoint (no trainer_state.json)");
    std::unique_ptr<Trainer> trainer(new Trainer);
    trainer->m->config = loadRunConfig((dir / "config.json").string());
    if (steps > 0)
        trainer->m->config.training.steps = static_cast<int>(steps);
    trainer->m->outputDirectory =
        outputDirectory.empty() ? newRunFolder(parentFolder.parent_path().string(),
                                               parentFolder.filename().string() + "-resumed", "")
                                : outputDirectory;
    trainer->m->store = store;
    trainer->m->onMessage = onMessage;
    trainer->m->join(std::move(communicator));
    trainer->m->prepare(dir.string());
    writeFileAtomically((fs::path(trainer->m->outputDirectory) / "config.json").string(),
                        runConfigToJson(trainer->m->config));
    return trainer;
}

Trainer::~Trainer() = default;

const RunConfig &Trainer::config() const {
    return m->config;
}
const std::string &Trainer::outputDirectory() const {
    return m->outputDirectory;
}
std::string Trainer::precision() const {
    return m->net->bf16 ? "bf16" : "fp32";
}

std::int64_t Trainer::parameterCount() const {
    std::int64_t count = 0;
    for (const auto &parameter : m->net->model->parameters())
        count += parameter.numel();
    return count;
}

TrainResult Trainer::run(const TrainCallbacks &callbacks) {
    Impl &s = *m;
    TrainResult result;
    const TrainConfig &training = s.config.training;
    std::unique_ptr<MetricWriter> metrics;
    std::unique_ptr<WriterHeartbeat> heartbeat;  // declared after metrics: stops first
    try {
        s.recordRun();
        result.runId = s.runId;
        if (s.store && s.runId)  // other processes see the run live while this one writes it
            heartbeat = std::make_unique<WriterHeartbeat>(s.store->path(), s.runId);
        if (callbacks.onStarted)
            callbacks.onStarted(s.runId);
        if (s.store)
            metrics = std::make_unique<MetricWriter>(*s.store, s.runId, 256);
        auto log = [&](const std::string &name, double value) {
            if (metrics)
                metrics->add(name, {s.step, value, s.elapsed, s.tokensSeen, 0});
        };
        auto runValidation = [&] {
            const ValidationReport report = s.validate();
            if (report.sentences == 0)
                return;
            log("valid/loss", report.loss);
            log("valid/nelbo", report.nelboPerToken);
            log("valid/ppl_bound", report.perplexityBound);
            log("valid/ppl_word", report.perplexityPerWord);
            if (metrics)
                metrics->flush();
            if (s.store && s.runId) {
                EvalRecord eval;
                eval.runId = s.runId;
                eval.step = s.step;
                eval.split = s.validName;
                eval.recipeJson = report.recipeJson;
                eval.resultsJson = report.resultsJson;
                s.store->addEval(eval);
            }
            if (callbacks.onValidation)
                callbacks.onValidation(report);
            if (report.nelboPerToken < s.bestNelbo) {
                s.bestNelbo = report.nelboPerToken;
                if (training.keepBest && s.leads())
                    s.bestCheckpoint = s.writeCheckpoint(true);
            }
        };

        auto runSampling = [&] {
            // A few samples with the current weights, from their own generator (the training
            // randomness is untouched), stored with the run and its step.
            SamplerConfig sampler;
            sampler.count = training.sampleCount;
            sampler.length = 0;
            sampler.stepSize = std::max(1, s.config.diffusion.steps / 64);
            while (s.config.diffusion.steps % sampler.stepSize != 0)
                --sampler.stepSize;
            sampler.topK = 30;
            sampler.seed = training.seed + static_cast<std::uint64_t>(s.step);
            // A seq2seq model: one target for each of the first validation sources, with its BLEU
            // against the reference (the same sources every time, so the samples show progress).
            const std::size_t conditioned =
                s.net->conditional() ? std::min<std::size_t>(sampler.count, s.validSources.size())
                                     : 0;
            if (s.net->conditional())
                applySources(*s.net, sampler,
                             std::vector<std::string>(
                                 s.validSources.begin(),
                                 s.validSources.begin() + static_cast<std::ptrdiff_t>(conditioned)),
                             1, 0, s.validName);
            if (s.net->conditional() && conditioned == 0)
                return;  // no validation pairs to condition on
            const SampleRun run = sample(*s.net, sampler, sampleLengths(*s.net, sampler));
            std::vector<std::string> texts;
            std::vector<SampleRecord> records;
            const std::string samplerJson = samplerJsonWithOrigin(run.configJson, "training");
            for (std::size_t i = 0; i < run.samples.size(); ++i) {
                const GeneratedSample &generated = run.samples[i];
                texts.push_back(generated.text);
                const Tokens tokens = normaliseForMetrics(generated.text);
                json metrics{{"repetition_rate", repetitionRate(tokens)},
                             {"tokens", generated.ids.size()}};
                if (conditioned > 0) {
                    metrics["source"] = s.validSources[i];
                    metrics["reference"] = s.validTexts[i];
                    metrics["sentence_bleu"] =
                        smoothedSentenceBleu(tokens, normaliseForMetrics(s.validTexts[i]));
                }
                records.push_back({0, s.runId, s.step, generated.text, generated.ids, samplerJson,
                                   metrics.dump(), ""});
            }
            if (s.store && s.runId)
                s.store->addSamples(records);
            if (callbacks.onSamples)
                callbacks.onSamples(s.step, texts);
        };

        std::vector<torch::Tensor> parameters = s.net->model->parameters();
        auto windowStart = Clock::now();
        std::int64_t windowTokens = 0, windowSteps = 0;
        double windowLoss = 0, windowNelbo = 0, windowGradNorm = 0, tokensPerSecond = 0;
        std::int64_t windowNelboTokens = 0;
        bool stopped = false;
        bool checkpointed = false;
        const std::int64_t firstStep = s.step + 1;  // of this process (a resume starts later)
        while (s.step < training.steps) {
            const auto stepStart = Clock::now();
            s.optimizer->zero_grad();
            // Loss, NELBO and gradient norm stay on the device until one read per step (a GPU
            // would otherwise wait for the host at every .item(), once per parameter for the norm).
            torch::Tensor lossSum, natsSum;
            std::int64_t stepTokens = 0, stepPositions = 0, stepHeadRows = 0;
            for (int micro = 0; micro < training.accumulation; ++micro) {
                const std::vector<int> &batch = s.nextBatch();
                if (callbacks.onBatch) {
                    std::vector<std::vector<int>> sequences;
                    for (const int index : batch)
                        sequences.push_back(s.train[static_cast<std::size_t>(index)]);
                    callbacks.onBatch(s.step + 1, sequences);
                }
                const Impl::Outcome outcome = s.forward(s.train, batch, s.generator);
                (outcome.loss / static_cast<double>(training.accumulation)).backward();
                const auto loss = outcome.loss.detach().to(torch::kFloat64) / training.accumulation;
                lossSum = lossSum.defined() ? lossSum + loss : loss;
                natsSum = natsSum.defined() ? natsSum + outcome.nelboNats.to(torch::kFloat64)
                                            : outcome.nelboNats.to(torch::kFloat64);
                stepTokens += outcome.tokens;
                stepPositions += outcome.positions;
                stepHeadRows += outcome.headRows;
            }
            if (s.world > 1) {
                // Sum the ranks' gradients (each loss is already per sentence of the global
                // batch) and their counts: every rank then holds the global step and takes the
                // same update. A parameter without a gradient on one rank (none of its rows
                // used it) takes zeros there, unless it has none on every rank.
                std::vector<double> local = {0, 0, static_cast<double>(stepTokens),
                                             static_cast<double>(stepPositions),
                                             static_cast<double>(stepHeadRows)};
                for (const auto &parameter : parameters)
                    local.push_back(parameter.grad().defined() ? 1.0 : 0.0);
                auto totals = torch::tensor(local, torch::kFloat64);
                totals.slice(0, 0, 2).copy_(torch::stack({lossSum, natsSum}).to(torch::kCPU));
                allReduceSum(*s.group, {totals});
                const auto sums = totals.accessor<double, 1>();
                std::vector<torch::Tensor> gradients;
                for (std::size_t i = 0; i < parameters.size(); ++i) {
                    if (sums[static_cast<std::int64_t>(5 + i)] == 0)
                        continue;
                    if (!parameters[i].grad().defined())
                        parameters[i].mutable_grad() = torch::zeros_like(parameters[i]);
                    gradients.push_back(parameters[i].grad());
                }
                allReduceSum(*s.group, gradients);
                lossSum = totals[0].to(lossSum.device());
                natsSum = totals[1].to(natsSum.device());
                stepTokens = static_cast<std::int64_t>(sums[2]);
                stepPositions = static_cast<std::int64_t>(sums[3]);
                stepHeadRows = static_cast<std::int64_t>(sums[4]);
            }
            auto squares = torch::zeros({}, lossSum.options());
            for (const auto &parameter : parameters)
                if (parameter.grad().defined())
                    squares = squares + parameter.grad().to(torch::kFloat64).pow(2).sum();
            const auto read =
                torch::stack({lossSum, natsSum, squares}).to(torch::kCPU);  // the step's one sync
            const double stepLoss = read[0].item<double>(), stepNats = read[1].item<double>();
            const double gradNorm = std::sqrt(read[2].item<double>());
            const bool finite = std::isfinite(stepLoss);
            if (finite && std::isfinite(gradNorm)) {
                if (training.clip == "norm") {
                    // As torch::nn::utils::clip_grad_norm_, with the norm already read.
                    const double coefficient = training.clipThreshold / (gradNorm + 1e-6);
                    if (coefficient < 1.0)
                        for (const auto &parameter : parameters)
                            if (parameter.grad().defined())
                                parameter.grad().mul_(coefficient);
                } else if (training.clip == "value") {
                    torch::nn::utils::clip_grad_value_(parameters, training.clipThreshold);
                }
            }
            const double lr = training.learningRate * learningRateFactor(training, s.step);
            if (finite && std::isfinite(gradNorm)) {
                for (auto &group : s.optimizer->param_groups())
                    static_cast<torch::optim::AdamWOptions &>(group.options()).lr(lr);
                s.optimizer->step();
            } else {
                ++s.skipped;  // a non-finite loss or gradient: skip the update, keep going
            }
            s.optimizer->zero_grad();
            ++s.step;
            s.tokensSeen += stepTokens;
            const double stepSeconds =
                std::chrono::duration<double>(Clock::now() - stepStart).count();
            s.elapsed += stepSeconds;

            windowTokens += stepTokens;
            ++windowSteps;
            if (std::isfinite(stepLoss)) {
                windowLoss += stepLoss;
                windowNelbo += stepNats;
                windowNelboTokens += stepTokens;
                windowGradNorm += gradNorm;
            }
            StepReport report;
            report.step = s.step;
            report.totalSteps = training.steps;
            report.epoch = s.epoch;
            report.loss = stepLoss;
            report.nelboPerToken =
                stepNats / static_cast<double>(std::max<std::int64_t>(1, stepTokens));
            report.learningRate = lr;
            report.gradNorm = gradNorm;
            report.tokensSeen = s.tokensSeen;
            report.skippedSteps = s.skipped;
            report.elapsedSeconds = s.elapsed;
            report.stepTokens = stepTokens;
            report.stepPositions = stepPositions;
            report.stepHeadRows = stepHeadRows;
            report.stepSeconds = stepSeconds;
            // The first step too, so that a chart has a point at once.
            if (s.step % training.logEvery == 0 || s.step == training.steps ||
                s.step == firstStep) {
                const double seconds =
                    std::chrono::duration<double>(Clock::now() - windowStart).count();
                tokensPerSecond = seconds > 0 ? windowTokens / seconds : 0;
                const double finiteSteps = std::max<double>(1, static_cast<double>(windowSteps));
                log("train/loss", windowLoss / finiteSteps);
                if (s.config.diffusion.objective != "mlm")  // an MLM step estimates no bound
                    log("train/nelbo",
                        windowNelbo / std::max<double>(1, static_cast<double>(windowNelboTokens)));
                log("train/lr", lr);
                log("train/grad_norm", windowGradNorm / finiteSteps);
                log("train/tokens_per_s", tokensPerSecond);
                log("train/skipped", static_cast<double>(s.skipped));
                windowStart = Clock::now();
                windowTokens = windowSteps = windowNelboTokens = 0;
                windowLoss = windowNelbo = windowGradNorm = 0;
            }
            report.tokensPerSecond = tokensPerSecond;
            if (callbacks.onStep && !callbacks.onStep(report))
                stopped = true;
            if (s.world > 1) {  // a stop asked on any rank (Ctrl-C reaches them at different steps)
                                // stops all here
                auto stop = torch::tensor({stopped ? 1.0 : 0.0}, torch::kFloat64);
                allReduceSum(*s.group, {stop});
                stopped = stop.item<double>() > 0;
            }
            // Validation is shared by the ranks; rank 0 alone samples and writes (the others wait
            // at the next step's sums).
            if (training.validateEvery > 0 && s.step % training.validateEvery == 0)
                runValidation();
            if (s.leads() && training.sampleEvery > 0 && s.step % training.sampleEvery == 0)
                runSampling();
            checkpointed = false;
            if (stopped ||
                (training.checkpointEvery > 0 && s.step % training.checkpointEvery == 0)) {
                if (s.leads()) {
                    // The metrics up to this step reach the store before the checkpoint does:
                    // a run resumed from it logs from the next step on, so a point still
                    // pending when the writer is killed would be lost for good.
                    if (metrics)
                        metrics->flush();
                    const std::string directory = s.writeCheckpoint(false);
                    if (callbacks.onCheckpoint)
                        callbacks.onCheckpoint(directory, s.step);
                }
                checkpointed = true;
            }
            if (metrics)
                metrics->flushIfDue();  // batched, but in the store within about a second
            if (stopped)
                break;
        }
        if (!stopped && !checkpointed) {
            if (training.validateEvery > 0 && s.step % training.validateEvery != 0)
                runValidation();
            if (s.leads()) {
                if (metrics)
                    metrics->flush();  // as above
                const std::string directory = s.writeCheckpoint(false);
                if (callbacks.onCheckpoint)
                    callbacks.onCheckpoint(directory, s.step);
            }
        }
        if (s.world > 1)
            s.group->barrier();  // every rank ends once rank 0's last checkpoint is complete
        if (metrics)
            metrics->flush();
        result.status = stopped ? "stopped" : "finished";
        if (s.store && s.runId)
            s.store->setStatus(s.runId, stopped ? RunStatus::Stopped : RunStatus::Finished);
    } catch (const std::exception &error) {
        result.status = "failed";
        result.error = error.what();
        try {
            if (metrics)
                metrics->flush();
            if (s.store && s.runId) {
                s.store->setNotes(s.runId, "failed: " + result.error);
                s.store->setStatus(s.runId, RunStatus::Failed);
            }
        } catch (...) {
        }
    }
    result.steps = s.step;
    result.lastCheckpoint = s.lastCheckpoint;
    result.bestCheckpoint = s.bestCheckpoint;
    result.bestValidationNelbo = s.bestNelbo;
    return result;
}

}  // namespace dbw
