// Word-frequency JSON (the spindle schedule's token informativeness, dbw wordfreq): loading with
// and without the tokenizer it must have been counted with, then the spindle offsets.
#include "fuzzing.h"
#include "text/wordfreq.h"
#include "text/wordpiece.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace dbw;
    static const auto tokenizer =
        WordPieceTokenizer::load(DBW_SOURCE_DIR "/tests/data/wordfreq-vocab.txt");
    const std::string path = fuzz::writeScratchFile("wordfreq.json", fuzz::asBytes(data, size));
    fuzz::acceptsOrRejectsClearly(path, [&] { loadWordFrequencies(path).spindleOffsets(); });
    fuzz::acceptsOrRejectsClearly(path, [&] {
        const WordFrequencies frequencies = loadWordFrequencies(path, tokenizer.get());
        if (static_cast<int>(frequencies.spindleOffsets().size()) != tokenizer->vocabSize())
            fuzz::finding("offsets for another vocabulary size were accepted");
    });
    return 0;
}
