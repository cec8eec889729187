// dbw tokenizer / corpus / wordfreq: the text pipeline from the command line.
#include "commands.h"
#include "options.h"

#include "error.h"
#include "text/corpus.h"
#include "text/sentencepiece.h"
#include "text/tokenizer.h"
#include "text/utf8.h"
#include "text/wordfreq.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <numeric>
#include <sstream>

namespace dbw::cli {
namespace {

using nlohmann::json;

const OptionSpec kJsonOption{"json", "", "print machine-readable JSON on stdout"};
const OptionSpec kFormatOption{"format", "auto|text|jsonl",
                               "corpus format (default: by extension, .jsonl = DiffuSeq jsonl)"};

CorpusReadOptions readOptions(const Options &options) {
    CorpusReadOptions read;
    try {
        read.format = corpusFormatFromString(options.text("format", "auto"));
    } catch (const std::invalid_argument &error) {
        throw UsageError(std::string("--format: ") + error.what());
    }
    return read;
}

json histogramJson(const LengthHistogram &histogram) {
    json buckets = json::array();
    for (std::size_t k = 0; k < histogram.counts.size(); ++k)
        buckets.push_back({{"from", k * histogram.bucketWidth},
                           {"to", (k + 1) * histogram.bucketWidth - 1},
                           {"count", histogram.counts[k]}});
    return buckets;
}

// Lines of text to encode/decode: --text, else --input FILE, else stdin.
std::vector<std::pair<std::string, std::string>> inputLines(const Options &options,
                                                            const std::string &inlineName) {
    std::vector<std::pair<std::string, std::string>> lines;  // (where, line)
    if (options.has(inlineName)) {
        lines.emplace_back("--" + inlineName, options.text(inlineName));
        return lines;
    }
    const std::string inputPath = options.text("input");
    std::ifstream file;
    if (!inputPath.empty()) {
        file.open(inputPath, std::ios::binary);
        if (!file)
            throw InputError(inputPath, 0, "cannot open the input file");
    }
    std::istream &in = inputPath.empty() ? std::cin : file;
    const std::string name = inputPath.empty() ? "stdin" : inputPath;
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (const std::size_t bad = utf8::findInvalid(line); bad != utf8::npos)
            throw InputError(name, number,
                             "invalid UTF-8 at column " +
                                 std::to_string(utf8::columnOf(line, bad)) +
                                 "; expected UTF-8 text");
        lines.emplace_back(name + ":" + std::to_string(number), line);
    }
    return lines;
}

int tokenizerTrain(const Arguments &arguments) {
    const Options options(
        "dbw tokenizer train", arguments,
        {{"corpus", "FILE", "training corpus (text or DiffuSeq jsonl)"},
         {"out", "PREFIX", "writes PREFIX.model and PREFIX.vocab"},
         {"vocab-size", "N", "pieces in the vocabulary (default 8000)"},
         {"type", "unigram|bpe", "model type (default unigram)"},
         kFormatOption,
         {"threads", "N", "trainer threads (default: all cores)"},
         {"allow-smaller-vocab", "", "accept fewer pieces than --vocab-size on a small corpus"},
         {"verbose", "", "show sentencepiece's own log"},
         kJsonOption});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw tokenizer train --corpus FILE --vocab-size N --out PREFIX [options]",
            "Trains a SentencePiece tokenizer with [PAD]=0 [UNK]=1 [CLS]=2 [SEP]=3 [MASK]=4.");
        return 0;
    }
    SentencePieceTrainOptions train;
    train.vocabSize = options.integer("vocab-size", 8000, 16, 1000000);
    train.modelType = options.text("type", "unigram");
    if (train.modelType != "unigram" && train.modelType != "bpe")
        throw UsageError("dbw tokenizer train: --type expects unigram or bpe, got '" +
                         train.modelType + "'");
    train.threads = options.integer("threads", 0, 0, 1024);
    train.allowSmallerVocab = options.has("allow-smaller-vocab");
    train.verbose = options.has("verbose");
    const std::string corpusPath = options.required("corpus");
    const std::string prefix = options.required("out");

    std::cerr << "reading " << corpusPath << "\n";
    const Corpus corpus = readCorpus(corpusPath, readOptions(options));
    std::cerr << "training a " << train.modelType << " tokenizer with " << train.vocabSize
              << " pieces on " << corpus.examples.size() << " examples\n";
    const SentencePieceTrainResult result = trainSentencePiece(corpus.allTexts(), prefix, train);
    if (options.has("json")) {
        std::cout << json{{"model", result.modelPath},     {"vocab", result.vocabPath},
                          {"type", train.modelType},       {"vocab_size", result.vocabSize},
                          {"sentences", result.sentences}, {"seconds", result.seconds},
                          {"corpus", corpusPath},          {"corpus_hash", corpus.contentHash}}
                         .dump(2)
                  << "\n";
    } else {
        std::printf(
            "trained %s tokenizer: %d pieces from %zu sentences in %.1f s\n  model: %s\n"
            "  vocab: %s\n",
            train.modelType.c_str(), result.vocabSize, result.sentences, result.seconds,
            result.modelPath.c_str(), result.vocabPath.c_str());
    }
    return 0;
}

