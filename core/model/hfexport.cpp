#include "model/hfexport.h"

#include "error.h"
#include "model/safetensors.h"
#include "text/tokenizer.h"
#include "text/wordpiece.h"
#include "train/runconfig.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace dbw {
namespace fs = std::filesystem;
using json = nlohmann::json;

HuggingFaceExport exportHuggingFace(const std::string &checkpointDirectory,
                                    const std::string &outputDirectory, bool force) {
    const fs::path from(checkpointDirectory), to(outputDirectory);
    if (!fs::exists(from / "model.safetensors") || !fs::exists(from / "config.json"))
        throw InputError(checkpointDirectory, 0,
                         "not a checkpoint folder (expected model.safetensors and config.json)");
    const RunConfig config = loadRunConfig((from / "config.json").string());
    const ModelConfig &model = config.model;
    if (model.timeDesign != "none")
        throw InputError(checkpointDirectory, 0,
                         "is a model with time design \"" + model.timeDesign +
                             "\"; Hugging Face's BERT has no time input, so only time-agnostic "
                             "models (none) export");
    if (fs::exists(to) && !fs::is_empty(to) && !force)
        throw InputError(outputDirectory, 0,
                         "exists and is not empty; choose another --out or add --force");
    const fs::path tokenizerPath =
        fs::exists(from / "vocab.txt") ? from / "vocab.txt" : from / "tokenizer.model";
    const std::unique_ptr<Tokenizer> tokenizer = loadTokenizer(tokenizerPath.string());
    fs::create_directories(to);

    HuggingFaceExport exported;
    // The tensors carry BERT's names already. A tied decoder is not repeated (transformers ties
    // it itself, tie_word_embeddings); an untied one is cls.predictions.decoder.weight.
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (auto &[name, tensor] : loadSafetensors((from / "model.safetensors").string()))
        tensors.emplace_back(name, tensor.to(torch::kFloat32));
    saveSafetensors((to / "model.safetensors").string(), tensors, {{"format", "pt"}});
    exported.files.push_back("model.safetensors");

    const SpecialTokenIds special = tokenizer->specialIds();
    const json hfConfig = {{"architectures", {"BertForMaskedLM"}},
                           {"model_type", "bert"},
                           {"vocab_size", tokenizer->vocabSize()},
                           {"hidden_size", model.hidden},
                           {"num_hidden_layers", model.layers},
                           {"num_attention_heads", model.heads},
                           {"intermediate_size", model.ffn},
                           {"max_position_embeddings", model.maxPositions},
                           {"type_vocab_size", model.typeVocab},
                           {"layer_norm_eps", model.layerNormEps},
                           {"hidden_act", "gelu"},
                           {"hidden_dropout_prob", model.dropout},
                           {"attention_probs_dropout_prob", model.dropout},
                           {"initializer_range", 0.02},
                           {"pad_token_id", special.pad},
                           {"position_embedding_type", "absolute"},
                           {"tie_word_embeddings", model.tiedOutput},
                           {"torch_dtype", "float32"}};
    writeFileAtomically((to / "config.json").string(), hfConfig.dump(2) + "\n");
    exported.files.push_back("config.json");

    if (tokenizer->kind() == "wordpiece") {
        fs::copy_file(tokenizerPath, to / "vocab.txt", fs::copy_options::overwrite_existing);
        const bool lower = static_cast<const WordPieceTokenizer &>(*tokenizer).lowerCases();
        const json tokenizerConfig = {{"tokenizer_class", "BertTokenizer"},
                                      {"do_lower_case", lower},
                                      {"model_max_length", model.maxPositions}};
        const json specialTokens = {{"pad_token", kPadPiece},
                                    {"unk_token", kUnkPiece},
                                    {"cls_token", kClsPiece},
                                    {"sep_token", kSepPiece},
                                    {"mask_token", kMaskPiece}};
        writeFileAtomically((to / "tokenizer_config.json").string(),
                            tokenizerConfig.dump(2) + "\n");
        writeFileAtomically((to / "special_tokens_map.json").string(),
                            specialTokens.dump(2) + "\n");
        exported.files.insert(exported.files.end(),
                              {"vocab.txt", "tokenizer_config.json", "special_tokens_map.json"});
        exported.tokenizerNote = std::string("vocab.txt (WordPiece, ") +
                                 (lower ? "uncased" : "cased") +
                                 "): BertTokenizer.from_pretrained reads it";
    } else {
        fs::copy_file(tokenizerPath, to / "tokenizer.model", fs::copy_options::overwrite_existing);
        exported.files.push_back("tokenizer.model");
        exported.tokenizerNote =
            "tokenizer.model (SentencePiece, the run's own): BertTokenizer cannot read it; "
            "tokenise with sentencepiece.SentencePieceProcessor(model_file=...), whose ids are the "
            "model's ([PAD] 0, [UNK] 1, [CLS] 2, [SEP] 3, [MASK] 4), and frame them as [CLS] ids "
            "[SEP]";
    }
    return exported;
}

}  // namespace dbw
