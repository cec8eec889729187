// dbw bench: benchmarks that print JSON. Each reports a baseline measured in the same run, so the
// ratios mean something on a machine whose speed varies.
#include "commands.h"
#include "options.h"

#include "eval/elbo.h"
#include "model/denoiser.h"
#include "runtime/runtime.h"
#include "sample/sampler.h"
#include "store/runstore.h"
#include "text/corpus.h"
#include "text/sentencepiece.h"
#include "text/wordfreq.h"
#include "train/runconfig.h"
#include "train/trainer.h"
#include "util/files.h"
#include "util/paths.h"

#include <sys/resource.h>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

namespace dbw::cli {
namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

int benchStore(const Arguments &arguments) {
    const Options options("dbw bench store", arguments,
                          {{"store", "PATH", "store to benchmark in (default: a temporary file)"},
                           {"points", "N", "metric points to write (default 1000000)"},
                           {"batch", "N", "points per transaction (default 1000)"},
                           {"buckets", "N", "buckets of the decimated read (default 2000)"},
                           {"repeat", "N", "timed repetitions of each read (default 7)"},
                           {"keep", "", "keep the benchmark run in the store"},
                           {"json", "", "print JSON (the only output format)"}});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw bench store [--store PATH] [--points N] [--batch N] [--json]",
            "Times batched metric writes (baseline: one transaction per point) and a decimated "
            "read "
            "into pixel buckets (baseline: reading every point).");
        return 0;
    }
    const int points = options.integer("points", 1000000, 1000, 100000000);
    const int batch = options.integer("batch", 1000, 1, 1000000);
    const int buckets = options.integer("buckets", 2000, 1, 1000000);
    const int repeat = options.integer("repeat", 7, 1, 1000);
    const bool temporary = !options.has("store");
    const std::string path = temporary
                                 ? (std::filesystem::temp_directory_path() /
                                    ("dbw-bench-store-" + std::to_string(getpid()) + ".sqlite"))
                                       .string()
                                 : options.text("store");
    auto cleanUp = [&] {
        if (temporary)
            for (const char *suffix : {"", "-wal", "-shm"})
                std::filesystem::remove(path + suffix);
    };
    nlohmann::json result;
    try {
        RunStore store(path);
        RunRecord run;
        run.name = "bench-store";
        run.tags = {"bench"};
        store.createRun(run);

        // Baseline: one transaction per point, on a small sample.
        const int unbatchedPoints = std::min(points, 2000);
        auto start = Clock::now();
        for (int step = 0; step < unbatchedPoints; ++step)
            store.appendMetrics(
                run.id,
                {{"bench/unbatched", {step, std::sin(step * 1e-3), step * 1e-3, step * 64LL, 0}}});
        const double unbatchedMs = millisecondsSince(start);

        start = Clock::now();
        {
            MetricWriter writer(store, run.id, static_cast<std::size_t>(batch));
            for (int step = 0; step < points; ++step)
                writer.add("train/loss",
                           {step, 5.0 * std::exp(-step * 2e-6) + 0.1 * std::sin(step * 0.37),
                            step * 0.05, step * 2048LL, 0});
        }
        const double batchedMs = millisecondsSince(start);

        std::vector<double> decimatedTimes, rawTimes;
        std::size_t bucketCount = 0, rawCount = 0;
        for (int i = 0; i < repeat; ++i) {
            start = Clock::now();
            bucketCount = store.readDecimated(run.id, "train/loss", buckets).size();
            decimatedTimes.push_back(millisecondsSince(start));
            start = Clock::now();
            rawCount = store.readMetric(run.id, "train/loss").size();
            rawTimes.push_back(millisecondsSince(start));
        }
        const double decimatedMs = median(decimatedTimes);
        const double rawMs = median(rawTimes);
        const double batchedRate = points / (batchedMs / 1000.0);
        const double unbatchedRate = unbatchedPoints / (unbatchedMs / 1000.0);
        result = {{"benchmark", "store"},
                  {"store", temporary ? "(temporary file)" : path},
                  {"points", points},
                  {"batch", batch},
                  {"points_per_s", batchedRate},
                  {"unbatched_points_per_s", unbatchedRate},
                  {"batched_speedup", batchedRate / unbatchedRate},
                  {"buckets", buckets},
                  {"buckets_returned", bucketCount},
                  {"decimated_read_ms", decimatedMs},
                  {"decimated_read_ms_min",
                   *std::min_element(decimatedTimes.begin(), decimatedTimes.end())},
                  {"raw_read_ms", rawMs},
                  {"raw_points_read", rawCount},
                  {"decimated_vs_raw_speedup", rawMs / decimatedMs},
                  {"repeat", repeat}};
        if (!options.has("keep"))
            store.deleteRun(run.id);
    } catch (...) {
        cleanUp();
        throw;
    }
    cleanUp();
    std::cout << result.dump(2) << "\n";
    return 0;
}

