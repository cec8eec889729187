// safetensors files (checkpoints, Hugging Face model.safetensors): header and data. What loads
// is written back and must load to the same tensors.
#include "fuzzing.h"
#include "model/safetensors.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace dbw;
    const std::string path = fuzz::writeScratchFile("model.safetensors", fuzz::asBytes(data, size));
    std::map<std::string, torch::Tensor> tensors;
    std::map<std::string, std::string> metadata;
    if (!fuzz::acceptsOrRejectsClearly(path, [&] { tensors = loadSafetensors(path, &metadata); }))
        return 0;
    const std::vector<std::pair<std::string, torch::Tensor>> ordered(tensors.begin(),
                                                                     tensors.end());
    const std::string copy = fuzz::scratchFolder() + "/copy.safetensors";
    saveSafetensors(copy, ordered, metadata);
    std::map<std::string, std::string> metadataAgain;
    const auto again = loadSafetensors(copy, &metadataAgain);
    if (again.size() != tensors.size() || metadataAgain != metadata)
        fuzz::finding("the round trip lost tensors or metadata");
    for (const auto &[name, tensor] : tensors) {
        const torch::Tensor &other = again.at(name);
        // Bitwise: NaN payloads in the data must survive too.
        if (other.sizes() != tensor.sizes() || other.scalar_type() != tensor.scalar_type() ||
            (tensor.numel() > 0 &&
             std::memcmp(other.data_ptr(), tensor.data_ptr(),
                         static_cast<std::size_t>(tensor.numel() * tensor.element_size())) != 0))
            fuzz::finding("the round trip changed tensor '" + name + "'");
    }
    return 0;
}