int tokenizerEncode(const Arguments &arguments) {
    const Options options("dbw tokenizer encode", arguments,
                          {{"model", "PATH", "PREFIX.model (SentencePiece) or vocab.txt (BERT)"},
                           {"text", "TEXT", "text to encode (default: each line of --input)"},
                           {"input", "FILE", "file with one text per line (default: stdin)"},
                           {"pieces", "", "print pieces instead of ids"},
                           kJsonOption});
    if (options.helpRequested()) {
        std::cout << options.usage("dbw tokenizer encode --model PATH [--text TEXT | --input FILE]",
                                   "Encodes text to token ids (one output line per input line).");
        return 0;
    }
    const auto tokenizer = loadTokenizer(options.required("model"));
    for (const auto &[where, line] : inputLines(options, "text")) {
        std::vector<int> ids;
        try {
            ids = tokenizer->encode(line);
        } catch (const std::invalid_argument &error) {
            throw InputError(where, 0, std::string(error.what()) + "; expected UTF-8 text");
        }
        if (options.has("json")) {
            std::cout << json{{"text", line},
                              {"ids", ids},
                              {"pieces", tokenizer->encodeAsPieces(line)}}
                             .dump()
                      << "\n";
            continue;
        }
        std::string out;
        if (options.has("pieces")) {
            for (const std::string &piece : tokenizer->encodeAsPieces(line))
                out += (out.empty() ? "" : " ") + piece;
        } else {
            for (const int id : ids)
                out += (out.empty() ? "" : " ") + std::to_string(id);
        }
        std::cout << out << "\n";
    }
    return 0;
}

int tokenizerDecode(const Arguments &arguments) {
    const Options options(
        "dbw tokenizer decode", arguments,
        {{"model", "PATH", "PREFIX.model (SentencePiece) or vocab.txt (BERT)"},
         {"ids", "\"ID ID ...\"", "ids to decode (default: each line of --input)"},
         {"input", "FILE", "file with one line of ids per text (default: stdin)"},
         kJsonOption});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw tokenizer decode --model PATH [--ids \"ID ...\" | --input FILE]",
            "Decodes space-separated token ids back to text.");
        return 0;
    }
    const auto tokenizer = loadTokenizer(options.required("model"));
    for (const auto &[where, line] : inputLines(options, "ids")) {
        std::vector<int> ids;
        std::istringstream words(line);
        std::string word;
        while (words >> word) {
            std::size_t used = 0;
            long value = -1;
            try {
                value = std::stol(word, &used);
            } catch (const std::exception &) {
                used = 0;
            }
            if (used != word.size() || value < 0 || value >= tokenizer->vocabSize())
                throw InputError(where, 0,
                                 "'" + word + "' is not a token id; expected integers from 0 to " +
                                     std::to_string(tokenizer->vocabSize() - 1));
            ids.push_back(static_cast<int>(value));
        }
        const std::string text = tokenizer->decode(ids);
        if (options.has("json"))
            std::cout << json{{"ids", ids}, {"text", text}}.dump() << "\n";
        else
            std::cout << text << "\n";
    }
    return 0;
}

}  // namespace

