// A BERT vocab.txt (--set tokenizer.path=..., Hugging Face imports): loading, then tokenising
// the same bytes as text, and decoding what came out.
#include "fuzzing.h"
#include "text/wordpiece.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace dbw;
    const std::string_view input = fuzz::asBytes(data, size);
    const std::string path = fuzz::writeScratchFile("vocab.txt", input);
    std::unique_ptr<WordPieceTokenizer> tokenizer;
    if (!fuzz::acceptsOrRejectsClearly(path, [&] { tokenizer = WordPieceTokenizer::load(path); }))
        return 0;
    const std::vector<int> ids = tokenizer->encode(input);
    for (const int id : ids)
        if (id < 0 || id >= tokenizer->vocabSize())
            fuzz::finding("encode gave id " + std::to_string(id) + " outside the vocabulary");
    tokenizer->encodeAsPieces(input);
    tokenizer->decode(ids);
    return 0;
}