// Runs a reference script and returns its JSON line (or null with a note when it fails).
nlohmann::json runReference(const std::string &python, const std::string &script,
                            const std::string &arguments) {
    const std::string command = python + " " + script + " " + arguments + " 2>/dev/null";
    FILE *pipe = popen(command.c_str(), "r");
    if (!pipe)
        return nullptr;
    std::string output;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, pipe))
        output += buffer;
    const int status = pclose(pipe);
    const nlohmann::json parsed = nlohmann::json::parse(
        output.substr(output.find('{') == std::string::npos ? 0 : output.find('{')), nullptr,
        false);
    if (status != 0 || parsed.is_discarded())
        return nlohmann::json{{"error", "the reference did not run: " + command}};
    return parsed;
}

// Trains `config` in `processes` ranks of `dbw train --nproc` (a child process, as a user runs it)
// and times the steps after `warmup` from rank 0's step lines: real tokens of the global batch
// over the seconds the steps took (the gradient sums included).
std::string brownTrainCorpus() {
    return (std::filesystem::path(demoCorpusDirectory()) / "brown-train.txt").string();
}

// A SentencePiece tokenizer trained on a corpus (the benchmarks': the bundled Brown corpus), in
// `work`.
std::string benchTokenizer(const std::filesystem::path &work, const std::string &corpusPath,
                           int vocabSize) {
    SentencePieceTrainOptions train;
    train.vocabSize = vocabSize;
    return trainSentencePiece(readCorpus(corpusPath).allTexts(), (work / "bench").string(), train)
        .modelPath;
}

// The small preset with random weights (seed 0) on `schedule` with T steps and the Brown corpus's
// word frequencies for a spindle, and zero mass on [MASK]: positions are revealed at the
// model-independent rates of the schedule, as with a trained model, so timings are a trained one's.
std::unique_ptr<Denoiser> randomSmallDenoiser(const std::string &tokenizerPath,
                                              const std::string &schedule, int T) {
    RunConfig run = presetRunConfig("cpu-demo");
    run.model = applyModelPreset(run.model, "small");
    run.diffusion.schedule = schedule;
    run.diffusion.spindleBase = "mutual";
    run.diffusion.steps = T;
    run.diffusion.zeroMaskProbability = true;
    std::unique_ptr<Tokenizer> tokenizer = loadTokenizer(tokenizerPath);
    std::vector<double> offsets;
    if (schedule == "spindle") {
        offsets = countWordFrequencies(readCorpus(brownTrainCorpus()), *tokenizer).spindleOffsets();
    }
    return randomDenoiser(run, std::move(tokenizer), std::move(offsets), 0);
}

