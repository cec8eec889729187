// Corpus readers: plain text (one sentence per line) and DiffuSeq jsonl ({"src": ..., "trg": ...}
// per line), with validation that names the file and line of every problem, and corpus statistics.
// Reading is strict (invalid UTF-8, binary data, over-long lines are errors); tokenisation is not
// here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dbw {

class Tokenizer;

enum class CorpusFormat {
    Auto,           // by extension: .jsonl -> DiffuSeqJsonl, anything else -> PlainText
    PlainText,      // one sentence per line; blank lines are skipped
    DiffuSeqJsonl,  // one JSON object per line with string fields "src" and "trg"
};

std::string toString(CorpusFormat format);
// Accepts "auto", "text", "jsonl"; throws std::invalid_argument otherwise.
CorpusFormat corpusFormatFromString(const std::string &name);

struct CorpusReadOptions {
    CorpusFormat format = CorpusFormat::Auto;  // how to parse each line
    std::size_t maxLineBytes = 64 * 1024;      // a longer line is an error (a sentence, not a book)
    std::size_t maxLines = 0;                  // stop after this many examples; 0 = read everything
};

struct CorpusExample {
    std::string text;      // the sentence (plain text) or the target "trg" (jsonl)
    std::string source;    // the conditioning "src" (jsonl only; empty for plain text)
    std::size_t line = 0;  // 1-based line number in the file
};

struct Corpus {
    std::string path;
    CorpusFormat format = CorpusFormat::PlainText;  // the resolved format, never Auto
    std::vector<CorpusExample> examples;
    std::size_t totalLines = 0;  // physical lines read, blank ones included
    std::size_t blankLines = 0;
    std::uint64_t sizeBytes = 0;
    std::string contentHash;  // FNV-1a of the file's bytes (see util/files.h)

    // Every text a tokenizer should see: for jsonl both src and trg, for plain text the sentences.
    std::vector<std::string> allTexts() const;
};

// Reads and validates a corpus. Throws InputError naming the file, the line and what was expected
// for: a missing or unreadable file, an empty file (or one with only blank lines), binary data
// (NUL bytes), invalid UTF-8, a line longer than maxLineBytes, and for jsonl a line that is not a
// JSON object or lacks a string "src" / "trg". CRLF line ends, a UTF-8 byte-order mark and a
// missing final newline are accepted.
Corpus readCorpus(const std::string &path, const CorpusReadOptions &options = {});

// The held-out share a run validates on when it has no validation file: `fraction` of `texts`
// (at least one), chosen by a shuffle seeded with `seed`, removed from `texts` and returned. The
// same texts, fraction and seed always give the same split (training and a later evaluation).
std::vector<std::string> holdOutShare(std::vector<std::string> &texts, double fraction,
                                      std::uint64_t seed);
// The same for source-target pairs (data.task = seq2seq): pairs are held out whole.
std::vector<CorpusExample> holdOutShare(std::vector<CorpusExample> &examples, double fraction,
                                        std::uint64_t seed);

struct LengthHistogram {
    std::size_t bucketWidth = 1;  // bucket k holds lengths [k*width, (k+1)*width)
    std::vector<std::size_t> counts;
};

struct CorpusStats {
    std::size_t examples = 0;    // non-blank lines
    std::size_t totalLines = 0;  // physical lines, blank ones included
    std::size_t blankLines = 0;
    std::uint64_t sizeBytes = 0;
    std::uint64_t characters = 0;  // Unicode code points in the texts
    std::uint64_t words = 0;       // whitespace-separated words in the texts
    std::uint64_t tokens = 0;      // tokenizer pieces; 0 when no tokenizer was given
    bool tokenized = false;
    std::string lengthUnit;  // "words" or "tokens": what the lengths below count
    std::size_t minLength = 0;
    std::size_t maxLength = 0;
    double meanLength = 0.0;
    std::size_t medianLength = 0;
    LengthHistogram histogram;  // at most `maxBuckets` buckets
};

// Statistics over the texts (the targets for jsonl). With a tokenizer, lengths are in tokens.
CorpusStats computeCorpusStats(const Corpus &corpus, const Tokenizer *tokenizer = nullptr,
                               std::size_t maxBuckets = 32);

// Whitespace-separated words of a text (ASCII whitespace), as the per-word perplexity counts them.
std::size_t countWords(const std::string &text);

}  // namespace dbw
