#include "model/modelconfig.h"

#include <stdexcept>

namespace dbw {

ModelConfig applyModelPreset(ModelConfig config, const std::string &preset) {
    struct Sizes {
        const char *name;
        int hidden, layers, heads, ffn;
    };
    static const Sizes kPresets[] = {
        {"tiny", 128, 2, 2, 512}, {"small", 256, 4, 4, 1024}, {"base", 768, 12, 12, 3072}};
    config.preset = preset;
    if (preset == "custom")
        return config;
    for (const Sizes &sizes : kPresets)
        if (preset == sizes.name) {
            config.hidden = sizes.hidden;
            config.layers = sizes.layers;
            config.heads = sizes.heads;
            config.ffn = sizes.ffn;
            return config;
        }
    throw std::invalid_argument("unknown model preset '" + preset +
                                "' (expected tiny, small, base or custom)");
}

}  // namespace dbw
