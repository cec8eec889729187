#include "text/wordfreq.h"

#include "error.h"
#include "text/corpus.h"
#include "text/tokenizer.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace dbw {
namespace {

bool contains(const std::vector<int> &ids, int id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

std::vector<double> WordFrequencies::frequencyScores() const {
    std::vector<double> scores(counts.size(), 0.0);
    double maxLog = 0.0;
    for (std::size_t id = 0; id < counts.size(); ++id)
        if (!contains(specialIds, static_cast<int>(id)))
            maxLog = std::max(maxLog, std::log1p(static_cast<double>(counts[id])));
    if (maxLog <= 0.0)
        return scores;
    for (std::size_t id = 0; id < counts.size(); ++id)
        if (!contains(specialIds, static_cast<int>(id)))
            scores[id] = std::log1p(static_cast<double>(counts[id])) / maxLog;
    return scores;
}

std::vector<double> WordFrequencies::informativeness() const {
    std::vector<double> values = frequencyScores();
    for (std::size_t id = 0; id < values.size(); ++id)
        values[id] = contains(specialIds, static_cast<int>(id)) ? 0.0 : 1.0 - values[id];
    return values;
}

double WordFrequencies::centringConstant() const {
    const std::vector<double> scores = frequencyScores();
    double weighted = 0.0;
    double occurrences = 0.0;
    for (std::size_t id = 0; id < counts.size(); ++id) {
        if (contains(specialIds, static_cast<int>(id)))
            continue;
        weighted += scores[id] * static_cast<double>(counts[id]);
        occurrences += static_cast<double>(counts[id]);
    }
    return occurrences > 0 ? weighted / occurrences : 0.0;
}

std::vector<double> WordFrequencies::spindleOffsets() const {
    std::vector<double> offsets = frequencyScores();
    const double centre = centringConstant();
    for (std::size_t id = 0; id < offsets.size(); ++id)
        offsets[id] = contains(specialIds, static_cast<int>(id)) ? 0.0 : offsets[id] - centre;
    return offsets;
}

WordFrequencies countWordFrequencies(const Corpus &corpus, const Tokenizer &tokenizer) {
    WordFrequencies frequencies;
    frequencies.tokenizerKind = tokenizer.kind();
    frequencies.tokenizerHash = tokenizer.contentHash();
    frequencies.corpusHash = corpus.contentHash;
    const SpecialTokenIds special = tokenizer.specialIds();
    frequencies.specialIds = {special.pad, special.unk, special.cls, special.sep, special.mask};
    frequencies.counts.assign(static_cast<std::size_t>(tokenizer.vocabSize()), 0);
    for (const std::string &text : corpus.allTexts()) {
        for (const int id : tokenizer.encode(text)) {
            ++frequencies.counts.at(static_cast<std::size_t>(id));
            ++frequencies.totalTokens;
        }
        ++frequencies.sentences;
    }
    return frequencies;
}

void saveWordFrequencies(const WordFrequencies &frequencies, const std::string &path) {
    const nlohmann::json document = {
        {"format", WordFrequencies::kFormat},
        {"tokenizer",
         {{"kind", frequencies.tokenizerKind},
          {"content_hash", frequencies.tokenizerHash},
          {"vocab_size", frequencies.vocabSize()}}},
        {"corpus_hash", frequencies.corpusHash},
        {"special_ids", frequencies.specialIds},
        {"sentences", frequencies.sentences},
        {"total_tokens", frequencies.totalTokens},
        // Derived, for readers outside the engine; the loader recomputes it from the counts.
        {"centring_constant", frequencies.centringConstant()},
        {"counts", frequencies.counts},
    };
    writeFileAtomically(path, document.dump() + "\n");
}

WordFrequencies loadWordFrequencies(const std::string &path, const Tokenizer *expectedTokenizer) {
    const std::string contents = readWholeFile(path);
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(contents);
    } catch (const nlohmann::json::exception &error) {  // parse_error, or out_of_range for 1e999
        throw InputError(path, 0,
                         std::string("not JSON (") + error.what() + "); expected a " +
                             WordFrequencies::kFormat + " file from 'dbw wordfreq'");
    }
    if (!document.is_object() || document.value("format", "") != WordFrequencies::kFormat)
        throw InputError(path, 0,
                         "format is '" +
                             (document.is_object() ? document.value("format", "(none)")
                                                   : std::string("(not an object)")) +
                             "', expected '" + WordFrequencies::kFormat +
                             "' (from 'dbw wordfreq')");
    WordFrequencies frequencies;
    try {
        const auto &tokenizer = document.at("tokenizer");
        frequencies.tokenizerKind = tokenizer.at("kind").get<std::string>();
        frequencies.tokenizerHash = tokenizer.at("content_hash").get<std::string>();
        frequencies.corpusHash = document.at("corpus_hash").get<std::string>();
        frequencies.specialIds = document.at("special_ids").get<std::vector<int>>();
        frequencies.sentences = document.at("sentences").get<std::int64_t>();
        frequencies.totalTokens = document.at("total_tokens").get<std::int64_t>();
        frequencies.counts = document.at("counts").get<std::vector<std::int64_t>>();
        if (tokenizer.at("vocab_size").get<int>() != frequencies.vocabSize())
            throw InputError(path, 0, "vocab_size does not match the number of counts");
    } catch (const nlohmann::json::exception &error) {
        throw InputError(path, 0, std::string("malformed word-frequency file: ") + error.what());
    }
    std::int64_t sum = 0;
    for (const std::int64_t count : frequencies.counts) {
        if (count < 0)
            throw InputError(path, 0, "a count is negative; expected counts >= 0");
        sum += count;
    }
    if (sum != frequencies.totalTokens)
        throw InputError(path, 0,
                         "counts add up to " + std::to_string(sum) + " but total_tokens is " +
                             std::to_string(frequencies.totalTokens) + "; the file is damaged");
    if (expectedTokenizer && (expectedTokenizer->contentHash() != frequencies.tokenizerHash ||
                              expectedTokenizer->vocabSize() != frequencies.vocabSize()))
        throw InputError(path, 0,
                         "counted with another tokenizer (hash " + frequencies.tokenizerHash +
                             ", " + std::to_string(frequencies.vocabSize()) + " pieces) than " +
                             expectedTokenizer->path() + " (hash " +
                             expectedTokenizer->contentHash() + "); recount with 'dbw wordfreq'");
    return frequencies;
}

}  // namespace dbw
