// The run store's checks of the file it is given ($DBW_STORE, dbw --store, the window's
// File > Open Store): a file that is not SQLite, is damaged, is not a run store or is newer is
// refused with a StoreError and left byte-identical; one that opens can be listed and read.
// Every input gets a fresh path, because the store checks a path once per process.
#include "fuzzing.h"
#include "store/runstore.h"
#include "util/files.h"

#include <filesystem>

namespace {

void readEverything(const dbw::RunStore &store) {
    int visited = 0;
    for (const dbw::RunRecord &run : store.listRuns()) {
        if (++visited > 4)
            break;
        store.summaries(run.id);
        for (const std::string &metric : store.metricNames(run.id))
            store.readDecimated(run.id, metric, 16);
        store.evals(run.id);
        store.samples(run.id);
        for (const dbw::TrajectorySummary &summary : store.trajectorySummaries(run.id))
            store.trajectory(summary.id);
        store.checkpoints(run.id);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace dbw;
    static int counter = 0;
    const std::string_view bytes = fuzz::asBytes(data, size);
    const std::string path =
        fuzz::writeScratchFile("runs-" + std::to_string(++counter) + ".sqlite", bytes);
    const bool opened = fuzz::acceptsOrRejectsClearly(path, [&] {
        const RunStore store(path, RunStore::Mode::ReadOnly);
        readEverything(store);
    });
    if (!opened && readWholeFile(path) != bytes)
        fuzz::finding("a refused store file was changed");
    fuzz::acceptsOrRejectsClearly(path, [&] {
        RunStore store(path, RunStore::Mode::ReadWrite);
        readEverything(store);
    });
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path + suffix);
    return 0;
}
