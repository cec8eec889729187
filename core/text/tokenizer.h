// The tokenizer interface the engine uses (SentencePiece or BERT WordPiece behind it), the fixed
// special-token ids, and loading a tokenizer from a file by its kind. Training lives with each
// kind.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dbw {

// Ids of the special tokens. SentencePiece models trained by the engine always use
// kSentencePieceSpecialIds; a BERT vocab.txt brings its own (bert-base: 0, 100, 101, 102, 103).
struct SpecialTokenIds {
    int pad = 0;
    int unk = 1;
    int cls = 2;
    int sep = 3;
    int mask = 4;
};
inline constexpr SpecialTokenIds kSentencePieceSpecialIds{0, 1, 2, 3, 4};
inline constexpr const char *kPadPiece = "[PAD]";
inline constexpr const char *kUnkPiece = "[UNK]";
inline constexpr const char *kClsPiece = "[CLS]";
inline constexpr const char *kSepPiece = "[SEP]";
inline constexpr const char *kMaskPiece = "[MASK]";

class Tokenizer {
public:
    virtual ~Tokenizer() = default;

    virtual std::string kind() const = 0;  // "sentencepiece" or "wordpiece"
    // The file it was loaded from and a hash of its contents: the tokenizer's identity in a run.
    virtual std::string path() const = 0;
    virtual std::string contentHash() const = 0;

    virtual std::vector<int> encode(std::string_view text) const = 0;
    // Pieces as strings, for display (e.g. "▁the" or "##able").
    virtual std::vector<std::string> encodeAsPieces(std::string_view text) const = 0;
    // Text from ids; [PAD] ids are dropped. Throws std::out_of_range for an id outside the vocab.
    virtual std::string decode(const std::vector<int> &ids) const = 0;

    virtual int vocabSize() const = 0;
    virtual std::string idToPiece(int id) const = 0;
    virtual int pieceToId(std::string_view piece) const = 0;  // the [UNK] id when absent
    virtual SpecialTokenIds specialIds() const = 0;
    bool isSpecial(int id) const;
};

// Loads a tokenizer by file: "*.model" -> SentencePiece, "*.txt" (a BERT vocab) -> WordPiece.
// Throws InputError naming the file when it is missing or not a tokenizer.
std::unique_ptr<Tokenizer> loadTokenizer(const std::string &path);

}  // namespace dbw
