#include "text/wordpiece.h"

#include "error.h"
#include "text/utf8.h"
#include "util/files.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace dbw {
namespace {

// The code-point classes of BERT's tokenization.py (HF transformers' BasicTokenizer).
bool isWhitespace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_charType(c) == U_SPACE_SEPARATOR;
}

bool isControl(char32_t c) {
    if (c == '\t' || c == '\n' || c == '\r')
        return false;
    switch (u_charType(c)) {
        case U_CONTROL_CHAR:
        case U_FORMAT_CHAR:
        case U_UNASSIGNED:
        case U_PRIVATE_USE_CHAR:
        case U_SURROGATE:
            return true;
        default:
            return false;
    }
}

bool isPunctuation(char32_t c) {
    // BERT treats every non-alphanumeric ASCII character as punctuation ("$", "^", "`" are not in
    // Unicode's P* categories).
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) ||
        (c >= 123 && c <= 126))
        return true;
    return u_ispunct(c);
}

bool isCjk(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2B73F) ||
           (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

bool hasUpperCase(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size())
        if (u_isupper(utf8::next(text, pos)))
            return true;
    return false;
}

// Python's str.lower() followed by NFD and removal of non-spacing marks (BERT's
// _run_strip_accents).
std::string lowerAndStripAccents(const std::string &word) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
    text.toLower(icu::Locale::getRoot());
    const icu::UnicodeString decomposed = nfd->normalize(text, status);
    if (U_FAILURE(status))
        throw std::runtime_error("ICU NFD normalisation failed");
    std::string lowered;
    decomposed.toUTF8String(lowered);
    std::string out;
    std::size_t pos = 0;
    while (pos < lowered.size()) {
        const char32_t c = utf8::next(lowered, pos);
        if (u_charType(c) != U_NON_SPACING_MARK)
            utf8::append(out, c);
    }
    return out;
}

}  // namespace

std::unique_ptr<WordPieceTokenizer> WordPieceTokenizer::load(const std::string &vocabPath,
                                                             const WordPieceOptions &options) {
    const std::string contents = readWholeFile(vocabPath);
    if (contents.empty())
        throw InputError(vocabPath, 0,
                         "the file is empty; expected a BERT vocab.txt (one piece per line)");
    std::vector<std::string> vocabulary;
    std::size_t start = 0;
    while (start < contents.size()) {
        std::size_t end = contents.find('\n', start);
        if (end == std::string::npos)
            end = contents.size();
        std::string piece = contents.substr(start, end - start);
        if (!piece.empty() && piece.back() == '\r')
            piece.pop_back();
        const std::size_t line = vocabulary.size() + 1;
        if (piece.find('\0') != std::string::npos)
            throw InputError(vocabPath, line,
                             "found a NUL byte: this looks like a binary file; expected a BERT "
                             "vocab.txt");
        if (utf8::findInvalid(piece) != utf8::npos)
            throw InputError(vocabPath, line, "invalid UTF-8; expected a BERT vocab.txt");
        vocabulary.push_back(std::move(piece));
        start = end + 1;
    }
    std::unique_ptr<WordPieceTokenizer> tokenizer(new WordPieceTokenizer);
    tokenizer->m_vocabulary = std::move(vocabulary);
    tokenizer->m_path = vocabPath;
    tokenizer->m_contentHash = dbw::contentHash(contents);
    tokenizer->finishSetup(options, vocabPath);
    return tokenizer;
}

std::unique_ptr<WordPieceTokenizer> WordPieceTokenizer::fromVocabulary(
    std::vector<std::string> vocabulary, const WordPieceOptions &options) {
    std::unique_ptr<WordPieceTokenizer> tokenizer(new WordPieceTokenizer);
    std::string joined;
    for (const std::string &piece : vocabulary)
        joined += piece + "\n";
    tokenizer->m_vocabulary = std::move(vocabulary);
    tokenizer->m_path = "(in memory)";
    tokenizer->m_contentHash = dbw::contentHash(joined);
    tokenizer->finishSetup(options, tokenizer->m_path);
    return tokenizer;
}

void WordPieceTokenizer::finishSetup(const WordPieceOptions &options, const std::string &origin) {
    m_maxCharsPerWord = options.maxCharsPerWord;
    bool anyUpper = false;
    for (std::size_t id = 0; id < m_vocabulary.size(); ++id) {
        const std::string &piece = m_vocabulary[id];
        m_ids[piece] = static_cast<int>(id);  // a duplicate keeps the later id, as BERT's loader
        const bool bracketed = piece.size() > 2 && piece.front() == '[' && piece.back() == ']';
        if (!bracketed && !anyUpper && hasUpperCase(piece))
            anyUpper = true;
    }
    auto require = [&](const char *piece) {
        const auto found = m_ids.find(piece);
        if (found == m_ids.end())
            throw InputError(origin, 0,
                             std::string("the vocabulary has no ") + piece +
                                 " entry; expected a BERT vocab.txt with [PAD] [UNK] [CLS] [SEP] "
                                 "[MASK]");
        return found->second;
    };
    m_special = {require(kPadPiece), require(kUnkPiece), require(kClsPiece), require(kSepPiece),
                 require(kMaskPiece)};
    switch (options.casing) {
        case WordPieceCasing::Auto:
            m_lowerCase = !anyUpper;
            break;
        case WordPieceCasing::Lower:
            m_lowerCase = true;
            break;
        case WordPieceCasing::Keep:
            m_lowerCase = false;
            break;
    }
}

