// dbw train and dbw config init: training from the command line, with a progress bar on stderr,
// JSON lines on request, and Ctrl-C that stops cleanly with a checkpoint.
#include "commands.h"
#include "local_ranks.h"
#include "options.h"

#include "store/runstore.h"
#include "train/distributed.h"
#include "train/runconfig.h"
#include "train/trainer.h"
#include "util/files.h"
#include "util/paths.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

namespace dbw::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int) {
    g_interrupted = true;
}

std::string duration(double seconds) {
    const long total = static_cast<long>(std::max(0.0, seconds));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60,
                  total % 60);
    return buffer;
}

// --resume takes a checkpoint folder or a run in the store, whose newest checkpoint on disk is used
// (the way to continue a run whose process was killed: it reads as interrupted).
std::string resumeCheckpoint(const std::string &reference, const RunStore *store) {
    if (fs::exists(reference) || !store)
        return reference;
    const std::optional<RunRecord> run = store->findRun(reference);
    if (!run)
        throw InputError(reference, 0, "neither a checkpoint folder nor a run in " + store->path());
    const std::string latest = lastCheckpointOnDisk(*store, run->id);
    if (latest.empty())
        throw InputError(
            reference, 0,
            "run " + std::to_string(run->id) + " has no checkpoint on disk to resume from");
    return latest;
}

}  // namespace

int runConfigCommand(const Arguments &arguments) {
    const std::string action = arguments.empty() ? "" : arguments.front();
    if (action != "init") {
        if (action == "-h" || action == "--help") {
            std::cout
                << "usage: dbw config init --preset cpu-demo|cpu-unshuffle|paper [--out FILE]\n";
            return 0;
        }
        throw UsageError("dbw config: expected init" +
                         (action.empty() ? std::string() : ", got '" + action + "'"));
    }
    const Options options(
        "dbw config init", Arguments(arguments.begin() + 1, arguments.end()),
        {{"preset", "NAME",
          "cpu-demo (a real tiny run in minutes), cpu-unshuffle (the same model, seq2seq: "
          "word-order restoration) or paper (LM1B, bert-base)"},
         {"corpus", "FILE", "training corpus (cpu-demo default: the bundled Brown corpus)"},
         {"init", "DIR",
          "start from a pretrained BERT (model.init): a Hugging Face folder or a checkpoint"},
         {"out", "FILE", "write here instead of stdout"},
         {"force", "", "replace FILE if it exists"}});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw config init --preset cpu-demo|cpu-unshuffle|paper [--out FILE]",
            "Writes a documented run config (each section has a \"_help\" object).");
        return 0;
    }
    RunConfig config;
    try {
        config = presetRunConfig(options.text("preset", "cpu-demo"));
    } catch (const std::invalid_argument &error) {
        throw UsageError(std::string("dbw config init: ") + error.what());
    }
    if (options.has("corpus"))
        config.data.trainCorpus = fs::absolute(options.text("corpus")).string();
    else
        useBundledCorpus(config);
    if (options.has("init")) {
        const std::string init = fs::absolute(options.text("init")).string();
        if (!fs::exists(fs::path(init) / "config.json"))
            throw InputError(init, 0,
                             "has no config.json (expected a Hugging Face BERT folder or one of "
                             "our checkpoints)");
        config.model.init = init;
    } else if (config.name == "paper-lm1b") {
        // The paper's denoiser starts from bert-base-uncased (its Table 2 depends on it).
        std::cerr << "dbw config init: the paper initialises from bert-base-uncased; there is no "
                     "network here to fetch it:\n"
                     "  put its Hugging Face folder (config.json, model.safetensors or "
                     "pytorch_model.bin, vocab.txt) on this\n"
                     "  machine and pass --init DIR, or set model.init in the written config\n";
    }
    const std::string text = runConfigToJson(config, true);
    if (!options.has("out")) {
        std::cout << text;
        return 0;
    }
    const std::string out = options.text("out");
    if (fs::exists(out) && !options.has("force"))
        throw InputError(out, 0, "the file exists; choose another name or add --force");
    writeFileAtomically(out, text);
    std::cerr << "wrote " << out << "\n";
    return 0;
}

int runTrain(const Arguments &arguments) {
    return runTrain(arguments, nullptr);
}

