#include "text/tokenizer.h"

#include "error.h"
#include "text/sentencepiece.h"
#include "text/wordpiece.h"

#include <filesystem>

namespace dbw {

bool Tokenizer::isSpecial(int id) const {
    const SpecialTokenIds ids = specialIds();
    return id == ids.pad || id == ids.unk || id == ids.cls || id == ids.sep || id == ids.mask;
}

std::unique_ptr<Tokenizer> loadTokenizer(const std::string &path) {
    const std::string extension = std::filesystem::path(path).extension().string();
    if (extension == ".model")
        return SentencePieceTokenizer::load(path);
    if (extension == ".txt")
        return WordPieceTokenizer::load(path);
    throw InputError(path, 0,
                     "unknown tokenizer file; expected a sentencepiece PREFIX.model or a BERT "
                     "vocab.txt");
}

}  // namespace dbw
