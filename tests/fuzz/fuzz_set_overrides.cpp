// `dbw train --set section.key=value` (one assignment per input line) over the cpu-demo preset.
#include "fuzzing.h"
#include "train/runconfig.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace dbw;
    std::vector<std::string> assignments;
    std::string_view input = fuzz::asBytes(data, size);
    while (!input.empty() && assignments.size() < 8) {
        const std::size_t end = input.find('\n');
        assignments.emplace_back(input.substr(0, end));
        input.remove_prefix(end == std::string_view::npos ? input.size() : end + 1);
    }
    RunConfig config = presetRunConfig("cpu-demo");
    fuzz::acceptsOrRejectsClearly("--set", [&] {
        applyOverrides(config, assignments);
        runConfigFromJson(runConfigToJson(config), "round trip");
    });
    return 0;
}
