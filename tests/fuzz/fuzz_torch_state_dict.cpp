// pytorch_model.bin (torch.save's zip of a pickle and raw storages), read without running the
// pickle: the zip directory, the pickle opcodes and the storage records.
#include "fuzzing.h"
#include "model/torchpickle.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace dbw;
    const std::string path = fuzz::writeScratchFile("pytorch_model.bin", fuzz::asBytes(data, size));
    fuzz::acceptsOrRejectsClearly(path, [&] {
        for (const auto &[name, tensor] : loadTorchStateDict(path))
            if (!tensor.defined())
                fuzz::finding("an undefined tensor '" + name + "'");
    });
    return 0;
}
