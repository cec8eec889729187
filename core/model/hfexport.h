// A checkpoint of a plain-BERT model (time design "none") as a Hugging Face BERT folder that
// transformers loads with BertForMaskedLM.from_pretrained: config.json with the keys it needs,
// model.safetensors with "format": "pt", and the tokenizer.
#pragma once

#include <string>
#include <vector>

namespace dbw {

struct HuggingFaceExport {
    std::vector<std::string> files;  // written, in the output folder
    // What was exported for the tokenizer and what reads it: a WordPiece vocab.txt is
    // BertTokenizer's own; a SentencePiece model is copied as it is, which BertTokenizer cannot
    // read.
    std::string tokenizerNote;
};

// Throws InputError for a time-aware model (Hugging Face's BERT has no time input), a folder
// that is not a checkpoint, and an output folder that exists with files in it (unless `force`).
HuggingFaceExport exportHuggingFace(const std::string &checkpointDirectory,
                                    const std::string &outputDirectory, bool force = false);

}  // namespace dbw
