// dbw demo: a short, real run of the engine on the bundled Brown corpus, for a first look and for
// machines without a display. It grows with the engine; today it exercises the text pipeline.
#include "commands.h"
#include "options.h"

#include "runtime/runtime.h"
#include "text/corpus.h"
#include "text/sentencepiece.h"
#include "text/wordfreq.h"
#include "util/files.h"
#include "util/paths.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace dbw::cli {
namespace {

// sentencepiece's default normalisation collapses runs of spaces and trims the ends.
std::string collapseSpaces(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        if (c == ' ' && (out.empty() || out.back() == ' '))
            continue;
        out += c;
    }
    if (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

}  // namespace

int runDemo(const Arguments &arguments)
{
    const Options options("dbw demo", arguments,
                          {{"out", "DIR", "where to write the results (default: the user data "
                                          "folder's demo/)"},
                           {"vocab-size", "N", "tokenizer size (default 8000)"}});
    if (options.helpRequested()) {
        std::cout << options.usage("dbw demo [--out DIR]",
                                   "Trains a tokenizer and word frequencies on the bundled Brown "
                                   "corpus and writes what it made to DIR.");
        return 0;
    }
    namespace fs = std::filesystem;
    const fs::path out = options.text("out", (fs::path(userDataDirectory()) / "demo").string());
    const int vocabSize = options.integer("vocab-size", 8000, 64, 100000);
    fs::create_directories(out);

    const RuntimeInfo runtime = currentRuntimeInfo();
    std::printf("engine: LibTorch %s, %d threads, BLAS %s\n", runtime.torchVersion.c_str(),
                runtime.threads, runtime.blasKind.c_str());

    const fs::path demo = demoCorpusDirectory();
    const Corpus train = readCorpus((demo / "brown-train.txt").string());
    const Corpus valid = readCorpus((demo / "brown-valid.txt").string());
    const CorpusStats trainStats = computeCorpusStats(train);
    std::printf("corpus: %s: %zu sentences, %llu words\n", train.path.c_str(), trainStats.examples,
                static_cast<unsigned long long>(trainStats.words));

    SentencePieceTrainOptions trainOptions;
    trainOptions.vocabSize = vocabSize;
    const std::string prefix = (out / ("brown" + std::to_string(vocabSize))).string();
    std::printf("training a unigram SentencePiece tokenizer (%d pieces)...\n", vocabSize);
    std::fflush(stdout);
    const SentencePieceTrainResult trained =
        trainSentencePiece(train.allTexts(), prefix, trainOptions);
    const auto tokenizer = SentencePieceTokenizer::load(trained.modelPath);
    std::printf("  done in %.1f s: %s\n", trained.seconds, trained.modelPath.c_str());

    std::size_t exact = 0;
    std::uint64_t validTokens = 0, validWords = 0;
    for (const CorpusExample &example : valid.examples) {
        const std::vector<int> ids = tokenizer->encode(example.text);
        validTokens += ids.size();
        validWords += countWords(example.text);
        exact += tokenizer->decode(ids) == collapseSpaces(example.text);
    }
    std::printf("validation: %zu of %zu sentences decode back exactly; %.2f tokens per word\n",
                exact, valid.examples.size(),
                static_cast<double>(validTokens) / static_cast<double>(validWords));

    const WordFrequencies frequencies = countWordFrequencies(train, *tokenizer);
    const std::string frequencyPath = prefix + ".wordfreq.json";
    saveWordFrequencies(frequencies, frequencyPath);
    const std::vector<double> offsets = frequencies.spindleOffsets();
    std::vector<int> seen;
    for (int id = 0; id < frequencies.vocabSize(); ++id)
        if (frequencies.counts[id] > 0 && !tokenizer->isSpecial(id))
            seen.push_back(id);
    std::sort(seen.begin(), seen.end(),
              [&](int a, int b) { return frequencies.counts[a] > frequencies.counts[b]; });
    auto pieces = [&](bool frequent) {
        nlohmann::json list = nlohmann::json::array();
        for (std::size_t i = 0; i < std::min<std::size_t>(8, seen.size()); ++i) {
            const int id = frequent ? seen[i] : seen[seen.size() - 1 - i];
            list.push_back(tokenizer->idToPiece(id));
        }
        return list;
    };
    std::printf("spindle: masked last (frequent): %s\n", pieces(true).dump().c_str());
    std::printf("spindle: masked first (informative): %s\n", pieces(false).dump().c_str());

    const nlohmann::json summary = {
        {"format", "dbw-demo/1"},
        {"code_version", runtime.codeVersion},
        {"corpus", {{"train", train.path}, {"valid", valid.path},
                    {"train_sentences", trainStats.examples}, {"train_words", trainStats.words}}},
        {"tokenizer", {{"model", trained.modelPath}, {"vocab_size", trained.vocabSize},
                       {"seconds", trained.seconds}}},
        {"validation_round_trip", {{"exact", exact}, {"sentences", valid.examples.size()}}},
        {"tokens_per_word", static_cast<double>(validTokens) / static_cast<double>(validWords)},
        {"word_frequencies", frequencyPath},
        {"most_frequent", pieces(true)},
        {"most_informative", pieces(false)},
    };
    const std::string summaryPath = (out / "summary.json").string();
    writeFileAtomically(summaryPath, summary.dump(2) + "\n");
    std::printf("\nresults in %s\n  %s\n  %s\n  %s\n", out.string().c_str(),
                trained.modelPath.c_str(), frequencyPath.c_str(), summaryPath.c_str());
    return 0;
}

}  // namespace dbw::cli
