// Importing a Hugging Face BERT folder (dbw train --set model.init_from=..., dbw fill-mask):
// config.json, vocab.txt and tokenizer_config.json come from the input (three parts split by
// "\n====\n"); the weights are the test fixture's, so that a consistent folder gets as far as
// the tensor names.
#include "fuzzing.h"
#include "model/pretrained.h"

#include <filesystem>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace dbw;
    namespace fs = std::filesystem;
    static const std::string folder = [] {
        const std::string path = fuzz::scratchFolder() + "/bert";
        fs::create_directories(path);
        fs::copy_file(DBW_SOURCE_DIR "/tests/data/hf-bert/model/model.safetensors",
                      path + "/model.safetensors");
        return path;
    }();
    const auto parts = fuzz::splitParts(fuzz::asBytes(data, size), 3);
    fuzz::writeScratchFile("bert/config.json", parts[0]);
    fuzz::writeScratchFile("bert/vocab.txt", parts[1]);
    const std::string tokenizerConfig = folder + "/tokenizer_config.json";
    if (parts[2].empty())
        fs::remove(tokenizerConfig);
    else
        fuzz::writeScratchFile("bert/tokenizer_config.json", parts[2]);
    fuzz::acceptsOrRejectsClearly(folder, [&] {
        const PretrainedBert bert = readPretrainedBert(folder);
        if (bert.model.vocabSize <= 0 || bert.model.hidden <= 0 || bert.model.heads <= 0)
            fuzz::finding("accepted a model with a non-positive size");
    });
    return 0;
}