nlohmann::json timeTrainingProcesses(RunConfig config, int processes, int threads, int warmup,
                                     const std::filesystem::path &work, const std::string &folder) {
    namespace fs = std::filesystem;
    config.training.logEvery = 1;
    config.training.checkpointEvery = 0;
    config.training.sampleEvery = 0;
    const fs::path configPath = work / (folder + ".json");
    writeFileAtomically(configPath.string(), runConfigToJson(config));
    const std::string self = fs::read_symlink("/proc/self/exe").string();
    const std::string command = "'" + self + "' --threads " + std::to_string(threads) +
                                " train --config '" + configPath.string() + "' --nproc " +
                                std::to_string(processes) + " --out '" + (work / folder).string() +
                                "' --no-store --json --quiet 2>&1";
    FILE *pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        throw std::runtime_error("cannot run " + command);
    std::string output, line;
    double startSeconds = 0, endSeconds = 0;
    std::int64_t startTokens = 0, endTokens = 0, timedSteps = 0;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, pipe)) {
        line = buffer;
        output += line;
        const nlohmann::json parsed = nlohmann::json::parse(line, nullptr, false);
        if (parsed.is_discarded() || parsed.value("event", "") != "step")
            continue;
        const std::int64_t step = parsed.value("step", std::int64_t(0));
        if (step == warmup) {
            startSeconds = parsed.value("elapsed_s", 0.0);
            startTokens = parsed.value("tokens_seen", std::int64_t(0));
        } else if (step > warmup) {
            endSeconds = parsed.value("elapsed_s", 0.0);
            endTokens = parsed.value("tokens_seen", std::int64_t(0));
            ++timedSteps;
        }
    }
    if (::pclose(pipe) != 0 || timedSteps == 0)
        throw std::runtime_error("the " + std::to_string(processes) +
                                 "-rank benchmark run failed:\n" + output);
    const double seconds = endSeconds - startSeconds;
    return {{"processes", processes},
            {"threads_per_process", threads},
            {"batch", config.training.batchSize},
            {"steps", timedSteps},
            {"seconds", seconds},
            {"tokens", endTokens - startTokens},
            {"tokens_per_s", static_cast<double>(endTokens - startTokens) / seconds},
            {"ms_per_step", 1000 * seconds / static_cast<double>(timedSteps)}};
}