int runTokenizer(const Arguments &arguments) {
    const std::string action = arguments.empty() ? "" : arguments.front();
    const Arguments rest(arguments.begin() + (arguments.empty() ? 0 : 1), arguments.end());
    if (action == "train")
        return tokenizerTrain(rest);
    if (action == "encode")
        return tokenizerEncode(rest);
    if (action == "decode")
        return tokenizerDecode(rest);
    if (action == "-h" || action == "--help") {
        std::cout << "usage: dbw tokenizer train|encode|decode [options]  (--help on each)\n";
        return 0;
    }
    throw UsageError("dbw tokenizer: expected train, encode or decode" +
                     (action.empty() ? std::string() : ", got '" + action + "'"));
}

int runCorpus(const Arguments &arguments) {
    const std::string action = arguments.empty() ? "" : arguments.front();
    if (action != "stats") {
        if (action == "-h" || action == "--help") {
            std::cout << "usage: dbw corpus stats --corpus FILE [options]  (--help for more)\n";
            return 0;
        }
        throw UsageError("dbw corpus: expected stats" +
                         (action.empty() ? std::string() : ", got '" + action + "'"));
    }
    const Options options("dbw corpus stats", Arguments(arguments.begin() + 1, arguments.end()),
                          {{"corpus", "FILE", "corpus file (text or DiffuSeq jsonl)"},
                           {"tokenizer", "PATH", "also count tokens with this tokenizer"},
                           kFormatOption,
                           kJsonOption});
    if (options.helpRequested()) {
        std::cout << options.usage("dbw corpus stats --corpus FILE [--tokenizer PATH] [--json]",
                                   "Validates a corpus and prints its statistics.");
        return 0;
    }
    const Corpus corpus = readCorpus(options.required("corpus"), readOptions(options));
    std::unique_ptr<Tokenizer> tokenizer;
    if (options.has("tokenizer"))
        tokenizer = loadTokenizer(options.text("tokenizer"));
    const CorpusStats stats = computeCorpusStats(corpus, tokenizer.get());
    if (options.has("json")) {
        json out = {{"corpus", corpus.path},
                    {"format", toString(corpus.format)},
                    {"content_hash", corpus.contentHash},
                    {"size_bytes", stats.sizeBytes},
                    {"lines", stats.totalLines},
                    {"examples", stats.examples},
                    {"blank_lines", stats.blankLines},
                    {"characters", stats.characters},
                    {"words", stats.words},
                    {"length_unit", stats.lengthUnit},
                    {"min_length", stats.minLength},
                    {"max_length", stats.maxLength},
                    {"mean_length", stats.meanLength},
                    {"median_length", stats.medianLength},
                    {"histogram", histogramJson(stats.histogram)}};
        if (tokenizer) {
            out["tokens"] = stats.tokens;
            out["tokenizer"] = tokenizer->path();
        }
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    std::printf("corpus      %s (%s, %llu bytes, hash %s)\n", corpus.path.c_str(),
                toString(corpus.format).c_str(), static_cast<unsigned long long>(stats.sizeBytes),
                corpus.contentHash.c_str());
    std::printf("lines       %zu (%zu examples, %zu blank)\n", stats.totalLines, stats.examples,
                stats.blankLines);
    std::printf("words       %llu\ncharacters  %llu\n",
                static_cast<unsigned long long>(stats.words),
                static_cast<unsigned long long>(stats.characters));
    if (tokenizer)
        std::printf("tokens      %llu (%s)\n", static_cast<unsigned long long>(stats.tokens),
                    tokenizer->path().c_str());
    std::printf("length      min %zu, median %zu, mean %.1f, max %zu %s\n", stats.minLength,
                stats.medianLength, stats.meanLength, stats.maxLength, stats.lengthUnit.c_str());
    const std::size_t peak =
        *std::max_element(stats.histogram.counts.begin(), stats.histogram.counts.end());
    for (std::size_t k = 0; k < stats.histogram.counts.size(); ++k) {
        const std::size_t count = stats.histogram.counts[k];
        const std::size_t bar = peak ? (count * 50 + peak - 1) / peak : 0;
        std::printf("  %4zu-%-4zu %8zu %s\n", k * stats.histogram.bucketWidth,
                    (k + 1) * stats.histogram.bucketWidth - 1, count,
                    std::string(bar, '#').c_str());
    }
    return 0;
}

int runWordFreq(const Arguments &arguments) {
    const Options options(
        "dbw wordfreq", arguments,
        {{"corpus", "FILE", "corpus to count (the training split)"},
         {"tokenizer", "PATH", "PREFIX.model or vocab.txt"},
         {"out", "FILE", "where to save the counts (dbw-wordfreq/1 JSON)"},
         {"top", "N", "show the N most frequent and most informative (default 10)"},
         kFormatOption,
         kJsonOption});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw wordfreq --corpus FILE --tokenizer PATH --out FILE [--top N] [--json]",
            "Counts token frequencies and derives the spindle schedule's informativeness.");
        return 0;
    }
    const int top = options.integer("top", 10, 0, 100000);
    const std::string outPath = options.required("out");
    const auto tokenizer = loadTokenizer(options.required("tokenizer"));
    const Corpus corpus = readCorpus(options.required("corpus"), readOptions(options));
    const WordFrequencies frequencies = countWordFrequencies(corpus, *tokenizer);
    saveWordFrequencies(frequencies, outPath);

    const std::vector<double> informativeness = frequencies.informativeness();
    std::vector<int> seen;
    for (int id = 0; id < frequencies.vocabSize(); ++id)
        if (frequencies.counts[id] > 0 && !tokenizer->isSpecial(id))
            seen.push_back(id);
    std::stable_sort(seen.begin(), seen.end(),
                     [&](int a, int b) { return frequencies.counts[a] > frequencies.counts[b]; });
    const std::size_t shown = std::min<std::size_t>(static_cast<std::size_t>(top), seen.size());
    auto entry = [&](int id) {
        return json{{"id", id},
                    {"piece", tokenizer->idToPiece(id)},
                    {"count", frequencies.counts[id]},
                    {"informativeness", informativeness[id]}};
    };
    json mostFrequent = json::array(), mostInformative = json::array();
    for (std::size_t i = 0; i < shown; ++i) {
        mostFrequent.push_back(entry(seen[i]));
        mostInformative.push_back(entry(seen[seen.size() - 1 - i]));
    }
    const json summary = {{"out", outPath},
                          {"sentences", frequencies.sentences},
                          {"total_tokens", frequencies.totalTokens},
                          {"distinct_tokens", seen.size()},
                          {"vocab_size", frequencies.vocabSize()},
                          {"centring_constant", frequencies.centringConstant()},
                          {"most_frequent", mostFrequent},
                          {"most_informative", mostInformative}};
    if (options.has("json")) {
        std::cout << summary.dump(2) << "\n";
        return 0;
    }
    std::printf("counted %lld tokens in %lld texts; %zu of %d pieces seen\nsaved %s\n",
                static_cast<long long>(frequencies.totalTokens),
                static_cast<long long>(frequencies.sentences), seen.size(), frequencies.vocabSize(),
                outPath.c_str());
    // Pad by characters, not bytes: pieces like "▁the" hold multi-byte characters.
    auto padded = [](std::string text, std::size_t width) {
        const std::size_t length = utf8::codePointCount(text);
        return length < width ? text + std::string(width - length, ' ') : text;
    };
    auto describe = [&](const json &item) {
        char numbers[48];
        std::snprintf(numbers, sizeof numbers, "%8lld %.3f", item["count"].get<long long>(),
                      item["informativeness"].get<double>());
        return padded(item["piece"].get<std::string>(), 16) + numbers;
    };
    std::printf("%s  %s\n", padded("most frequent (masked last)", 31).c_str(),
                "most informative (masked first)");
    for (std::size_t i = 0; i < shown; ++i)
        std::printf("%s  %s\n", padded(describe(mostFrequent[i]), 31).c_str(),
                    describe(mostInformative[i]).c_str());
    return 0;
}

}  // namespace dbw::cli
