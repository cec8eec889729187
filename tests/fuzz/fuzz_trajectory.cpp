// Trajectory JSON (dbw sample --trajectory, the Denoise page's "Open..."): parsing, then every
// frame the viewer can show, as the viewer asks for them.
#include "fuzzing.h"
#include "sample/trajectory.h"

namespace {

void visitEveryFrame(const dbw::Trajectory &trajectory) {
    for (int k = 1; k <= trajectory.steps(); ++k) {
        trajectory.step(k);
        for (int sample = 0; sample < trajectory.sampleCount(); ++sample)
            trajectory.networkRan(k, sample);
    }
    for (int sample = 0; sample < trajectory.sampleCount(); ++sample) {
        trajectory.text(sample);
        for (int frame = 0; frame < trajectory.frames(); ++frame) {
            trajectory.masksLeft(frame);
            trajectory.nextChange(frame);
            trajectory.previousChange(frame);
            const std::vector<int> state = trajectory.state(sample, frame);
            if (static_cast<int>(state.size()) != trajectory.length(sample))
                dbw::fuzz::finding("a state whose length is not the sample's");
            for (int position = 0; position < trajectory.length(sample); ++position) {
                trajectory.surface(sample, position);
                trajectory.isMasked(sample, position, frame);
                trajectory.pieceSurface(trajectory.token(sample, position));
                const auto alternatives = trajectory.alternatives(sample, position, frame);
                for (int i = 0; i < alternatives.count; ++i)
                    trajectory.pieceSurface(alternatives.ids[i]);
            }
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace dbw;
    const std::string path = fuzz::writeScratchFile("trajectory.json", fuzz::asBytes(data, size));
    fuzz::acceptsOrRejectsClearly(path, [&] {
        const Trajectory trajectory = Trajectory::load(path);
        visitEveryFrame(trajectory);
    });
    return 0;
}
