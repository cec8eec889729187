// SentencePiece tokenizers: training (unigram or BPE) with the engine's fixed special-token ids,
// loading, encoding and decoding. The sentencepiece library itself is reached through a run-time
// loaded module (text/spm/dbw_spm.h explains why); nothing here exposes its types.
#pragma once

#include "text/tokenizer.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace dbw {

struct SentencePieceTrainOptions {
    std::string modelType = "unigram";  // "unigram" or "bpe"
    int vocabSize = 8000;               // pieces in the model, special and byte pieces included
    double characterCoverage = 0.9995;  // share of characters covered by single-character pieces
    bool byteFallback = true;  // rare characters become <0xNN> byte pieces: decode never loses text
    bool allowSmallerVocab = false;  // true: a small corpus may yield fewer pieces than vocabSize
    int threads = 0;                 // trainer threads; 0 = all cores
    std::size_t maxSentences = 2000000;  // a random sample of this many sentences is used
    bool verbose = false;                // sentencepiece's own progress log on stderr
};

struct SentencePieceTrainResult {
    std::string modelPath;  // PREFIX.model
    std::string vocabPath;  // PREFIX.vocab (piece and score per line, for reading)
    int vocabSize = 0;
    std::size_t sentences = 0;
    double seconds = 0.0;
};

// Trains on `sentences` and writes PREFIX.model and PREFIX.vocab atomically (an existing model is
// replaced only once the new one is complete). Ids: [PAD]=0 [UNK]=1 [CLS]=2 [SEP]=3 [MASK]=4.
// Throws InputError for a bad prefix or options, with a hint when the vocabulary is too large.
SentencePieceTrainResult trainSentencePiece(const std::vector<std::string> &sentences,
                                            const std::string &outputPrefix,
                                            const SentencePieceTrainOptions &options = {});

class SentencePieceTokenizer final : public Tokenizer {
public:
    // Throws InputError naming the file when it is missing or not a sentencepiece model, or when
    // its special pieces are not at the engine's fixed ids.
    static std::unique_ptr<SentencePieceTokenizer> load(const std::string &modelPath);
    ~SentencePieceTokenizer() override;

    std::string kind() const override { return "sentencepiece"; }
    std::string path() const override { return m_path; }
    std::string contentHash() const override { return m_contentHash; }
    std::vector<int> encode(std::string_view text) const override;
    std::vector<std::string> encodeAsPieces(std::string_view text) const override;
    std::string decode(const std::vector<int> &ids) const override;
    int vocabSize() const override { return m_vocabSize; }
    std::string idToPiece(int id) const override;
    int pieceToId(std::string_view piece) const override;
    SpecialTokenIds specialIds() const override { return kSentencePieceSpecialIds; }

private:
    SentencePieceTokenizer() = default;

    void *m_processor = nullptr;
    std::string m_path;
    std::string m_contentHash;
    int m_vocabSize = 0;
};

// Absolute path of the loaded sentencepiece module, loading it if needed (for diagnostics).
std::string sentencePieceModulePath();

}  // namespace dbw
