#include "text/corpus.h"

#include "error.h"
#include "text/tokenizer.h"
#include "text/utf8.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

namespace dbw {
namespace {

bool endsWith(const std::string &text, const std::string &suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool isBlank(const std::string &line) {
    return std::all_of(line.begin(), line.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; });
}

std::string describeByte(unsigned char byte) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
    return buffer;
}

// Validates one physical line (without its '\n') and strips a trailing '\r'.
void checkLine(const std::string &path, std::size_t lineNumber, std::string &line) {
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    const std::size_t nul = line.find('\0');
    if (nul != std::string::npos)
        throw InputError(path, lineNumber,
                         "found a NUL byte at byte " + std::to_string(nul + 1) +
                             ": this looks like a binary file; expected UTF-8 text");
    const std::size_t bad = utf8::findInvalid(line);
    if (bad != utf8::npos)
        throw InputError(path, lineNumber,
                         "invalid UTF-8 (byte " +
                             describeByte(static_cast<unsigned char>(line[bad])) + " at column " +
                             std::to_string(utf8::columnOf(line, bad)) +
                             "); expected UTF-8 text (convert it, e.g. iconv -f latin1 -t utf-8)");
}

std::string jsonTypeName(const nlohmann::json &value) {
    return value.type_name();  // "array", "string", "number", ...
}

CorpusExample parseJsonlLine(const std::string &path, std::size_t lineNumber,
                             const std::string &line) {
    nlohmann::json object;
    try {
        object = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception &error) {  // parse_error, or out_of_range for 1e999
        // nlohmann's message starts with "[json.exception.parse_error.101] parse error at ...".
        std::string detail = error.what();
        const auto bracket = detail.find("] ");
        if (bracket != std::string::npos)
            detail = detail.substr(bracket + 2);
        throw InputError(
            path, lineNumber,
            "expected a JSON object like {\"src\": \"...\", \"trg\": \"...\"}; " + detail);
    }
    if (!object.is_object())
        throw InputError(
            path, lineNumber,
            "expected a JSON object like {\"src\": \"...\", \"trg\": \"...\"}, found " +
                std::string(jsonTypeName(object) == "array" ? "an " : "a ") + jsonTypeName(object));
    CorpusExample example;
    example.line = lineNumber;
    for (const char *field : {"src", "trg"}) {
        const auto it = object.find(field);
        if (it == object.end())
            throw InputError(path, lineNumber,
                             std::string("the object has no \"") + field +
                                 "\" field; expected string fields \"src\" and \"trg\"");
        if (!it->is_string())
            throw InputError(path, lineNumber,
                             std::string("field \"") + field + "\" is " + jsonTypeName(*it) +
                                 ", expected a string");
        (std::strcmp(field, "src") == 0 ? example.source : example.text) = it->get<std::string>();
    }
    return example;
}

}  // namespace

std::string toString(CorpusFormat format) {
    switch (format) {
        case CorpusFormat::Auto:
            return "auto";
        case CorpusFormat::PlainText:
            return "text";
        case CorpusFormat::DiffuSeqJsonl:
            return "jsonl";
    }
    return "auto";
}

CorpusFormat corpusFormatFromString(const std::string &name) {
    if (name == "auto")
        return CorpusFormat::Auto;
    if (name == "text" || name == "txt")
        return CorpusFormat::PlainText;
    if (name == "jsonl")
        return CorpusFormat::DiffuSeqJsonl;
    throw std::invalid_argument("unknown corpus format '" + name +
                                "' (expected auto, text or jsonl)");
}

namespace {

template <typename Item>
std::vector<Item> holdOut(std::vector<Item> &items, double fraction, std::uint64_t seed) {
    std::mt19937_64 generator(seed ^ 0x5eedULL);
    std::shuffle(items.begin(), items.end(), generator);
    const std::size_t held = std::max<std::size_t>(
        1, static_cast<std::size_t>(static_cast<double>(items.size()) * fraction));
    std::vector<Item> share(items.end() - static_cast<std::ptrdiff_t>(held), items.end());
    items.resize(items.size() - held);
    return share;
}

}  // namespace

std::vector<std::string> holdOutShare(std::vector<std::string> &texts, double fraction,
                                      std::uint64_t seed) {
    return holdOut(texts, fraction, seed);
}

std::vector<CorpusExample> holdOutShare(std::vector<CorpusExample> &examples, double fraction,
                                        std::uint64_t seed) {
    return holdOut(examples, fraction, seed);
}

std::vector<std::string> Corpus::allTexts() const {
    std::vector<std::string> texts;
    texts.reserve(examples.size() * (format == CorpusFormat::DiffuSeqJsonl ? 2 : 1));
    for (const CorpusExample &example : examples) {
        if (format == CorpusFormat::DiffuSeqJsonl)
            texts.push_back(example.source);
        texts.push_back(example.text);
    }
    return texts;
}