int runTrain(const Arguments &arguments, TrainOutcome *outcome) {
    const Options options(
        "dbw train", arguments,
        {{"config", "FILE", "run config (see 'dbw config init')"},
         {"preset", "NAME",
          "start from a preset instead of a file (cpu-demo, cpu-unshuffle, paper)"},
         {"set", "SECTION.KEY=VALUE", "override one config value (repeatable)"},
         {"resume", "CHECKPOINT|RUN",
          "continue exactly from a checkpoint folder, or from the last checkpoint of a run in the "
          "store (id, uuid or name), as a new child run"},
         {"steps", "N", "with --resume: the new total number of steps"},
         {"out", "DIR",
          "run folder (default: <data folder>/runs/NAME-TIME; with --resume: beside the parent's, "
          "NAME-resumed)"},
         {"store", "PATH", "run store (default: $DBW_STORE or the user data folder)"},
         {"no-store", "", "do not record the run in the store"},
         {"json", "", "JSON lines on stdout (steps, validations, checkpoints, result)"},
         {"quiet", "", "no progress bar"},
         {"nproc", "N",
          "data-parallel on N local processes (CPU: Gloo); under torchrun leave it out"}});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw train --config FILE [--set key=value]... | --resume CHECKPOINT|RUN",
            "Trains a diffusion model. Ctrl-C stops cleanly and writes a checkpoint.\n"
            "Settings: the config (file or preset), then every --set applied together and\n"
            "validated once, then 'dbw --threads N' (the command line wins).\n"
            "Data parallel: --nproc N here, or 'torchrun --no-python --nproc-per-node N dbw train "
            "...'\n"
            "(RANK, WORLD_SIZE, MASTER_ADDR, MASTER_PORT). training.batch_size is the global "
            "batch;\n"
            "rank 0 writes the run; a checkpoint resumes on any number of ranks.");
        return 0;
    }
    const std::optional<ProcessGroupConfig> processGroup = processGroupFromEnvironment();
    if (options.has("nproc")) {
        if (processGroup)
            throw UsageError(
                "dbw train: --nproc starts the ranks itself; under torchrun (WORLD_SIZE is set) "
                "leave it out");
        const int count = options.integer("nproc", 1, 1, 256);
        if (count > 1) {
            // Each rank gets a share of the cores unless --threads says otherwise.
            const int threads =
                requestedThreads() > 0
                    ? requestedThreads()
                    : std::max(1, static_cast<int>(std::thread::hardware_concurrency()) / count);
            std::vector<std::string> rankArguments = {"--threads", std::to_string(threads),
                                                      "train"};
            for (const std::string &argument : withoutOption(arguments, "nproc"))
                rankArguments.push_back(argument);
            return runLocalRanks(count, rankArguments);
        }
    }
    std::shared_ptr<Communicator> communicator;
    if (processGroup && processGroup->worldSize > 1)
        communicator = Communicator::connect(*processGroup);
    const int rank = communicator ? communicator->rank() : 0;
    // Rank 0 speaks for the run; the others only report their errors.
    const bool json = options.has("json") && rank == 0;
    const bool quiet = options.has("quiet") || rank > 0;
    auto message = [&](const std::string &text) {
        if (!quiet)
            std::cerr << text << "\n";
    };
    std::unique_ptr<RunStore> store;
    if (!options.has("no-store") && rank == 0)
        store = std::make_unique<RunStore>(options.text("store", RunStore::defaultPath()));

    std::unique_ptr<Trainer> trainer;
    if (options.has("steps") && !options.has("resume"))
        throw UsageError(
            "dbw train: --steps sets the new total of a resumed run; for a new run use --set "
            "training.steps=N");
    if (options.has("resume")) {
        if (options.has("config") || options.has("preset") || !options.all("set").empty())
            throw UsageError(
                "dbw train: --resume continues a run with its own config; drop "
                "--config/--preset/--set");
        if (requestedThreads() > 0)
            message(
                "note: a resumed run keeps its config's thread count for exact continuation; "
                "--threads is ignored");
        std::string checkpoint =
            rank == 0 ? resumeCheckpoint(options.text("resume"), store.get()) : std::string();
        if (communicator)  // a run named in the store: rank 0 resolves it for all
            checkpoint = communicator->shareFromRankZero("resume-checkpoint", checkpoint);
        trainer =
            Trainer::resume(checkpoint, store.get(), options.integer("steps", 0, 1, 2000000000),
                            message, options.text("out"), communicator);
    } else {
        RunConfig config;
        if (options.has("config"))
            config = loadRunConfig(options.text("config"));
        else if (options.has("preset"))
            try {
                config = presetRunConfig(options.text("preset"));
                useBundledCorpus(config);
            } catch (const std::invalid_argument &error) {
                throw UsageError(std::string("dbw train: ") + error.what());
            }
        else
            throw UsageError(
                "dbw train: missing --config FILE (or --preset NAME, or --resume CHECKPOINT)");
        applyOverrides(config, options.all("set"));
        if (requestedThreads() > 0)
            config.training.threads = requestedThreads();
        const std::string out = options.text(
            "out", newRunFolder((fs::path(userDataDirectory()) / "runs").string(),
                                config.name.empty() ? "run" : config.name, runFolderTimestamp()));
        trainer = std::make_unique<Trainer>(config, out, store.get(), message, communicator);
    }
    const RunConfig &config = trainer->config();
    message(
        std::string(communicator ? std::to_string(communicator->worldSize()) + " ranks; " : "") +
        "run folder " + trainer->outputDirectory() + "; model " + config.model.preset + " (" +
        std::to_string(trainer->parameterCount()) + " parameters), " + config.diffusion.schedule +
        " schedule, " + config.diffusion.objective + ", time design " + config.model.timeDesign);

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const auto started = std::chrono::steady_clock::now();
    TrainCallbacks callbacks;
    const bool mlm = config.diffusion.objective == "mlm";  // an MLM step estimates no bound
    callbacks.onStep = [&](const StepReport &report) {
        if (json && (report.step % std::max(1, config.training.logEvery) == 0 ||
                     report.step == report.totalSteps))
            std::cout << nlohmann::json{{"event", "step"},
                                        {"step", report.step},
                                        {"total_steps", report.totalSteps},
                                        {"loss", report.loss},
                                        {"nelbo_per_token",
                                         mlm ? nlohmann::json()
                                             : nlohmann::json(report.nelboPerToken)},
                                        {"lr", report.learningRate},
                                        {"grad_norm", report.gradNorm},
                                        {"tokens_per_s", report.tokensPerSecond},
                                        {"tokens_seen", report.tokensSeen},
                                        {"skipped", report.skippedSteps},
                                        {"elapsed_s", report.elapsedSeconds}}
                             .dump()
                      << std::endl;
        if (!quiet) {
            const double fraction =
                static_cast<double>(report.step) / std::max<std::int64_t>(1, report.totalSteps);
            const double wall =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
            const int filled = static_cast<int>(fraction * 24);
            char nelbo[32] = "";
            if (!mlm)
                std::snprintf(nelbo, sizeof nelbo, " nelbo %.3f", report.nelboPerToken);
            std::fprintf(stderr, "\r[%s%s] %lld/%lld loss %.4f%s lr %.2e %.0f tok/s eta %s   ",
                         std::string(static_cast<std::size_t>(filled), '#').c_str(),
                         std::string(static_cast<std::size_t>(24 - filled), '.').c_str(),
                         static_cast<long long>(report.step),
                         static_cast<long long>(report.totalSteps), report.loss, nelbo,
                         report.learningRate, report.tokensPerSecond,
                         duration(fraction > 0 ? wall / fraction - wall : 0).c_str());
        }
        return !g_interrupted.load();
    };
    callbacks.onStarted = [&](std::int64_t runId) {
        if (json)  // the run is in the store: a watcher (the workbench) can follow it from here
            std::cout << nlohmann::json{{"event", "started"},
                                        {"run_id", runId},
                                        {"folder", trainer->outputDirectory()},
                                        {"ranks", communicator ? communicator->worldSize() : 1}}
                             .dump()
                      << std::endl;
    };
    callbacks.onValidation = [&](const ValidationReport &report) {
        if (json)
            std::cout << nlohmann::json{{"event", "validation"},
                                        {"step", report.step},
                                        {"loss", report.loss},
                                        {"nelbo_per_token", report.nelboPerToken},
                                        {"perplexity_bound", report.perplexityBound},
                                        {"tokens", report.tokens}}
                             .dump()
                      << std::endl;
        if (!quiet)
            std::fprintf(stderr,
                         "\nvalidation at step %lld: loss %.4f, NELBO %.4f nats/token (per-token "
                         "perplexity bound %.1f, %lld tokens)\n",
                         static_cast<long long>(report.step), report.loss, report.nelboPerToken,
                         report.perplexityBound, static_cast<long long>(report.tokens));
    };
    callbacks.onSamples = [&](std::int64_t step, const std::vector<std::string> &texts) {
        if (json)
            std::cout
                << nlohmann::json{{"event", "samples"}, {"step", step}, {"texts", texts}}.dump()
                << std::endl;
        if (!quiet) {
            std::fprintf(stderr, "\nsamples at step %lld:\n", static_cast<long long>(step));
            for (const std::string &text : texts)
                std::fprintf(stderr, "  %s\n", text.c_str());
        }
    };
    callbacks.onCheckpoint = [&](const std::string &directory, std::int64_t step) {
        if (json)
            std::cout << nlohmann::json{{"event", "checkpoint"},
                                        {"step", step},
                                        {"path", directory}}
                             .dump()
                      << std::endl;
    };
    const TrainResult result = trainer->run(callbacks);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!quiet)
        std::cerr << "\n";
    if (outcome)
        *outcome = {result.status, result.lastCheckpoint, result.bestCheckpoint,
                    trainer->outputDirectory(), result.runId};
    if (json)
        std::cout << nlohmann::json{{"event", "result"},
                                    {"status", result.status},
                                    {"steps", result.steps},
                                    {"last_checkpoint", result.lastCheckpoint},
                                    {"best_checkpoint", result.bestCheckpoint},
                                    {"run_id", result.runId},
                                    {"error", result.error}}
                         .dump()
                  << std::endl;
    if (result.status == "failed") {
        std::cerr << "dbw: error: "
                  << (rank > 0 ? "rank " + std::to_string(rank) + ": " : std::string())
                  << "training failed at step " << result.steps << ": " << result.error << "\n";
        return 1;
    }
    message(
        std::string(result.status == "stopped" ? "stopped" : "finished") + " at step " +
        std::to_string(result.steps) + "; checkpoint " + result.lastCheckpoint +
        (result.status == "stopped" ? "\ncontinue with: dbw train --resume " + result.lastCheckpoint
                                    : std::string()) +
        (result.runId ? "\nrun " + std::to_string(result.runId) + " in the store" : std::string()));
    return result.status == "stopped" ? 130 : 0;
}

}  // namespace dbw::cli
