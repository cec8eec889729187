#include "text/seq2seq.h"

#include "text/corpus.h"
#include "text/tokenizer.h"

#include <algorithm>

namespace dbw {

EncodedExample encodePair(const Tokenizer &tokenizer, const std::string &source,
                          const std::string &target) {
    EncodedExample example;
    example.ids = tokenizer.encode(source);
    example.ids.push_back(tokenizer.specialIds().sep);
    example.targetStart = static_cast<int>(example.ids.size());
    const std::vector<int> targetPieces = tokenizer.encode(target);
    example.ids.insert(example.ids.end(), targetPieces.begin(), targetPieces.end());
    return example;
}

EncodedPairs encodePairs(const Tokenizer &tokenizer, const std::vector<CorpusExample> &examples,
                         int maxTokens) {
    EncodedPairs pairs;
    for (std::size_t index = 0; index < examples.size(); ++index) {
        EncodedExample example =
            encodePair(tokenizer, examples[index].source, examples[index].text);
        if (example.targetStart == static_cast<int>(example.ids.size())) {
            ++pairs.emptyTarget;
            continue;
        }
        if (static_cast<int>(example.ids.size()) > maxTokens) {
            ++pairs.tooLong;
            continue;
        }
        pairs.ids.push_back(std::move(example.ids));
        pairs.targetStarts.push_back(example.targetStart);
        pairs.kept.push_back(index);
    }
    return pairs;
}

int generatedTargetLength(int targetStart, int requested) {
    return requested > 0 ? requested : std::max(1, targetStart - 1);
}

std::vector<int> targetIds(const std::vector<int> &ids, int targetStart, int sepId, int padId) {
    std::vector<int> target;
    for (std::size_t i = static_cast<std::size_t>(std::max(0, targetStart)); i < ids.size(); ++i)
        if (ids[i] != sepId && ids[i] != padId)
            target.push_back(ids[i]);
    return target;
}

}  // namespace dbw