Corpus readCorpus(const std::string &path, const CorpusReadOptions &options) {
    Corpus corpus;
    corpus.path = path;
    corpus.format = options.format;
    if (corpus.format == CorpusFormat::Auto)
        corpus.format =
            endsWith(path, ".jsonl") ? CorpusFormat::DiffuSeqJsonl : CorpusFormat::PlainText;

    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored))
        throw InputError(path, 0, "is a folder; expected a text file with one sentence per line");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, 0,
                         std::string("cannot open the corpus: ") + std::strerror(errno) +
                             "; expected a readable text file");

    // Read in chunks rather than with getline so that a binary file without newlines is rejected
    // after maxLineBytes, not after it has been loaded whole.
    std::string line;
    std::size_t lineNumber = 0;
    bool sawAnyByte = false;
    auto finishLine = [&]() {
        ++lineNumber;
        if (lineNumber == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0)
            line.erase(0, 3);
        checkLine(path, lineNumber, line);
        if (line.empty() || isBlank(line)) {
            ++corpus.blankLines;
        } else if (corpus.format == CorpusFormat::DiffuSeqJsonl) {
            corpus.examples.push_back(parseJsonlLine(path, lineNumber, line));
        } else {
            corpus.examples.push_back({line, {}, lineNumber});
        }
        line.clear();
    };

    // The file is read once, through one descriptor, hashing as it goes: a FIFO or a pipe
    // cannot be opened a second time.
    ContentHasher hasher;
    char buffer[1 << 16];
    bool stop = false;
    while (!stop && in) {
        in.read(buffer, sizeof buffer);
        const auto got = static_cast<std::size_t>(in.gcount());
        hasher.add(buffer, got);
        corpus.sizeBytes += got;
        sawAnyByte = sawAnyByte || got > 0;
        std::size_t start = 0;
        while (start < got) {
            const void *found = std::memchr(buffer + start, '\n', got - start);
            const std::size_t end =
                found ? static_cast<std::size_t>(static_cast<const char *>(found) - buffer) : got;
            line.append(buffer + start, end - start);
            if (line.size() > options.maxLineBytes + 1)  // +1: a '\r' before '\n' is allowed
                throw InputError(path, lineNumber + 1,
                                 "line is longer than " + std::to_string(options.maxLineBytes) +
                                     " bytes; expected one sentence per line (is this the "
                                     "right file?)");
            if (!found)
                break;
            finishLine();
            start = end + 1;
            if (options.maxLines > 0 && corpus.examples.size() >= options.maxLines) {
                stop = true;
                break;
            }
        }
    }
    if (in.bad())
        throw InputError(path, lineNumber + 1, "read error");
    if (!stop && !line.empty())
        finishLine();  // last line without a final newline
    if (!sawAnyByte)
        throw InputError(path, 0, "the file is empty; expected one sentence per line");
    if (corpus.examples.empty())
        throw InputError(path, 0,
                         "the file has only blank lines (" + std::to_string(lineNumber) +
                             "); expected at least one sentence");
    while (stop && in) {  // a partial read: the size, like the hash, describes the whole file
        in.read(buffer, sizeof buffer);
        const auto got = static_cast<std::size_t>(in.gcount());
        hasher.add(buffer, got);
        corpus.sizeBytes += got;
    }
    corpus.totalLines = lineNumber;
    corpus.contentHash = hasher.hex();
    return corpus;
}

std::size_t countWords(const std::string &text) {
    std::size_t words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space =
            c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

CorpusStats computeCorpusStats(const Corpus &corpus, const Tokenizer *tokenizer,
                               std::size_t maxBuckets) {
    CorpusStats stats;
    stats.examples = corpus.examples.size();
    stats.totalLines = corpus.totalLines;
    stats.blankLines = corpus.blankLines;
    stats.sizeBytes = corpus.sizeBytes;
    stats.tokenized = tokenizer != nullptr;
    stats.lengthUnit = tokenizer ? "tokens" : "words";

    std::vector<std::size_t> lengths;
    lengths.reserve(corpus.examples.size());
    for (const CorpusExample &example : corpus.examples) {
        stats.characters += utf8::codePointCount(example.text);
        const std::size_t words = countWords(example.text);
        stats.words += words;
        std::size_t length = words;
        if (tokenizer) {
            length = tokenizer->encode(example.text).size();
            stats.tokens += length;
        }
        lengths.push_back(length);
    }
    if (lengths.empty())
        return stats;

    std::vector<std::size_t> sorted = lengths;
    std::sort(sorted.begin(), sorted.end());
    stats.minLength = sorted.front();
    stats.maxLength = sorted.back();
    stats.medianLength = sorted[sorted.size() / 2];
    double sum = 0;
    for (const std::size_t length : lengths)
        sum += static_cast<double>(length);
    stats.meanLength = sum / static_cast<double>(lengths.size());

    maxBuckets = std::max<std::size_t>(maxBuckets, 1);
    const std::size_t width = std::max<std::size_t>(1, (stats.maxLength + maxBuckets) / maxBuckets);
    stats.histogram.bucketWidth = width;
    stats.histogram.counts.assign(stats.maxLength / width + 1, 0);
    for (const std::size_t length : lengths)
        ++stats.histogram.counts[length / width];
    return stats;
}

}  // namespace dbw
