// dbw's subcommands. Each takes the arguments after its name and returns the exit status
// (0 ok, 1 failed, 2 wrong usage through UsageError). Results go to stdout, progress to stderr.
#pragma once

#include <string>
#include <vector>

namespace dbw::cli {

using Arguments = std::vector<std::string>;

// `dbw --threads N COMMAND`: N, or 0 when not given. The command line wins over a run config's
// training.threads (and --set), which wins over the default of all cores.
int requestedThreads();

int runTokenizer(const Arguments &arguments);  // dbw tokenizer train|encode|decode
int runCorpus(const Arguments &arguments);     // dbw corpus stats
int runWordFreq(const Arguments &arguments);   // dbw wordfreq
int runDemo(const Arguments &arguments);       // dbw demo
int runInfo(const Arguments &arguments);       // dbw info
int runRuns(const Arguments &arguments);       // dbw runs list|show|export|tag|delete
int runBench(const Arguments &arguments);      // dbw bench store|train
int runTrain(const Arguments &arguments);      // dbw train

// What a finished `dbw train` left behind, for commands built on it (dbw demo).
struct TrainOutcome {
    std::string status;          // finished, stopped or failed
    std::string lastCheckpoint;  // the newest checkpoint folder
    std::string bestCheckpoint;  // the best validation checkpoint, empty when none was kept
    std::string folder;          // the run folder
    long long runId = 0;         // 0 with --no-store
};
int runTrain(const Arguments &arguments, TrainOutcome *outcome);
int runConfigCommand(const Arguments &arguments);  // dbw config init
int runSample(const Arguments &arguments);         // dbw sample
int runEval(const Arguments &arguments);           // dbw eval
int runGenerate(const Arguments &arguments);       // dbw generate
int runFillMask(const Arguments &arguments);       // dbw fill-mask
int runExport(const Arguments &arguments);         // dbw export --format hf

}  // namespace dbw::cli