int benchTrain(const Arguments &arguments) {
    const Options options(
        "dbw bench train", arguments,
        {{"corpus", "FILE", "training corpus (default: the bundled Brown corpus)"},
         {"preset", "NAME", "model preset (default small)"},
         {"vocab-size", "N", "SentencePiece vocabulary trained on the corpus (default 8000)"},
         {"tokenizer", "PATH", "use this tokenizer instead of training one"},
         {"batch", "N", "sentences per step (default 32)"},
         {"threads", "N", "LibTorch threads (default: all cores)"},
         {"steps", "N", "timed steps (default 20)"},
         {"warmup", "N", "untimed steps first (default 3)"},
         {"precision", "auto|fp32|bf16", "arithmetic (default auto, as training)"},
         {"set", "SECTION.KEY=VALUE", "any other config change (repeatable)"},
         {"nproc", "N",
          "data parallel: time N ranks against one rank (each with --threads, default cores/N)"},
         {"reference", "SCRIPT",
          "also run bench/reference_train.py (lean and official) for ratios"},
         {"python", "PATH", "interpreter for the reference (default /usr/bin/python3)"},
         {"json", "", "print JSON (the only output format)"}});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw bench train [--preset small] [--batch 32] [--reference SCRIPT] --json",
            "Times training steps (real tokens per second) on the paper objective, with the "
            "matmul peaks of this process and, given the reference script, the ratios to it.");
        return 0;
    }
    namespace fs = std::filesystem;
    const int threads = options.integer("threads", 0, 0, 1024);
    initialiseRuntime(threads);
    const fs::path work =
        fs::temp_directory_path() / ("dbw-bench-train-" + std::to_string(getpid()));
    fs::create_directories(work);
    nlohmann::json result;
    try {
        RunConfig config = presetRunConfig("cpu-demo");
        config.name = "bench-train";
        config.model = applyModelPreset(config.model, options.text("preset", "small"));
        config.data.trainCorpus = options.text("corpus", brownTrainCorpus());
        config.data.validCorpus.clear();
        config.data.validFraction = 0;
        config.data.maxLength = 128;
        config.diffusion.steps = 2048;
        config.diffusion.schedule = "mutual";
        config.diffusion.objective = "d3pm-hybrid";
        config.diffusion.timeSampling = "per-batch";
        config.training.batchSize = options.integer("batch", 32, 1, 65536);
        config.training.threads = threads;
        config.training.precision = options.text("precision", "auto");
        config.training.learningRate = 5e-4;
        config.training.validateEvery = 0;
        config.training.checkpointEvery = 0;
        const int warmup = options.integer("warmup", 3, 0, 1000);
        const int steps = options.integer("steps", 20, 1, 100000);
        config.training.steps = warmup + steps;
        std::string tokenizerPath = options.text("tokenizer");
        if (tokenizerPath.empty())
            tokenizerPath = benchTokenizer(work, config.data.trainCorpus,
                                           options.integer("vocab-size", 8000, 64, 1000000));
        config.tokenizer.path = tokenizerPath;
        for (const std::string &assignment : options.all("set"))
            applyOverride(config, assignment);

        if (options.has("nproc")) {
            // Scaling of data parallel training: the same global batch on 1 and N ranks (strong
            // scaling), and N times the batch on N ranks (weak scaling: each rank keeps the rows
            // one rank had), every rank with the same thread count.
            const int processes = options.integer("nproc", 2, 2, 256);
            const int perProcess =
                threads > 0 ? threads
                            : std::max(1, static_cast<int>(std::thread::hardware_concurrency()) /
                                              processes);
            config.training.precision = options.text("precision", "fp32") == "auto"
                                            ? "fp32"
                                            : options.text("precision", "fp32");
            const nlohmann::json one =
                timeTrainingProcesses(config, 1, perProcess, warmup, work, "one-rank");
            const nlohmann::json strong =
                timeTrainingProcesses(config, processes, perProcess, warmup, work, "strong");
            RunConfig wider = config;
            wider.training.batchSize *= processes;
            const nlohmann::json weak =
                timeTrainingProcesses(wider, processes, perProcess, warmup, work, "weak");
            const double base = one["tokens_per_s"].get<double>();
            result = {
                {"benchmark", "train-processes"},
                {"preset", config.model.preset},
                {"precision", config.training.precision},
                {"hardware_threads", std::thread::hardware_concurrency()},
                {"one_rank", one},
                {"strong", strong},
                {"weak", weak},
                {"strong_speedup", strong["tokens_per_s"].get<double>() / base},
                {"strong_efficiency", strong["tokens_per_s"].get<double>() / base / processes},
                {"weak_speedup", weak["tokens_per_s"].get<double>() / base},
                {"weak_efficiency", weak["tokens_per_s"].get<double>() / base / processes}};
            fs::remove_all(work);
            std::cout << result.dump(2) << "\n";
            return 0;
        }

        // The headline run is fp32, like the Python reference; the precision training would pick
        // (auto) is timed beside it when it differs. Tokenisation happens before both timed loops.
        std::vector<std::vector<std::vector<int>>>
            batches;  // per step, as trained (the reference replays them)
        auto timed = [&](const std::string &precision, const std::string &folder,
                         bool recordBatches) {
            RunConfig runConfig = config;
            runConfig.training.precision = precision;
            Trainer trainer(runConfig, (work / folder).string());
            double seconds = 0, flops = 0;
            std::int64_t tokens = 0, positions = 0;
            TrainCallbacks callbacks;
            const double d = runConfig.model.hidden, layers = runConfig.model.layers,
                         ffn = runConfig.model.ffn;
            const double vocab = trainer.config().model.vocabSize;
            if (recordBatches)
                callbacks.onBatch = [&](std::int64_t,
                                        const std::vector<std::vector<int>> &sequences) {
                    batches.push_back(sequences);
                };
            callbacks.onStep = [&](const StepReport &report) {
                if (report.step <= warmup)
                    return true;
                seconds += report.stepSeconds;
                tokens += report.stepTokens;
                positions += report.stepPositions;
                // Multiply-adds of a step, times 2 (FLOPs) times 3 (forward + backward).
                const double framed =
                    static_cast<double>(report.stepPositions) / runConfig.training.batchSize;
                const double macs =
                    report.stepPositions * layers * (4 * d * d + 2 * d * ffn + 2 * d * framed) +
                    report.stepHeadRows * (d * d + d * vocab);
                flops += 6 * macs;
                return true;
            };
            const TrainResult run = trainer.run(callbacks);
            if (run.status != "finished")
                throw std::runtime_error("the benchmark run " + run.status + ": " + run.error);
            return nlohmann::json{{"precision", trainer.precision()},
                                  {"parameters", trainer.parameterCount()},
                                  {"vocab", vocab},
                                  {"seconds", seconds},
                                  {"tokens", tokens},
                                  {"tokens_per_s", tokens / seconds},
                                  {"ms_per_step", 1000 * seconds / steps},
                                  {"padding_share", 1.0 - static_cast<double>(tokens) /
                                                              std::max<std::int64_t>(1, positions)},
                                  {"achieved_gflops", flops / seconds / 1e9}};
        };
        // The peaks, before and after the timed runs (the best of both): one measurement alone
        // has read half the machine's speed on a busy host, which made the shares look doubled.
        double fp32Peak = measureMatmulGflops(false);
        double bf16Peak = measureMatmulGflops(true);
        const nlohmann::json fp32 = timed("fp32", "run-fp32", true);
        const std::string requested = options.text("precision", "auto");
        const bool autoIsBf16 =
            requested == "bf16" || (requested == "auto" && useBf16("auto", torch::kCPU));
        const nlohmann::json chosen =
            autoIsBf16 ? timed(requested, "run-" + requested, false) : fp32;
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        fp32Peak = std::max(fp32Peak, measureMatmulGflops(false));
        bf16Peak = std::max(bf16Peak, measureMatmulGflops(true));
        result = {{"benchmark", "train"},
                  {"preset", config.model.preset},
                  {"parameters", fp32["parameters"]},
                  {"vocab", fp32["vocab"]},
                  {"batch", config.training.batchSize},
                  {"threads", currentRuntimeInfo().threads},
                  {"allocator", allocatorName()},
                  {"steps", steps},
                  {"precision", "fp32"},
                  {"seconds", fp32["seconds"]},
                  {"tokens", fp32["tokens"]},
                  {"tokens_per_s", fp32["tokens_per_s"]},
                  {"ms_per_step", fp32["ms_per_step"]},
                  {"padding_share", fp32["padding_share"]},
                  {"achieved_gflops", fp32["achieved_gflops"]},
                  {"requested_precision", requested},
                  {"with_requested_precision", chosen},
                  {"peak_rss_mb", usage.ru_maxrss / 1024.0},
                  {"fp32_matmul_gflops", fp32Peak},
                  {"bf16_matmul_gflops", bf16Peak},
                  {"share_of_fp32_peak", fp32["achieved_gflops"].get<double>() / fp32Peak},
                  {"share_of_bf16_peak", chosen["achieved_gflops"].get<double>() / bf16Peak}};
        if (options.has("reference")) {
            if (fs::path(tokenizerPath).extension() != ".model")
                throw UsageError(
                    "dbw bench train: the reference needs a SentencePiece tokenizer (.model)");
            const std::string batchesPath = (work / "batches.json").string();
            writeFileAtomically(batchesPath, nlohmann::json(batches).dump());
            const std::string python = options.text("python", "/usr/bin/python3");
            const std::string common = "--batches '" + batchesPath + "' --spm '" + tokenizerPath +
                                       "' --layers " + std::to_string(config.model.layers) +
                                       " --hidden " + std::to_string(config.model.hidden) +
                                       " --heads " + std::to_string(config.model.heads) +
                                       " --ffn " + std::to_string(config.model.ffn) + " --batch " +
                                       std::to_string(config.training.batchSize) + " --threads " +
                                       std::to_string(currentRuntimeInfo().threads) + " --warmup " +
                                       std::to_string(warmup);
            const int officialSteps = std::max(1, std::min(steps, std::max(5, steps / 2)));
            const nlohmann::json lean =
                runReference(python, options.text("reference"),
                             common + " --steps " + std::to_string(steps) + " --loss lean");
            const nlohmann::json official = runReference(
                python, options.text("reference"),
                common + " --steps " + std::to_string(officialSteps) + " --loss official");
            result["reference_lean"] = lean;
            result["reference_official"] = official;
            result["same_batches"] =
                lean.value("tokens", std::int64_t(-1)) == fp32["tokens"].get<std::int64_t>();
            // Headline: fp32 against the fp32 reference on the same batches; the requested
            // precision beside it.
            if (lean.contains("tokens_per_s")) {
                result["speedup_vs_lean"] =
                    fp32["tokens_per_s"].get<double>() / lean["tokens_per_s"].get<double>();
                result["speedup_vs_lean_with_requested_precision"] =
                    chosen["tokens_per_s"].get<double>() / lean["tokens_per_s"].get<double>();
            }
            if (official.contains("tokens_per_s"))
                result["speedup_vs_official"] =
                    fp32["tokens_per_s"].get<double>() / official["tokens_per_s"].get<double>();
        }
    } catch (...) {
        fs::remove_all(work);
        throw;
    }
    fs::remove_all(work);
    std::cout << result.dump(2) << "\n";
    return 0;
}

