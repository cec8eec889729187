// Run configurations (dbw train --config, the New Experiment dialog's "Load..."): a JSON document
// is accepted or rejected naming the file; an accepted one survives the round trip through the
// JSON dbw writes into every run.
#include "fuzzing.h"
#include "train/runconfig.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace dbw;
    const std::string path = fuzz::writeScratchFile("run.json", fuzz::asBytes(data, size));
    fuzz::acceptsOrRejectsClearly(path, [&] {
        const RunConfig config = loadRunConfig(path);
        const std::string written = runConfigToJson(config);
        const std::string again = runConfigToJson(runConfigFromJson(written, "round trip"));
        if (written != again)
            fuzz::finding("the round trip changed the configuration:\n" + written + "\n" + again);
    });
    return 0;
}
