// dbw fill-mask and dbw export: a model's predictions for masked tokens, and a checkpoint as a
// Hugging Face BERT folder.
#include "commands.h"
#include "options.h"

#include "eval/fillmask.h"
#include "model/hfexport.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace dbw::cli {

int runFillMask(const Arguments &arguments) {
    const Options options(
        "dbw fill-mask", arguments,
        {{"model", "DIR", "a Hugging Face BERT folder or one of our checkpoints"},
         {"text", "TEXT", "the text, with [MASK] where a token is to be predicted"},
         {"top-k", "K", "candidates per mask (default 5)"},
         {"device", "NAME", "cpu (default), cuda or cuda:N"},
         {"json", "", "print JSON"}});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw fill-mask --model DIR --text \"the cat [MASK] on the mat .\" [--top-k 5] [--json]",
            "For each [MASK], the model's most likely tokens and their probabilities. A\n"
            "time-aware model is asked at t = (share of masks) x T; a time-agnostic one and a\n"
            "Hugging Face BERT ignore the time.");
        return 0;
    }
    const FillMaskResult result =
        fillMask(options.required("model"), options.required("text"),
                 options.integer("top-k", 5, 1, 1000), options.text("device", "cpu"));
    if (options.has("json")) {
        nlohmann::json masks = nlohmann::json::array();
        for (const FillMaskPosition &mask : result.masks) {
            nlohmann::json top = nlohmann::json::array();
            for (const FillMaskCandidate &candidate : mask.top)
                top.push_back({{"id", candidate.id},
                               {"piece", candidate.piece},
                               {"text", candidate.text},
                               {"probability", candidate.probability}});
            masks.push_back({{"position", mask.position}, {"top", top}});
        }
        std::cout << nlohmann::json{{"ids", result.ids},
                                    {"pieces", result.pieces},
                                    {"masks", masks},
                                    {"filled", result.filled},
                                    {"hugging_face", result.huggingFace},
                                    {"time_design", result.timeDesign},
                                    {"model_time", result.modelTime}}
                         .dump(2)
                  << "\n";
        return 0;
    }
    for (const FillMaskPosition &mask : result.masks) {
        std::cout << "[MASK] at token " << mask.position << ":\n";
        for (const FillMaskCandidate &candidate : mask.top)
            std::printf("  %-16s %.4f\n", candidate.piece.c_str(), candidate.probability);
    }
    std::cout << "filled: " << result.filled << "\n";
    return 0;
}

int runExport(const Arguments &arguments) {
    const Options options(
        "dbw export", arguments,
        {{"checkpoint", "DIR", "checkpoint folder (RUN/checkpoints/best or step-N)"},
         {"format", "NAME", "hf: a Hugging Face BERT folder (BertForMaskedLM)"},
         {"out", "DIR", "the folder to write"},
         {"force", "", "write into a folder that has files"},
         {"json", "", "print JSON"}});
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw export --checkpoint DIR --format hf --out DIR",
            "Writes a time-agnostic checkpoint as a Hugging Face BERT folder: config.json,\n"
            "model.safetensors (format pt) and the tokenizer. transformers loads it with\n"
            "BertForMaskedLM.from_pretrained(DIR); a WordPiece run's vocab.txt loads with\n"
            "BertTokenizer, a SentencePiece run's tokenizer.model does not (see the note).");
        return 0;
    }
    const std::string format = options.text("format", "hf");
    if (format != "hf")
        throw UsageError("dbw export: --format expects hf, got '" + format + "'");
    const HuggingFaceExport exported = exportHuggingFace(
        options.required("checkpoint"), options.required("out"), options.has("force"));
    if (options.has("json")) {
        std::cout << nlohmann::json{{"out", options.required("out")},
                                    {"files", exported.files},
                                    {"tokenizer", exported.tokenizerNote}}
                         .dump(2)
                  << "\n";
        return 0;
    }
    std::cout << "wrote " << options.required("out") << ":";
    for (const std::string &file : exported.files)
        std::cout << " " << file;
    std::cout << "\ntokenizer: " << exported.tokenizerNote << "\n";
    return 0;
}

}  // namespace dbw::cli
