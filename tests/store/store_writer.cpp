// A writer process for the store's concurrency and crash tests: creates a run and appends points
// of "train/loss" with value = step * 0.5 + writer id, one transaction per batch, and prints
// "committed N" after each batch so a test knows what is on disk.
//   store_writer STORE RUN_NAME POINTS BATCH [PAUSE_MS]
#include "store/runstore.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

int main(int argc, char **argv) {
    if (argc < 5) {
        std::fprintf(stderr, "usage: store_writer STORE RUN_NAME POINTS BATCH [PAUSE_MS]\n");
        return 2;
    }
    const std::string storePath = argv[1];
    const std::string name = argv[2];
    const long points = std::atol(argv[3]);
    const long batch = std::atol(argv[4]);
    const int pauseMs = argc > 5 ? std::atoi(argv[5]) : 0;
    try {
        dbw::RunStore store(storePath);
        dbw::RunRecord run;
        run.name = name;
        run.status = dbw::RunStatus::Running;
        store.createRun(run);
        std::printf("run %lld\n", static_cast<long long>(run.id));
        std::fflush(stdout);
        dbw::MetricWriter writer(store, run.id, static_cast<std::size_t>(batch));
        for (long step = 0; step < points; ++step) {
            writer.add("train/loss",
                       {step, step * 0.5 + static_cast<double>(run.id), step * 0.01, step * 64, 0});
            if (writer.pending() == 0) {
                std::printf("committed %ld\n", step + 1);
                std::fflush(stdout);
                if (pauseMs > 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(pauseMs));
            }
        }
        writer.flush();
        store.setStatus(run.id, dbw::RunStatus::Finished);
        std::printf("committed %ld\ndone\n", points);
        return 0;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "store_writer: %s\n", error.what());
        return 1;
    }
}
