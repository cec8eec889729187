#include "model/pretrained.h"

#include "error.h"
#include "model/safetensors.h"
#include "model/torchpickle.h"
#include "text/wordpiece.h"
#include "train/runconfig.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

namespace dbw {
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

bool startsWith(const std::string &text, const std::string &prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

std::string shapeText(const torch::Tensor &tensor) {
    return c10::str(tensor.sizes());
}

int requiredInt(const json &config, const char *key, const std::string &origin) {
    if (!config.contains(key) || !config[key].is_number_integer() ||
        config[key].get<long long>() <= 0)
        throw InputError(
            origin, 0,
            std::string("needs a positive integer \"") + key + "\" (a BERT config.json has one)");
    return config[key].get<int>();
}

// config.json of a Hugging Face BERT -> our sizes. Only what our network computes is accepted:
// absolute positions and the exact (erf) GELU.
ModelConfig modelFromHuggingFace(const json &config, const std::string &origin) {
    const std::string type = config.value("model_type", std::string());
    if (type != "bert")
        throw InputError(
            origin, 0,
            "is a \"" + type + "\" model (model_type); only BERT (\"bert\") can be imported");
    ModelConfig model;
    model.preset = "custom";
    model.vocabSize = requiredInt(config, "vocab_size", origin);
    model.hidden = requiredInt(config, "hidden_size", origin);
    model.layers = requiredInt(config, "num_hidden_layers", origin);
    model.heads = requiredInt(config, "num_attention_heads", origin);
    model.ffn = requiredInt(config, "intermediate_size", origin);
    model.maxPositions = requiredInt(config, "max_position_embeddings", origin);
    model.typeVocab =
        config.contains("type_vocab_size") ? requiredInt(config, "type_vocab_size", origin) : 2;
    model.layerNormEps = config.value("layer_norm_eps", 1e-12);
    model.dropout = config.value("hidden_dropout_prob", 0.1);
    model.timeDesign = "none";
    if (model.hidden % model.heads != 0)
        throw InputError(origin, 0,
                         "num_attention_heads (" + std::to_string(model.heads) +
                             ") does not divide hidden_size (" + std::to_string(model.hidden) +
                             ")");
    const std::string activation = config.value("hidden_act", std::string("gelu"));
    if (activation != "gelu")
        throw InputError(origin, 0,
                         "hidden_act is \"" + activation +
                             "\"; this network computes BERT's \"gelu\" (erf) only");
    const std::string positions = config.value("position_embedding_type", std::string("absolute"));
    if (positions != "absolute")
        throw InputError(origin, 0,
                         "position_embedding_type is \"" + positions +
                             "\"; only \"absolute\" (BERT's) is supported");
    return model;
}

// Hugging Face names -> ours: old TF-converted LayerNorm names, a bare BertModel's names; what
// our network has no place for is set aside with the reason.
std::map<std::string, torch::Tensor> normaliseNames(std::map<std::string, torch::Tensor> tensors,
                                                    const std::string &origin,
                                                    std::vector<std::string> &ignored) {
    std::map<std::string, torch::Tensor> out;
    std::set<std::string> reasons;
    for (auto &[original, tensor] : tensors) {
        std::string name = original;
        if (name.size() > 6 && name.compare(name.size() - 6, 6, ".gamma") == 0)
            name.replace(name.size() - 6, 6, ".weight");
        else if (name.size() > 5 && name.compare(name.size() - 5, 5, ".beta") == 0)
            name.replace(name.size() - 5, 5, ".bias");
        if (startsWith(name, "embeddings.") || startsWith(name, "encoder.") ||
            startsWith(name, "pooler."))
            name = "bert." + name;  // saved from BertModel rather than BertForMaskedLM
        if (name == "bert.embeddings.position_ids")
            reasons.insert("bert.embeddings.position_ids (a buffer of position indices)");
        else if (startsWith(name, "bert.pooler."))
            reasons.insert("bert.pooler.* (the pooler, for sentence-level heads)");
        else if (startsWith(name, "cls.seq_relationship."))
            reasons.insert("cls.seq_relationship.* (the next-sentence head)");
        else if (out.count(name))
            throw InputError(origin, 0,
                             "has tensor '" + name + "' twice (as '" + original + "' too)");
        else
            out[name] = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    }
    // The decoder: tied to the word embeddings in BERT (then set aside), or an output layer of
    // its own (kept: the model is then built untied). Its bias is cls.predictions.bias.
    if (const auto decoder = out.find("cls.predictions.decoder.weight"); decoder != out.end()) {
        const auto words = out.find("bert.embeddings.word_embeddings.weight");
        if (words != out.end() && decoder->second.sizes() == words->second.sizes() &&
            torch::equal(decoder->second, words->second)) {
            reasons.insert("cls.predictions.decoder.weight (tied to the word embeddings)");
            out.erase(decoder);
        }
    }
    if (const auto bias = out.find("cls.predictions.decoder.bias"); bias != out.end()) {
        if (!out.count("cls.predictions.bias"))
            out["cls.predictions.bias"] = bias->second;
        reasons.insert("cls.predictions.decoder.bias (the same as cls.predictions.bias)");
        out.erase("cls.predictions.decoder.bias");
    }
    ignored.assign(reasons.begin(), reasons.end());
    return out;
}

bool isTimeParameter(const std::string &name) {
    return name.find("time_mlp") != std::string::npos ||
           name.find("time_modulation") != std::string::npos ||
           name.find("time_token") != std::string::npos;
}

}  // namespace

bool isHuggingFaceFolder(const std::string &directory) {
    const fs::path config = fs::path(directory) / "config.json";
    if (!fs::exists(config))
        return false;
    const json parsed = json::parse(readWholeFile(config.string()), nullptr, false);
    return parsed.is_object() && parsed.contains("model_type");
}

namespace {

PretrainedBert readPretrainedFolder(const std::string &directory) {
    const fs::path dir(directory);
    PretrainedBert pretrained;
    pretrained.directory = directory;
    if (!fs::is_directory(dir))
        throw InputError(
            directory, 0,
            "is not a folder (expected a Hugging Face BERT folder or one of our checkpoints)");
    if (!fs::exists(dir / "config.json"))
        throw InputError(
            directory, 0,
            "has no config.json (a Hugging Face BERT folder or one of our checkpoints has one)");

    if (!isHuggingFaceFolder(directory)) {
        const RunConfig config = loadRunConfig((dir / "config.json").string());
        pretrained.model = config.model;
        pretrained.tokenizerPath =
            (fs::exists(dir / "vocab.txt") ? dir / "vocab.txt" : dir / "tokenizer.model").string();
        pretrained.weightsFile = (dir / "model.safetensors").string();
        if (!fs::exists(pretrained.weightsFile))
            throw InputError(directory, 0, "has no model.safetensors (not a checkpoint folder)");
        pretrained.weights = loadSafetensors(pretrained.weightsFile);
        if (pretrained.model.vocabSize == 0)
            pretrained.model.vocabSize = loadTokenizer(pretrained.tokenizerPath)->vocabSize();
        return pretrained;
    }

    pretrained.huggingFace = true;
    const std::string configPath = (dir / "config.json").string();
    const json config = json::parse(readWholeFile(configPath), nullptr, false);
    if (!config.is_object())
        throw InputError(configPath, 0, "is not valid JSON");
    pretrained.model = modelFromHuggingFace(config, configPath);

    const fs::path vocab = dir / "vocab.txt";
    if (!fs::exists(vocab))
        throw InputError(
            directory, 0,
            "has no vocab.txt (the BERT WordPiece vocabulary the model was trained with)");
    pretrained.tokenizerPath = vocab.string();
    const auto tokenizer = WordPieceTokenizer::load(vocab.string());
    // Casing: our WordPiece infers it from the vocabulary; a tokenizer_config.json that says
    // otherwise would tokenise differently from the original, so it is an error, not a guess.
    if (const fs::path tokenizerConfig = dir / "tokenizer_config.json";
        fs::exists(tokenizerConfig)) {
        const json settings = json::parse(readWholeFile(tokenizerConfig.string()), nullptr, false);
        if (settings.is_object() && settings.contains("do_lower_case") &&
            settings["do_lower_case"].is_boolean() &&
            settings["do_lower_case"].get<bool>() != tokenizer->lowerCases())
            throw InputError(tokenizerConfig.string(), 0,
                             std::string("says do_lower_case = ") +
                                 (settings["do_lower_case"].get<bool>() ? "true" : "false") +
                                 " but vocab.txt is " +
                                 (tokenizer->lowerCases() ? "all lower-case (uncased)" : "cased") +
                                 "; the two disagree");
    }
    if (tokenizer->vocabSize() != pretrained.model.vocabSize)
        throw InputError(vocab.string(), 0,
                         "has " + std::to_string(tokenizer->vocabSize()) +
                             " entries but config.json says vocab_size " +
                             std::to_string(pretrained.model.vocabSize));

    std::map<std::string, torch::Tensor> raw;
    if (fs::exists(dir / "model.safetensors")) {
        pretrained.weightsFile = (dir / "model.safetensors").string();
        raw = loadSafetensors(pretrained.weightsFile);
    } else if (fs::exists(dir / "pytorch_model.bin")) {
        pretrained.weightsFile = (dir / "pytorch_model.bin").string();
        raw = loadTorchStateDict(pretrained.weightsFile);  // read without running the pickle
    } else {
        throw InputError(directory, 0, "has neither model.safetensors nor pytorch_model.bin");
    }
    pretrained.weights = normaliseNames(std::move(raw), pretrained.weightsFile, pretrained.ignored);
    pretrained.model.tiedOutput = !pretrained.weights.count("cls.predictions.decoder.weight");
    if (pretrained.model.tiedOutput && config.value("tie_word_embeddings", true) == false)
        throw InputError(configPath, 0,
                         "says tie_word_embeddings false but the weights have no "
                         "cls.predictions.decoder.weight");
    return pretrained;
}

}  // namespace

PretrainedBert readPretrainedBert(const std::string &directory) {
    try {
        return readPretrainedFolder(directory);
    } catch (const json::exception &error) {
        // A config.json value of the wrong type ("layer_norm_eps": "small"), found by
        // fuzz_hf_import.
        throw InputError((fs::path(directory) / "config.json").string(), 0,
                         std::string("has a value of the wrong type: ") + error.what());
    }
}

std::vector<std::string> initialiseFrom(DiffusionBertImpl &model,
                                        const PretrainedBert &pretrained) {
    torch::NoGradGuard noGrad;
    std::vector<std::string> fresh;
    std::set<std::string> used;
    for (const auto &[name, parameter] : model.namedWeights()) {
        const auto found = pretrained.weights.find(name);
        if (found == pretrained.weights.end()) {
            // The time parts are ours; a BertModel without its MLM head gets a fresh one.
            if (isTimeParameter(name) || startsWith(name, "cls.predictions."))
                fresh.push_back(name);
            else
                throw InputError(pretrained.weightsFile, 0,
                                 "has no tensor '" + name + "', which the model needs");
            continue;
        }
        if (found->second.sizes() != parameter.sizes())
            throw InputError(pretrained.weightsFile, 0,
                             "tensor '" + name + "' has shape " + shapeText(found->second) +
                                 ", the model expects " + shapeText(parameter));
        parameter.copy_(found->second.to(parameter.device(), parameter.scalar_type()));
        used.insert(name);
    }
    for (const auto &[name, tensor] : pretrained.weights)
        if (!used.count(name))
            throw InputError(
                pretrained.weightsFile, 0,
                "has tensor '" + name + "' " + shapeText(tensor) + " that the model does not have");
    return fresh;
}

std::unique_ptr<Denoiser> loadQueryModel(const std::string &directory, const std::string &device) {
    if (!isHuggingFaceFolder(directory))
        return loadDenoiser(directory, device, "fp32");
    const PretrainedBert pretrained = readPretrainedBert(directory);
    RunConfig config;
    config.model = pretrained.model;
    config.tokenizer.path = pretrained.tokenizerPath;
    config.diffusion.schedule = "mutual";
    auto denoiser = randomDenoiser(config, loadTokenizer(pretrained.tokenizerPath), {}, 0);
    const std::vector<std::string> fresh = initialiseFrom(*denoiser->model, pretrained);
    if (!fresh.empty())
        throw InputError(pretrained.weightsFile, 0,
                         "has no MLM head (no '" + fresh.front() +
                             "'): a BertModel without cls.predictions cannot predict tokens");
    denoiser->device = parseDevice(device);
    denoiser->model->to(denoiser->device);
    denoiser->objective->to(denoiser->device);
    denoiser->model->eval();
    return denoiser;
}

}  // namespace dbw
