// Fill-mask: for each [MASK] in a text, the model's most likely tokens and their probabilities -
// the quickest check that a model was loaded right (a Hugging Face BERT folder or one of our
// checkpoints), and useful on its own.
#pragma once

#include <string>
#include <vector>

namespace dbw {

struct FillMaskCandidate {
    int id = 0;
    std::string piece;  // as in the vocabulary ("##s", "▁the")
    std::string text;   // as it reads
    double probability = 0;
};

struct FillMaskPosition {
    int position = 0;  // index in `ids`
    std::vector<FillMaskCandidate> top;
};

struct FillMaskResult {
    std::vector<int> ids;  // the text's tokens, [MASK] where it said [MASK]
    std::vector<std::string> pieces;
    std::vector<FillMaskPosition> masks;
    std::string filled;        // the text with every [MASK] replaced by its top token
    bool huggingFace = false;  // a Hugging Face folder (else our checkpoint)
    std::string timeDesign;    // the model's
    double modelTime = 0;      // the time step the network was given (0 when time-agnostic)
};

// `text` spells a mask as the literal "[MASK]". A time-aware model is queried at t = share of
// masks x T, the step at which the mutual schedule (DiffusionBERT's base) masks that share; a
// time-agnostic one ignores the time.
// Throws InputError for a text without [MASK], or longer than the model's positions, and for a
// folder that is not a model.
FillMaskResult fillMask(const std::string &modelDirectory, const std::string &text, int topK,
                        const std::string &device = "cpu");

}  // namespace dbw