int benchSample(const Arguments &arguments) {
    const Options options(
        "dbw bench sample", arguments,
        {{"num", "N", "samples (default 64)"},
         {"length", "N", "tokens per sample (default 64)"},
         {"T", "N", "diffusion steps (default 2048)"},
         {"step", "S", "step size (default 16)"},
         {"top-k", "K", "top-k on the x0 distribution (default 30)"},
         {"threads", "N", "LibTorch threads (default: all cores)"},
         {"checkpoint", "DIR", "sample from this checkpoint instead of a random small model"},
         {"precision", "auto|fp32|bf16", "arithmetic (default auto)"},
         {"no-cache", "", "run the network at every step"},
         {"reference", "SCRIPT", "also run bench/reference_sample.py with the same sizes"},
         {"python", "PATH", "interpreter for the reference (default /usr/bin/python3)"},
         {"json", "", "print JSON (the only output format)"}});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw bench sample --num 64 --length 64 --T 2048 --step 16 --json",
            "Times the reverse process: generated tokens per second and network calls.");
        return 0;
    }
    const int threads = options.integer("threads", 0, 0, 1024);
    initialiseRuntime(threads);
    SamplerConfig config;
    config.count = options.integer("num", 64, 1, 1000000);
    config.length = options.integer("length", 64, 1, 100000);
    config.stepSize = options.integer("step", 16, 1, 1000000);
    config.topK = options.integer("top-k", 30, 0, 10000000);
    config.cache = !options.has("no-cache");
    const int T = options.integer("T", 2048, 2, 10000000);
    const std::string requested = options.text("precision", "auto");
    if (requested != "auto" && requested != "fp32" && requested != "bf16")
        throw UsageError("dbw bench sample: --precision must be auto, fp32 or bf16 (got '" +
                         requested + "')");
    namespace fs = std::filesystem;
    const fs::path work =
        fs::temp_directory_path() / ("dbw-bench-sample-" + std::to_string(getpid()));
    std::unique_ptr<Denoiser> denoiser, spindle;
    if (options.has("checkpoint")) {
        denoiser = loadDenoiser(options.text("checkpoint"), "cpu", "fp32");
    } else {
        // Random small models (mutual, and spindle beside it) over a Brown tokenizer of 8000
        // pieces.
        fs::create_directories(work);
        try {
            const std::string tokenizer = benchTokenizer(work, brownTrainCorpus(), 8000);
            denoiser = randomSmallDenoiser(tokenizer, "mutual", T);
            spindle = randomSmallDenoiser(tokenizer, "spindle", T);
        } catch (...) {
            fs::remove_all(work);
            throw;
        }
        fs::remove_all(work);
    }
    const std::vector<int> lengths(static_cast<std::size_t>(config.count), config.length);
    const double tokens = static_cast<double>(config.count) * config.length;
    // The headline run is fp32, like the Python reference; the requested precision (auto: what
    // sampling would use) is timed beside it when it differs. Same seed, lengths and draws.
    auto timed = [&](Denoiser &model, bool bf16) {
        model.bf16 = bf16;
        const SampleRun run = sample(model, config, lengths);
        std::int64_t masksLeft = 0;
        for (const GeneratedSample &generated : run.samples)
            masksLeft += std::count(generated.ids.begin(), generated.ids.end(),
                                    model.tokenizer->specialIds().mask);
        return nlohmann::json{
            {"precision", bf16 ? "bf16" : "fp32"},
            {"seconds", run.seconds},
            {"tokens_per_s", tokens / run.seconds},
            {"steps", run.steps},
            {"sequence_steps", run.sequenceSteps},
            {"network_evaluations", run.sequenceEvaluations},
            // What the cache saved: sequence-steps whose network call it skipped.
            {"calls_saved_share",
             1.0 - static_cast<double>(run.sequenceEvaluations) /
                       static_cast<double>(std::max<std::int64_t>(1, run.sequenceSteps))},
            {"forward_passes", run.forwardPasses},
            {"cache_used", run.cacheUsed},
            {"masks_left", masksLeft}};
    };
    const nlohmann::json fp32 = timed(*denoiser, false);
    const bool requestedBf16 =
        requested == "bf16" || (requested == "auto" && useBf16("auto", torch::kCPU));
    const nlohmann::json chosen = requestedBf16 ? timed(*denoiser, true) : fp32;
    nlohmann::json result = {
        {"benchmark", "sample"},
        {"model", options.has("checkpoint") ? options.text("checkpoint")
                                            : "small preset, random weights, mutual"},
        {"num", config.count},
        {"length", config.length},
        {"T", denoiser->steps()},
        {"step", config.stepSize},
        {"top_k", config.topK},
        {"threads", currentRuntimeInfo().threads},
        {"allocator", allocatorName()},
        {"requested_precision", requested},
        {"with_requested_precision", chosen}};
    for (const auto &[key, value] : fp32.items())
        result[key] = value;
    if (spindle) {
        // The same sampler, sizes, seed and weights on the spindle schedule (Brown word
        // frequencies).
        const nlohmann::json spindleFp32 = timed(*spindle, false);
        result["spindle"] = spindleFp32;
        result["spindle_time_vs_mutual"] =
            spindleFp32["seconds"].get<double>() / fp32["seconds"].get<double>();
    }
    if (options.has("reference")) {
        const nlohmann::json reference = runReference(
            options.text("python", "/usr/bin/python3"), options.text("reference"),
            "--num " + std::to_string(config.count) + " --length " + std::to_string(config.length) +
                " --T " + std::to_string(denoiser->steps()) + " --step " +
                std::to_string(config.stepSize) + " --topk " + std::to_string(config.topK) +
                " --threads " + std::to_string(currentRuntimeInfo().threads) + " --vocab " +
                std::to_string(denoiser->tokenizer->vocabSize()) + " --layers " +
                std::to_string(denoiser->config.model.layers) + " --hidden " +
                std::to_string(denoiser->config.model.hidden) + " --heads " +
                std::to_string(denoiser->config.model.heads) + " --ffn " +
                std::to_string(denoiser->config.model.ffn));
        result["reference"] = reference;
        // Headline: fp32 against the fp32 reference; the requested precision beside it.
        if (reference.contains("tokens_per_s")) {
            result["speedup_vs_reference"] =
                fp32["tokens_per_s"].get<double>() / reference["tokens_per_s"].get<double>();
            result["speedup_vs_reference_with_requested_precision"] =
                chosen["tokens_per_s"].get<double>() / reference["tokens_per_s"].get<double>();
        }
    }
    std::cout << result.dump(2) << "\n";
    return 0;
}