std::vector<std::string> WordPieceTokenizer::basicTokenize(std::string_view text) const {
    if (utf8::findInvalid(text) != utf8::npos)
        throw std::invalid_argument("text is not valid UTF-8");
    // Clean-up and CJK spacing in one pass.
    std::string cleaned;
    cleaned.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t c = utf8::next(text, pos);
        if (c == 0 || c == 0xFFFD || isControl(c))
            continue;
        if (isWhitespace(c)) {
            cleaned += ' ';
        } else if (isCjk(c)) {
            cleaned += ' ';
            utf8::append(cleaned, c);
            cleaned += ' ';
        } else {
            utf8::append(cleaned, c);
        }
    }

    std::vector<std::string> tokens;
    std::size_t start = 0;
    while (start < cleaned.size()) {
        const std::size_t end = std::min(cleaned.find(' ', start), cleaned.size());
        std::string word = cleaned.substr(start, end - start);
        start = end + 1;
        if (word.empty())
            continue;
        if (word == kPadPiece || word == kUnkPiece || word == kClsPiece || word == kSepPiece ||
            word == kMaskPiece) {
            tokens.push_back(word);  // special tokens are never split (BERT's never_split)
            continue;
        }
        if (m_lowerCase)
            word = lowerAndStripAccents(word);
        // Split on punctuation: each punctuation character is a token of its own.
        std::string current;
        std::size_t p = 0;
        while (p < word.size()) {
            const std::size_t before = p;
            const char32_t c = utf8::next(word, p);
            if (isPunctuation(c)) {
                if (!current.empty())
                    tokens.push_back(std::move(current));
                current.clear();
                tokens.push_back(word.substr(before, p - before));
            } else {
                current.append(word, before, p - before);
            }
        }
        if (!current.empty())
            tokens.push_back(std::move(current));
    }
    return tokens;
}

void WordPieceTokenizer::wordPiece(const std::string &word,
                                   std::vector<std::string> &pieces) const {
    std::vector<std::size_t> offsets;  // byte offset of each code point, plus the end
    for (std::size_t pos = 0; pos < word.size();) {
        offsets.push_back(pos);
        utf8::next(word, pos);
    }
    const std::size_t characters = offsets.size();
    offsets.push_back(word.size());
    if (static_cast<int>(characters) > m_maxCharsPerWord) {
        pieces.push_back(m_vocabulary[m_special.unk]);
        return;
    }
    std::vector<std::string> found;
    std::size_t start = 0;
    while (start < characters) {
        std::size_t end = characters;
        std::string match;
        while (start < end) {
            std::string candidate = word.substr(offsets[start], offsets[end] - offsets[start]);
            if (start > 0)
                candidate = "##" + candidate;
            if (m_ids.count(candidate)) {
                match = std::move(candidate);
                break;
            }
            --end;
        }
        if (match.empty()) {  // one unmatched stretch makes the whole word unknown, as in BERT
            pieces.push_back(m_vocabulary[m_special.unk]);
            return;
        }
        found.push_back(std::move(match));
        start = end;
    }
    pieces.insert(pieces.end(), found.begin(), found.end());
}

std::vector<std::string> WordPieceTokenizer::encodeAsPieces(std::string_view text) const {
    std::vector<std::string> pieces;
    for (const std::string &word : basicTokenize(text)) {
        if (m_ids.count(word) && word.front() == '[' && word.back() == ']')
            pieces.push_back(word);
        else
            wordPiece(word, pieces);
    }
    return pieces;
}

std::vector<int> WordPieceTokenizer::encode(std::string_view text) const {
    std::vector<int> ids;
    for (const std::string &piece : encodeAsPieces(text))
        ids.push_back(m_ids.at(piece));
    return ids;
}

std::string WordPieceTokenizer::decode(const std::vector<int> &ids) const {
    std::string text;
    for (const int id : ids) {
        if (id == m_special.pad)
            continue;
        const std::string &piece = m_vocabulary.at(static_cast<std::size_t>(id));
        if (piece.rfind("##", 0) == 0 && !text.empty()) {
            text += piece.substr(2);
        } else {
            if (!text.empty())
                text += ' ';
            text += piece;
        }
    }
    return text;
}

std::string WordPieceTokenizer::idToPiece(int id) const {
    if (id < 0 || id >= vocabSize())
        throw std::out_of_range("token id " + std::to_string(id) + " is outside the vocabulary");
    return m_vocabulary[static_cast<std::size_t>(id)];
}

int WordPieceTokenizer::pieceToId(std::string_view piece) const {
    const auto found = m_ids.find(std::string(piece));
    return found == m_ids.end() ? m_special.unk : found->second;
}

}  // namespace dbw
