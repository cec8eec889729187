// dbw: the engine from the command line (scripts, servers, benchmarks). Same code as the workbench.
#include "commands.h"
#include "options.h"

#include "error.h"
#include "runtime/runtime.h"
#include "train/selfcheck.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>

#include <unistd.h>

namespace {

constexpr const char *kUsage =
    "usage: dbw COMMAND [options]   (dbw COMMAND --help for each)\n"
    "\n"
    "commands:\n"
    "  tokenizer train|encode|decode  train or use a SentencePiece / BERT WordPiece tokenizer\n"
    "  corpus stats                   validate a corpus and show its statistics\n"
    "  wordfreq                       token frequencies for the spindle schedule\n"
    "  config init                    write a documented run config (presets cpu-demo, paper)\n"
    "  train                          train a diffusion model (--config FILE, --resume "
    "CHECKPOINT)\n"
    "  sample                         generate text from a checkpoint (txt, jsonl, csv, "
    "trajectories)\n"
    "  eval                           ELBO bound: nats and bits per token, perplexity per token "
    "and word\n"
    "  generate                       seq2seq: targets for sources (--candidates S, --mbr), BLEU, "
    "ROUGE-L, exact match\n"
    "  fill-mask                      a model's top tokens for each [MASK] (Hugging Face BERT or "
    "checkpoint)\n"
    "  export                         a checkpoint as a Hugging Face BERT folder (--format hf)\n"
    "  runs list|show|export|tag|delete  the run history (SQLite store)\n"
    "  bench store|train|sample|eval  benchmarks, as JSON\n"
    "  demo                           the first run: train, evaluate and sample a small model on "
    "the bundled Brown corpus\n"
    "  info                           engine, threads, BLAS, version\n"
    "  doctor [--device cuda]         self-check: toy training, checkpoint, ELBO, sampler, bf16 "
    "(device vs CPU parity)\n"
    "\n"
    "global options (before COMMAND):\n"
    "  --threads N                    LibTorch threads (default: all cores; more than the cores\n"
    "                                 are capped). Wins over a run config's training.threads\n";

}  // namespace

namespace dbw::cli {

namespace {
int g_requestedThreads = 0;
}

int requestedThreads() {
    return g_requestedThreads;
}

int runDoctor(const Arguments &arguments) {
    const Options options(
        "dbw doctor", arguments,
        {{"device", "NAME",
          "also check this device against the CPU: cuda or cuda:N (default: the CPU only)"},
         {"json", "", "print JSON"}});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw doctor [--device cuda] [--json]",
            "Checks the engine on this machine: a short training run on a built-in toy corpus, "
            "a checkpoint round trip, the spindle ELBO, the sampler and bf16 autocast; with "
            "--device, the same on that device with fp32 parity against the CPU. Exit status "
            "1 when a check fails.");
        return 0;
    }
    const std::string device = options.text("device", "cpu");
    const std::filesystem::path work =
        std::filesystem::temp_directory_path() / ("dbw-doctor-" + std::to_string(getpid()));
    std::filesystem::remove_all(work);
    std::filesystem::create_directories(work);
    std::vector<SelfCheck> checks;
    try {
        checks = runSelfChecks(device, work.string());
    } catch (...) {
        std::filesystem::remove_all(work);
        throw;
    }
    std::filesystem::remove_all(work);
    const RuntimeInfo info = currentRuntimeInfo();
    const bool failed = std::any_of(checks.begin(), checks.end(),
                                    [](const SelfCheck &check) { return check.outcome == "fail"; });
    if (options.has("json")) {
        nlohmann::json rows = nlohmann::json::array();
        for (const SelfCheck &check : checks)
            rows.push_back(
                {{"check", check.name}, {"outcome", check.outcome}, {"detail", check.detail}});
        std::cout << nlohmann::json{{"torch_version", info.torchVersion},
                                    {"threads", info.threads},
                                    {"cuda_devices", info.cudaDevices},
                                    {"checks", rows},
                                    {"failed", failed}}
                         .dump(2)
                  << "\n";
        return failed ? 1 : 0;
    }
    std::cout << "LibTorch " << info.torchVersion << ", " << info.threads << " threads, CUDA "
              << (info.cudaAvailable ? std::to_string(info.cudaDevices) + " device(s)" : "none")
              << "\n";
    std::size_t width = 0;
    for (const SelfCheck &check : checks)
        width = std::max(width, check.name.size());
    for (const SelfCheck &check : checks)
        std::cout << (check.outcome == "pass"   ? "PASS "
                      : check.outcome == "fail" ? "FAIL "
                                                : "SKIP ")
                  << check.name << std::string(width + 2 - check.name.size(), ' ') << check.detail
                  << "\n";
    std::cout << (failed ? "some checks failed\n" : "all checks passed\n");
    return failed ? 1 : 0;
}

