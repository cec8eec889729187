// Source-target pairs for data.task = seq2seq (DiffuSeq's setting): the network reads
// [CLS] source [SEP] target [SEP] with segment ids 0 for [CLS] source [SEP] and 1 for target [SEP];
// only the target is ever noised, scored or generated, the source is always clean. Torch-free.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace dbw {

class Tokenizer;
struct CorpusExample;

// What the network's token positions hold, without the outer [CLS] and final [SEP]: "source [SEP]
// target" for a pair, the sentence for a language model.
struct EncodedExample {
    std::vector<int> ids;
    int targetStart = 0;  // index of the first target token; 0 = all of ids is target
};

// source [SEP] target with the tokenizer's pieces; targetStart = |source| + 1.
EncodedExample encodePair(const Tokenizer &tokenizer, const std::string &source,
                          const std::string &target);

struct EncodedPairs {
    std::vector<std::vector<int>> ids;  // per kept pair: source [SEP] target
    std::vector<int> targetStarts;
    std::vector<std::size_t> kept;  // index into the given examples of each kept pair
    std::size_t tooLong = 0;        // more than maxTokens positions: skipped, never truncated
    std::size_t emptyTarget = 0;    // a target without tokens: nothing to learn or score
};

// Encodes pairs for a model with room for maxTokens positions between [CLS] and the final [SEP].
EncodedPairs encodePairs(const Tokenizer &tokenizer, const std::vector<CorpusExample> &examples,
                         int maxTokens);

// Tokens of the target generated for a source encoded as "source [SEP]" (targetStart tokens):
// `requested`, or when it is 0 as many as the source has.
int generatedTargetLength(int targetStart, int requested);

// The target of a generated or encoded sequence: ids from targetStart on, without [SEP] / [PAD].
std::vector<int> targetIds(const std::vector<int> &ids, int targetStart, int sepId, int padId);

}  // namespace dbw
