// dbw bench: benchmarks that print JSON. Each reports a baseline measured in the same run, so the
// ratios mean something on a machine whose speed varies.
#include "commands.h"
#include "options.h"

#include "store/runstore.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace dbw::cli {
namespace {

using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

int benchStore(const Arguments &arguments)
{
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
            "Times batched metric writes (baseline: one transaction per point) and a decimated read "
            "into pixel buckets (baseline: reading every point).");
        return 0;
    }
    const int points = options.integer("points", 1000000, 1000, 100000000);
    const int batch = options.integer("batch", 1000, 1, 1000000);
    const int buckets = options.integer("buckets", 2000, 1, 1000000);
    const int repeat = options.integer("repeat", 7, 1, 1000);
    const bool temporary = !options.has("store");
    const std::string path =
        temporary ? (std::filesystem::temp_directory_path() /
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
            store.appendMetrics(run.id, {{"bench/unbatched", {step, std::sin(step * 1e-3), step * 1e-3, step * 64LL, 0}}});
        const double unbatchedMs = millisecondsSince(start);

        start = Clock::now();
        {
            MetricWriter writer(store, run.id, static_cast<std::size_t>(batch));
            for (int step = 0; step < points; ++step)
                writer.add("train/loss", {step, 5.0 * std::exp(-step * 2e-6) + 0.1 * std::sin(step * 0.37),
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
                  {"decimated_read_ms_min", *std::min_element(decimatedTimes.begin(), decimatedTimes.end())},
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

}  // namespace

int runBench(const Arguments &arguments)
{
    const std::string what = arguments.empty() ? "" : arguments.front();
    if (what == "store")
        return benchStore(Arguments(arguments.begin() + 1, arguments.end()));
    if (what == "-h" || what == "--help") {
        std::cout << "usage: dbw bench store [options]  (--help for more)\n";
        return 0;
    }
    throw UsageError("dbw bench: expected store" +
                     (what.empty() ? std::string() : ", got '" + what + "'"));
}

}  // namespace dbw::cli
