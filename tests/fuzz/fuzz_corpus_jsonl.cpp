// DiffuSeq jsonl corpora ({"src": ..., "trg": ...} per line): readCorpus, then the pairs as the
// seq2seq trainer encodes them with a WordPiece vocabulary.
#include "fuzzing.h"
#include "text/corpus.h"
#include "text/seq2seq.h"
#include "text/wordpiece.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace dbw;
    static const auto tokenizer =
        WordPieceTokenizer::load(DBW_SOURCE_DIR "/tests/data/overfit-vocab.txt");
    const std::string path = fuzz::writeScratchFile("corpus.jsonl", fuzz::asBytes(data, size));
    CorpusReadOptions options;
    options.format = CorpusFormat::DiffuSeqJsonl;
    options.maxLineBytes = 4096;
    fuzz::acceptsOrRejectsClearly(path, [&] {
        const Corpus corpus = readCorpus(path, options);
        computeCorpusStats(corpus, tokenizer.get());
        encodePairs(*tokenizer, corpus.examples, 32);
    });
    return 0;
}
