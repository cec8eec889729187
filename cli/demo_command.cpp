// dbw demo: the first run a newcomer makes. It trains the cpu-demo model on the bundled Brown
// corpus, bounds its likelihood on the validation split, samples texts with an HTML replay of their
// denoising and says where everything is and what to run next. It is made of the same commands a
// user runs (dbw train, eval, sample), so the run lands in the store and the workbench shows it.
#include "commands.h"
#include "options.h"

#include "runtime/runtime.h"
#include "util/files.h"
#include "util/paths.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>

namespace dbw::cli {
namespace {

namespace fs = std::filesystem;

void heading(const std::string &text) {
    std::cout << "\n== " << text << "\n" << std::flush;
}

}  // namespace

int runDemo(const Arguments &arguments) {
    const Options options(
        "dbw demo", arguments,
        {{"out", "DIR", "where the demo's run folders go (default: the user data folder's demo/)"},
         {"store", "PATH", "run store (default: $DBW_STORE or the user data folder)"},
         {"no-store", "", "do not record the run in the store"},
         {"quick", "",
          "a few steps on a small vocabulary and 32 validation sentences (seconds; for tests)"}});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw demo [--out DIR] [--quick]",
            "The first run: trains the cpu-demo model on the bundled Brown corpus (about two "
            "minutes on 2 cores), bounds its likelihood on the validation split (per token and per "
            "word), samples 8 texts with an HTML page that replays their denoising, and prints "
            "where everything is. The run lands in the store, so the workbench shows it.");
        return 0;
    }
    const bool quick = options.has("quick");
    const fs::path out = options.text("out", (fs::path(userDataDirectory()) / "demo").string());
    fs::create_directories(out);
    const fs::path run =
        newRunFolder(out.string(), quick ? "cpu-demo-quick" : "cpu-demo", runFolderTimestamp());
    Arguments storeArguments;
    if (options.has("no-store"))
        storeArguments = {"--no-store"};
    else if (options.has("store"))
        storeArguments = {"--store", options.text("store")};
    auto with = [&storeArguments](Arguments arguments) {
        arguments.insert(arguments.end(), storeArguments.begin(), storeArguments.end());
        return arguments;
    };
    const auto started = std::chrono::steady_clock::now();
    const RuntimeInfo runtime = currentRuntimeInfo();
    std::cout << "engine: LibTorch " << runtime.torchVersion << ", " << runtime.threads
              << " threads, BLAS " << runtime.blasKind << ", allocator " << runtime.allocator
              << "\n";

    heading(quick ? "1/3 training the cpu-demo model, quick: 12 steps"
                  : "1/3 training the cpu-demo model on the bundled Brown corpus (600 steps; the "
                    "whole demo takes about two minutes on 2 cores)");
    Arguments train = {"--preset", "cpu-demo", "--out", run.string()};
    if (quick)
        for (const char *setting :
             {"tokenizer.vocab_size=500", "training.steps=12", "training.warmup_steps=2",
              "training.validate_every=6", "training.validation_sentences=32",
              "training.checkpoint_every=12", "training.sample_every=0"})
            train.insert(train.end(), {"--set", setting});
    TrainOutcome trained;
    const int status = runTrain(with(train), &trained);
    if (status != 0) {
        std::cout << "the demo stopped with its training"
                  << (trained.lastCheckpoint.empty()
                          ? ""
                          : "; continue with: dbw train --resume " + trained.lastCheckpoint)
                  << "\n";
        return status;
    }
    const std::string checkpoint =
        trained.bestCheckpoint.empty() ? trained.lastCheckpoint : trained.bestCheckpoint;

    heading("2/3 bounding the likelihood of the validation split (the ELBO of the reverse chain)");
    const std::string split = (fs::path(demoCorpusDirectory()) / "brown-valid.txt").string();
    Arguments eval = {"--checkpoint", checkpoint, "--split", split};
    if (quick)
        eval.insert(eval.end(), {"--max-sentences", "32"});
    if (const int evalStatus = runEval(with(eval)); evalStatus != 0)
        return evalStatus;

    heading("3/3 sampling 8 texts with the reverse process");
    const std::string samples = (run / "demo-samples").string();
    const std::string replay = (run / "demo-replay.html").string();
    if (const int sampleStatus =
            runSample(with({"--checkpoint", checkpoint, "--num", "8", "--length", "0", "--out",
                            samples, "--html", replay}));
        sampleStatus != 0)
        return sampleStatus;

    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const nlohmann::json summary = {
        {"format", "dbw-demo/2"},
        {"code_version", runtime.codeVersion},
        {"quick", quick},
        {"run_folder", trained.folder},
        {"run_id", trained.runId},
        {"checkpoint", checkpoint},
        {"validation_split", split},
        {"samples", {samples + ".txt", samples + ".jsonl", samples + ".csv"}},
        {"replay_html", replay},
        {"seconds", seconds},
    };
    const std::string summaryPath = (run / "demo-summary.json").string();
    writeFileAtomically(summaryPath, summary.dump(2) + "\n");

    char took[64];
    std::snprintf(took, sizeof took, "%.0f s", seconds);
    heading(std::string("done in ") + took);
    std::cout << "run folder   " << trained.folder << "\n"
              << "checkpoint   " << checkpoint << "\n"
              << "samples      " << samples << ".txt (also .jsonl with metadata, .csv)\n"
              << "replay       " << replay
              << " (open it in a browser: the denoising, step by step)\n"
              << "summary      " << summaryPath << "\n";
    if (trained.runId)
        std::cout << "store        run " << trained.runId
                  << " with its metrics, evaluation and samples\n";
    std::cout
        << "\nwhat to run next:\n"
        << "  diffusionbert-workbench   the window: this run's charts, samples, the Denoise page\n";
    if (trained.runId)
        std::cout << "  dbw runs show " << trained.runId
                  << (options.has("store") ? " --store " + options.text("store") : std::string())
                  << "   the run's config and results\n";
    std::cout << "  dbw sample --checkpoint " << checkpoint
              << " --prompt \"The ___ was ___{2} .\"\n"
              << "  dbw train --resume " << trained.lastCheckpoint
              << " --steps 3000   train it longer\n"
              << "  dbw config init --preset cpu-demo --out my.json   a config of your own (then "
                 "dbw train --config my.json)\n";
    return 0;
}

}  // namespace dbw::cli