int runInfo(const Arguments &arguments) {
    const Options options("dbw info", arguments, {{"json", "", "print JSON"}});
    if (options.helpRequested()) {
        std::cout << options.usage("dbw info [--json]", "Shows the engine's runtime facts.");
        return 0;
    }
    const RuntimeInfo info = currentRuntimeInfo();
    if (options.has("json")) {
        std::cout << nlohmann::json{{"code_version", info.codeVersion},
                                    {"torch_version", info.torchVersion},
                                    {"threads", info.threads},
                                    {"hardware_threads", info.hardwareThreads},
                                    {"blas", info.blasKind},
                                    {"blas_library", info.blasLibrary},
                                    {"blas_detail", info.blasDetail},
                                    {"allocator", info.allocator},
                                    {"cuda_available", info.cudaAvailable},
                                    {"cuda_devices", info.cudaDevices},
                                    {"warnings", info.warnings}}
                         .dump(2)
                  << "\n";
        return 0;
    }
    std::cout << "dbw " << info.codeVersion << "\nLibTorch " << info.torchVersion << ", "
              << info.threads << " of " << info.hardwareThreads << " threads\nBLAS "
              << info.blasKind << " (" << info.blasLibrary << ")"
              << "\nallocator " << info.allocator << "\nCUDA "
              << (info.cudaAvailable ? std::to_string(info.cudaDevices) + " device(s)" : "none")
              << "\n";
    return 0;
}

}  // namespace dbw::cli

int main(int argc, char **argv) {
    using namespace dbw::cli;
    Arguments arguments(argv + 1, argv + argc);
    int threads = 0;
    try {
        // Global options come before the command.
        while (!arguments.empty() && arguments.front() == "--threads") {
            if (arguments.size() < 2)
                throw UsageError("dbw: --threads expects N");
            threads = static_cast<int>(parseInteger(arguments[1], 1, 4096, "dbw: --threads"));
            arguments.erase(arguments.begin(), arguments.begin() + 2);
        }
        if (arguments.empty() || arguments.front() == "-h" || arguments.front() == "--help") {
            std::cout << kUsage;
            return arguments.empty() ? 2 : 0;
        }
        if (arguments.front() == "--version") {
            std::cout << "dbw " << dbw::codeVersion() << "\n";
            return 0;
        }
        g_requestedThreads = threads;
        const dbw::RuntimeInfo runtime = dbw::initialiseRuntime(threads);
        for (const std::string &warning : runtime.warnings)
            std::cerr << "dbw: warning: " << warning << "\n";

        const std::map<std::string, int (*)(const Arguments &)> commands = {
            {"tokenizer", runTokenizer}, {"corpus", runCorpus},     {"wordfreq", runWordFreq},
            {"demo", runDemo},           {"info", runInfo},         {"runs", runRuns},
            {"bench", runBench},         {"train", runTrain},       {"config", runConfigCommand},
            {"sample", runSample},       {"eval", runEval},         {"fill-mask", runFillMask},
            {"export", runExport},       {"generate", runGenerate}, {"doctor", runDoctor}};
        const auto command = commands.find(arguments.front());
        if (command == commands.end())
            throw UsageError("dbw: unknown command '" + arguments.front() + "'");
        return command->second(Arguments(arguments.begin() + 1, arguments.end()));
    } catch (const UsageError &error) {
        std::cerr << error.what() << "\n(run 'dbw --help' or 'dbw COMMAND --help')\n";
        return 2;
    } catch (const std::exception &error) {  // InputError, StoreError: the message says it all
        std::cerr << "dbw: error: " << error.what() << "\n";
        return 1;
    }
}
