// BERT WordPiece: loads a BERT vocab.txt (uncased or cased) and tokenises like BERT's
// BasicTokenizer + WordpieceTokenizer (clean-up, CJK spacing, lower-casing and accent stripping
// for uncased vocabularies, punctuation splitting, greedy longest-match-first with "##").
#pragma once

#include "text/tokenizer.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace dbw {

enum class WordPieceCasing {
    Auto,   // uncased when no vocabulary entry has an upper-case letter (bert-base-uncased)
    Lower,  // lower-case and strip accents before splitting (BERT's do_lower_case=True)
    Keep,   // cased vocabulary: text is used as it is
};

struct WordPieceOptions {
    WordPieceCasing casing = WordPieceCasing::Auto;
    int maxCharsPerWord = 100;  // longer words become [UNK], as in BERT
};

class WordPieceTokenizer final : public Tokenizer {
public:
    // Throws InputError naming the file (and line) for a missing file, invalid UTF-8, or a
    // vocabulary without [PAD], [UNK], [CLS], [SEP] and [MASK].
    static std::unique_ptr<WordPieceTokenizer> load(const std::string &vocabPath,
                                                    const WordPieceOptions &options = {});
    // From an in-memory vocabulary (index = id); for tests and converted checkpoints.
    static std::unique_ptr<WordPieceTokenizer> fromVocabulary(std::vector<std::string> vocabulary,
                                                              const WordPieceOptions &options = {});

    std::string kind() const override { return "wordpiece"; }
    std::string path() const override { return m_path; }
    std::string contentHash() const override { return m_contentHash; }
    std::vector<int> encode(std::string_view text) const override;
    std::vector<std::string> encodeAsPieces(std::string_view text) const override;
    // Pieces joined by spaces with "##" continuations glued to the piece before them.
    std::string decode(const std::vector<int> &ids) const override;
    int vocabSize() const override { return static_cast<int>(m_vocabulary.size()); }
    std::string idToPiece(int id) const override;
    int pieceToId(std::string_view piece) const override;
    SpecialTokenIds specialIds() const override { return m_special; }

    bool lowerCases() const { return m_lowerCase; }
    // BERT's BasicTokenizer alone: the words and punctuation before WordPiece splitting.
    std::vector<std::string> basicTokenize(std::string_view text) const;

private:
    WordPieceTokenizer() = default;
    void finishSetup(const WordPieceOptions &options, const std::string &origin);
    void wordPiece(const std::string &word, std::vector<std::string> &pieces) const;

    std::vector<std::string> m_vocabulary;
    std::unordered_map<std::string, int> m_ids;
    SpecialTokenIds m_special;
    bool m_lowerCase = true;
    int m_maxCharsPerWord = 100;
    std::string m_path;
    std::string m_contentHash;
};

}  // namespace dbw
