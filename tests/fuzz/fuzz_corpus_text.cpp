// Plain-text corpora (one sentence per line): readCorpus, then the statistics the Corpus page
// shows.
#include "fuzzing.h"
#include "text/corpus.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace dbw;
    const std::string path = fuzz::writeScratchFile("corpus.txt", fuzz::asBytes(data, size));
    CorpusReadOptions options;
    options.format = CorpusFormat::PlainText;
    options.maxLineBytes = 4096;  // small enough that the fuzzer reaches the limit
    fuzz::acceptsOrRejectsClearly(path, [&] {
        const Corpus corpus = readCorpus(path, options);
        if (corpus.examples.empty())
            fuzz::finding("an accepted corpus without a sentence");
        computeCorpusStats(corpus);
    });
    return 0;
}