int benchEval(const Arguments &arguments) {
    const Options options(
        "dbw bench eval", arguments,
        {{"sentences", "N", "sentences of the split (default 64)"},
         {"split", "FILE", "sentences to score (default: the bundled Brown validation split)"},
         {"T", "N", "diffusion steps of the random models (default 2048)"},
         {"step", "S", "step size of the chain (default 16)"},
         {"estimator", "chain|monte-carlo", "as dbw eval (default chain)"},
         {"batch", "N", "sentences per batch (default 64)"},
         {"threads", "N", "LibTorch threads (default: all cores)"},
         {"checkpoint", "DIR", "evaluate this checkpoint instead of random small models"},
         {"precision", "auto|fp32|bf16", "arithmetic (default auto)"},
         {"json", "", "print JSON (the only output format)"}});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw bench eval [--sentences 64] [--step 16] --json",
            "Times the evaluator (dbw eval): sentences and tokens per second of the chain "
            "estimator, mutual and spindle side by side in fp32, the requested precision beside.");
        return 0;
    }
    namespace fs = std::filesystem;
    initialiseRuntime(options.integer("threads", 0, 0, 1024));
    const std::string requested = options.text("precision", "auto");
    if (requested != "auto" && requested != "fp32" && requested != "bf16")
        throw UsageError("dbw bench eval: --precision must be auto, fp32 or bf16 (got '" +
                         requested + "')");
    ElboRecipe recipe;
    recipe.stepSize = options.integer("step", 16, 1, 1000000);
    recipe.estimator = options.text("estimator", "chain");
    if (recipe.estimator != "chain" && recipe.estimator != "monte-carlo")
        throw UsageError("dbw bench eval: --estimator must be chain or monte-carlo (got '" +
                         recipe.estimator + "')");
    recipe.batchSize = options.integer("batch", 64, 1, 65536);
    recipe.maxSentences = options.integer("sentences", 64, 1, 10000000);
    const int T = options.integer("T", 2048, 2, 10000000);
    const std::string split =
        options.text("split", (fs::path(demoCorpusDirectory()) / "brown-valid.txt").string());
    const std::vector<std::string> sentences = readCorpus(split).allTexts();
    std::unique_ptr<Denoiser> denoiser, spindle;
    if (options.has("checkpoint")) {
        denoiser = loadDenoiser(options.text("checkpoint"), "cpu", "fp32");
    } else {
        const fs::path work =
            fs::temp_directory_path() / ("dbw-bench-eval-" + std::to_string(getpid()));
        fs::create_directories(work);
        try {
            const std::string tokenizer = benchTokenizer(work, brownTrainCorpus(), 8000);
            denoiser = randomSmallDenoiser(tokenizer, "mutual", T);
            spindle = randomSmallDenoiser(tokenizer, "spindle", T);
        } catch (...) {
            fs::remove_all(work);
            throw;
        }
        fs::remove_all(work);
    }
    auto timed = [&](Denoiser &model, bool bf16) {
        model.bf16 = bf16;
        const ElboResult result =
            evaluateElbo(model, sentences, recipe, fs::path(split).filename().string());
        return nlohmann::json{{"precision", bf16 ? "bf16" : "fp32"},
                              {"seconds", result.seconds},
                              {"sentences", result.sentences},
                              {"tokens", result.tokens},
                              {"sentences_per_s", result.sentences / result.seconds},
                              {"tokens_per_s", result.tokens / result.seconds},
                              {"network_calls", result.networkCalls},
                              {"nats_per_token", result.natsPerTokenGivenLength},
                              {"recipe", nlohmann::json::parse(result.recipeJson)}};
    };
    const nlohmann::json fp32 = timed(*denoiser, false);
    const bool requestedBf16 =
        requested == "bf16" || (requested == "auto" && useBf16("auto", torch::kCPU));
    nlohmann::json result = {
        {"benchmark", "eval"},
        {"model", options.has("checkpoint") ? options.text("checkpoint")
                                            : "small preset, random weights, mutual"},
        {"split", split},
        {"T", denoiser->steps()},
        {"step", recipe.stepSize},
        {"estimator", recipe.estimator},
        {"threads", currentRuntimeInfo().threads},
        {"allocator", allocatorName()},
        {"requested_precision", requested},
        {"with_requested_precision", requestedBf16 ? timed(*denoiser, true) : fp32}};
    for (const auto &[key, value] : fp32.items())
        result[key] = value;
    if (spindle) {
        const nlohmann::json spindleFp32 = timed(*spindle, false);
        result["spindle"] = spindleFp32;
        result["spindle_time_vs_mutual"] =
            spindleFp32["seconds"].get<double>() / fp32["seconds"].get<double>();
    }
    std::cout << result.dump(2) << "\n";
    return 0;
}

}  // namespace

int runBench(const Arguments &arguments) {
    const std::string what = arguments.empty() ? "" : arguments.front();
    if (what == "store")
        return benchStore(Arguments(arguments.begin() + 1, arguments.end()));
    if (what == "train")
        return benchTrain(Arguments(arguments.begin() + 1, arguments.end()));
    if (what == "sample")
        return benchSample(Arguments(arguments.begin() + 1, arguments.end()));
    if (what == "eval")
        return benchEval(Arguments(arguments.begin() + 1, arguments.end()));
    if (what == "-h" || what == "--help") {
        std::cout << "usage: dbw bench store|train|sample|eval [options]  (--help on each)\n";
        return 0;
    }
    throw UsageError("dbw bench: expected store, train, sample or eval" +
                     (what.empty() ? std::string() : ", got '" + what + "'"));
}

}  // namespace dbw::cli
