#include "train/runconfig.h"

#include "diffusion/schedule.h"
#include "error.h"
#include "util/files.h"
#include "util/paths.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <functional>
#include <limits>
#include <set>
#include <sstream>

namespace dbw {
namespace {

using nlohmann::json;

// One config key: where it lives, how to read and write it, what it means.
struct Field {
    std::string section;
    std::string key;
    std::string help;
    std::function<void(RunConfig &, const json &, const std::string &path)> read;
    std::function<json(const RunConfig &)> write;
};

std::string typeName(const json &value) {
    if (value.is_number_integer())
        return "an integer";
    if (value.is_number())
        return "a number";
    if (value.is_string())
        return "a string";
    if (value.is_boolean())
        return "true/false";
    if (value.is_null())
        return "null";
    return value.is_array() ? "an array" : "an object";
}

[[noreturn]] void fail(const std::string &path, const std::string &message) {
    throw std::invalid_argument(path + ": " + message);
}

template <typename Section, typename T>
Field field(const char *section, Section RunConfig::*part, const char *key, T Section::*member,
            const char *help, double minimum = -std::numeric_limits<double>::infinity(),
            double maximum = std::numeric_limits<double>::infinity(),
            std::vector<std::string> choices = {}) {
    Field f;
    f.section = section;
    f.key = key;
    f.help = help;
    f.write = [part, member](const RunConfig &config) { return json((config.*part).*member); };
    f.read = [part, member, minimum, maximum, choices](RunConfig &config, const json &value,
                                                       const std::string &path) {
        T &target = (config.*part).*member;
        if constexpr (std::is_same_v<T, bool>) {
            if (!value.is_boolean())
                fail(path, "expected true or false, found " + typeName(value));
            target = value.get<bool>();
        } else if constexpr (std::is_same_v<T, std::string>) {
            if (!value.is_string())
                fail(path, "expected a string, found " + typeName(value));
            target = value.get<std::string>();
            if (!choices.empty() &&
                std::find(choices.begin(), choices.end(), target) == choices.end()) {
                std::string list;
                for (const std::string &choice : choices)
                    list += (list.empty() ? "" : ", ") + choice;
                fail(path, "'" + target + "' is not one of: " + list);
            }
        } else {
            if constexpr (std::is_integral_v<T>) {
                if (!value.is_number_integer())
                    fail(path, "expected an integer, found " + typeName(value));
            } else if (!value.is_number()) {
                fail(path, "expected a number, found " + typeName(value));
            }
            const double number = value.get<double>();
            if (!std::isfinite(number) || number < minimum || number > maximum) {
                std::ostringstream range;
                range << "expected a value from " << minimum << " to " << maximum << ", found "
                      << value.dump();
                fail(path, range.str());
            }
            target = value.get<T>();
        }
    };
    return f;
}

const std::vector<Field> &fields() {
    using D = DataConfig;
    using K = TokenizerConfig;
    using M = ModelConfig;
    using F = DiffusionConfig;
    using R = TrainConfig;
    static const double kHuge = 1e18;
    static const std::vector<Field> table = {
        field("data", &RunConfig::data, "train", &D::trainCorpus,
              "training corpus (text, one sentence per line, or DiffuSeq jsonl)"),
        field("data", &RunConfig::data, "valid", &D::validCorpus,
              "validation corpus; empty = hold out valid_fraction of train"),
        field("data", &RunConfig::data, "format", &D::format, "corpus format", 0, 0,
              {"auto", "text", "jsonl"}),
        field("data", &RunConfig::data, "valid_fraction", &D::validFraction,
              "share of train held out when valid is empty", 0.0, 0.5),
        field("data", &RunConfig::data, "max_length", &D::maxLength,
              "tokens per sentence (longer ones are cut), without [CLS]/[SEP]; seq2seq: of source "
              "[SEP] target (longer pairs are skipped)",
              2, 4096),
        field("data", &RunConfig::data, "task", &D::task,
              "lm: language model on every text; seq2seq: the jsonl target given its source "
              "(DiffuSeq)",
              0, 0, {"lm", "seq2seq"}),
        field("tokenizer", &RunConfig::tokenizer, "path", &K::path,
              "PREFIX.model (SentencePiece) or BERT vocab.txt; empty = train one on data.train"),
        field("tokenizer", &RunConfig::tokenizer, "type", &K::type,
              "SentencePiece model type when training", 0, 0, {"unigram", "bpe"}),
        field("tokenizer", &RunConfig::tokenizer, "vocab_size", &K::vocabSize,
              "pieces when training", 16, 1000000),
        field("model", &RunConfig::model, "preset", &M::preset,
              "tiny, small, base (bert-base) or custom", 0, 0, {"tiny", "small", "base", "custom"}),
        field("model", &RunConfig::model, "vocab_size", &M::vocabSize,
              "output classes; 0 = the tokenizer's vocabulary size", 0, 10000000),
        field("model", &RunConfig::model, "hidden", &M::hidden, "width (custom preset)", 8, 8192),
        field("model", &RunConfig::model, "layers", &M::layers, "encoder layers (custom preset)", 1,
              96),
        field("model", &RunConfig::model, "heads", &M::heads,
              "attention heads; must divide hidden (custom preset)", 1, 128),
        field("model", &RunConfig::model, "ffn", &M::ffn, "feed-forward width (custom preset)", 8,
              65536),
        field("model", &RunConfig::model, "max_positions", &M::maxPositions,
              "learned positions (>= max_length + 3)", 8, 65536),
        field("model", &RunConfig::model, "dropout", &M::dropout, "dropout while training", 0.0,
              0.9),
        field("model", &RunConfig::model, "tied_output", &M::tiedOutput,
              "the output layer shares the word embeddings (BERT's default)"),
        field("model", &RunConfig::model, "init", &M::init,
              "a pretrained BERT to start from (a Hugging Face folder or one of our checkpoints; "
              "its sizes and tokenizer are used); empty = random"),
        field("model", &RunConfig::model, "time_design", &M::timeDesign,
              "none (TAD), layerwise (LTE), prefix (PTE) or adaln", 0, 0,
              {"none", "layerwise", "prefix", "adaln"}),
        field("diffusion", &RunConfig::diffusion, "steps", &F::steps,
              "T, the number of diffusion steps", 2, 1000000),
        field("diffusion", &RunConfig::diffusion, "continuous_time", &F::continuousTime,
              "continuous time t in (0, 1] instead of T steps"),
        field("diffusion", &RunConfig::diffusion, "schedule", &F::schedule, "noise schedule", 0, 0,
              {"mutual", "cosine", "linear-beta", "loglinear", "spindle", "spindle-reference"}),
        field("diffusion", &RunConfig::diffusion, "spindle_base", &F::spindleBase,
              "schedule a spindle bends", 0, 0, {"mutual", "cosine", "linear-beta", "loglinear"}),
        field("diffusion", &RunConfig::diffusion, "spindle_lambda", &F::spindleLambda,
              "spindle strength", 0.0, 2.0),
        field("diffusion", &RunConfig::diffusion, "time_sampling", &F::timeSampling,
              "stratified (per sequence) or per-batch (paper)", 0, 0, {"stratified", "per-batch"}),
        field("diffusion", &RunConfig::diffusion, "objective", &F::objective,
              "d3pm-hybrid (paper), nelbo (continuous time) or mlm (BERT's masked LM: 15% chosen, "
              "80/10/10; for pretraining)",
              0, 0, {"d3pm-hybrid", "nelbo", "mlm"}),
        field("diffusion", &RunConfig::diffusion, "hybrid_lambda", &F::hybridLambda,
              "weight of the cross-entropy in d3pm-hybrid", 0.0, 100.0),
        field("diffusion", &RunConfig::diffusion, "zero_mask_probability", &F::zeroMaskProbability,
              "the model never predicts [MASK] (SUBS)"),
        field("diffusion", &RunConfig::diffusion, "carry_over_unmasked", &F::carryOverUnmasked,
              "unmasked inputs are copied to the output (SUBS)"),
        field("training", &RunConfig::training, "batch_size", &R::batchSize,
              "sentences per micro-batch", 1, 65536),
        field("training", &RunConfig::training, "accumulation", &R::accumulation,
              "micro-batches per optimizer step", 1, 4096),
        field("training", &RunConfig::training, "lr", &R::learningRate, "peak learning rate", 0.0,
              10.0),
        field("training", &RunConfig::training, "warmup_steps", &R::warmupSteps,
              "linear warm-up steps", 0, kHuge),
        field("training", &RunConfig::training, "lr_schedule", &R::lrSchedule, "after warm-up", 0,
              0, {"inverse-sqrt", "linear", "cosine", "constant"}),
        field("training", &RunConfig::training, "steps", &R::steps, "optimizer steps", 1, kHuge),
        field("training", &RunConfig::training, "clip", &R::clip, "gradient clipping", 0, 0,
              {"value", "norm", "none"}),
        field("training", &RunConfig::training, "clip_threshold", &R::clipThreshold,
              "clipping value or norm", 1e-9, 1e9),
        field("training", &RunConfig::training, "weight_decay", &R::weightDecay,
              "AdamW weight decay", 0.0, 10.0),
        field("training", &RunConfig::training, "beta1", &R::beta1, "AdamW beta1", 0.0, 0.999999),
        field("training", &RunConfig::training, "beta2", &R::beta2, "AdamW beta2", 0.0,
              0.999999999),
        field("training", &RunConfig::training, "adam_epsilon", &R::adamEpsilon, "AdamW epsilon",
              0.0, 1.0),
        field("training", &RunConfig::training, "validate_every", &R::validateEvery,
              "steps between validation passes; 0 = never", 0, kHuge),
        field("training", &RunConfig::training, "validation_sentences", &R::validationSentences,
              "sentences per validation pass", 1, kHuge),
        field("training", &RunConfig::training, "sample_every", &R::sampleEvery,
              "steps between stored sample batches; 0 = never", 0, kHuge),
        field("training", &RunConfig::training, "sample_count", &R::sampleCount,
              "samples per batch", 1, 4096),
        field("training", &RunConfig::training, "checkpoint_every", &R::checkpointEvery,
              "steps between checkpoints; 0 = at the end only", 0, kHuge),
        field("training", &RunConfig::training, "keep_checkpoints", &R::keepCheckpoints,
              "newest step checkpoints kept", 1, 10000),
        field("training", &RunConfig::training, "keep_best", &R::keepBest,
              "keep the best checkpoint by validation NELBO"),
        field("training", &RunConfig::training, "log_every", &R::logEvery,
              "steps between stored metric points", 1, kHuge),
        field("training", &RunConfig::training, "seed", &R::seed, "random seed", 0, 9.0e15),
        field("training", &RunConfig::training, "device", &R::device, "cpu, cuda or cuda:N"),
        field("training", &RunConfig::training, "threads", &R::threads,
              "LibTorch threads; 0 = all cores", 0, 1024),
        field("training", &RunConfig::training, "precision", &R::precision,
              "auto (bf16 on CUDA; on a CPU where bf16 matmul measures >= 1.5x fp32), fp32 or bf16",
              0, 0, {"auto", "fp32", "bf16"}),
        field("training", &RunConfig::training, "bucket_by_length", &R::bucketByLength,
              "batch sentences of similar length"),
    };
    return table;
}

const std::vector<std::string> kSections = {"data", "tokenizer", "model", "diffusion", "training"};

json toJsonObject(const RunConfig &config, bool documented) {
    json out = {{"format", RunConfig::kFormat}, {"name", config.name}};
    for (const std::string &section : kSections) {
        json part = json::object();
        json help = json::object();
        for (const Field &f : fields())
            if (f.section == section) {
                part[f.key] = f.write(config);
                help[f.key] = f.help;
            }
        if (documented)
            part["_help"] = help;
        out[section] = part;
    }
    return out;
}

std::string closestKey(const std::string &section, const std::string &key) {
    // Suggest the known key with the longest common prefix.
    std::string best;
    std::size_t bestLength = 0;
    for (const Field &f : fields()) {
        if (f.section != section)
            continue;
        std::size_t common = 0;
        while (common < key.size() && common < f.key.size() && key[common] == f.key[common])
            ++common;
        if (common > bestLength) {
            bestLength = common;
            best = f.key;
        }
    }
    return bestLength >= 2 ? best : "";
}

RunConfig fromJsonObject(const json &document) {
    if (!document.is_object())
        fail("(top level)", "expected a JSON object");
    RunConfig config;
    for (const auto &[key, value] : document.items()) {
        if (key == "format") {
            if (value != RunConfig::kFormat)
                fail("format",
                     "expected \"" + std::string(RunConfig::kFormat) + "\", found " + value.dump());
            continue;
        }
        if (key == "name") {
            if (!value.is_string())
                fail("name", "expected a string, found " + typeName(value));
            config.name = value.get<std::string>();
            continue;
        }
        if (!key.empty() && key[0] == '_')
            continue;
        if (std::find(kSections.begin(), kSections.end(), key) == kSections.end())
            fail(key,
                 "unknown section (expected format, name, data, tokenizer, model, diffusion, "
                 "training)");
        if (!value.is_object())
            fail(key, "expected an object, found " + typeName(value));
    }
    // Model sizes: the preset first, then explicit keys override it.
    if (document.contains("model") && document["model"].contains("preset") &&
        document["model"]["preset"].is_string())
        try {
            config.model =
                applyModelPreset(config.model, document["model"]["preset"].get<std::string>());
        } catch (const std::invalid_argument &) {
        }  // the field check below reports it
    for (const std::string &section : kSections) {
        if (!document.contains(section))
            continue;
        for (const auto &[key, value] : document[section].items()) {
            if (!key.empty() && key[0] == '_')
                continue;
            const Field *match = nullptr;
            for (const Field &f : fields())
                if (f.section == section && f.key == key)
                    match = &f;
            const std::string path = section + "." + key;
            if (!match) {
                const std::string suggestion = closestKey(section, key);
                fail(path, "unknown key" + (suggestion.empty() ? std::string()
                                                               : " (did you mean " + section + "." +
                                                                     suggestion + "?)"));
            }
            match->read(config, value, path);
        }
    }
    return config;
}

}  // namespace

std::vector<std::string> runConfigPresets() {
    return {"cpu-demo", "cpu-unshuffle", "paper"};
}

void useBundledCorpus(RunConfig &config) {
    const std::filesystem::path demo = demoCorpusDirectory();
    if (config.name == "cpu-demo") {
        config.data.trainCorpus = (demo / "brown-train.txt").string();
        config.data.validCorpus = (demo / "brown-valid.txt").string();
    } else if (config.name == "cpu-unshuffle") {
        config.data.trainCorpus = (demo / "brown-unshuffle-train.jsonl").string();
        config.data.validCorpus = (demo / "brown-unshuffle-valid.jsonl").string();
    }
}

RunConfig presetRunConfig(const std::string &preset) {
    RunConfig config;
    if (preset == "cpu-demo") {
        config.name = "cpu-demo";
        config.tokenizer.vocabSize = 4000;
        config.model = applyModelPreset(config.model, "tiny");
        config.data.maxLength = 64;
        config.diffusion.steps = 1024;
        config.diffusion.schedule = "spindle";
        config.training.batchSize = 32;
        config.training.learningRate = 1e-3;
        config.training.warmupSteps = 100;
        config.training.steps = 600;
        config.training.validateEvery = 100;
        config.training.validationSentences = 256;
        config.training.checkpointEvery = 200;
        config.training.sampleEvery = 100;
        return config;
    }
    if (preset == "cpu-unshuffle") {
        // cpu-demo's model on a conditional task: restore a Brown sentence's word order from its
        // shuffled words (the bundled brown-unshuffle jsonl); source [SEP] target fits 96 tokens.
        config = presetRunConfig("cpu-demo");
        config.name = "cpu-unshuffle";
        config.data.task = "seq2seq";
        config.data.format = "jsonl";
        config.data.maxLength = 96;
        config.training.steps = 1000;
        config.training.checkpointEvery = 250;
        config.training.sampleEvery = 250;
        config.training.validateEvery = 250;
        return config;
    }
    if (preset == "paper") {
        // diffusionbert.md §6.1: bert-base geometry, T = 2048, spindle lambda 0.3, TAD, hybrid
        // 0.01, batch 32, lr 3e-6 with 10k warm-up and inverse-sqrt decay, clip by value 5.
        config.name = "paper-lm1b";
        config.tokenizer.vocabSize = 30522;
        config.model = applyModelPreset(config.model, "base");
        config.diffusion.schedule = "spindle";
        config.diffusion.timeSampling = "per-batch";
        config.training.batchSize = 32;
        config.training.learningRate = 3e-6;
        config.training.warmupSteps = 10000;
        config.training.steps = 1900000;
        config.training.validateEvery = 15000;
        config.training.checkpointEvery = 15000;
        config.training.device = "cuda";
        return config;
    }
    throw std::invalid_argument("unknown preset '" + preset +
                                "' (expected cpu-demo, cpu-unshuffle or paper)");
}

std::string runConfigToJson(const RunConfig &config, bool documented) {
    return toJsonObject(config, documented).dump(2) + "\n";
}

RunConfig runConfigFromJson(const std::string &text, const std::string &origin) {
    json document;
    try {
        document = json::parse(text);
    } catch (const json::exception &error) {  // parse_error, or out_of_range for 1e999
        throw InputError(origin, 0, std::string("not valid JSON: ") + error.what());
    }
    try {
        RunConfig config = fromJsonObject(document);
        validateRunConfig(config, origin);
        return config;
    } catch (const std::invalid_argument &error) {
        throw InputError(origin, 0, error.what());
    }
}

RunConfig loadRunConfig(const std::string &path) {
    return runConfigFromJson(readWholeFile(path), path);
}

namespace {

void applyOverridesToJson(RunConfig &config, const std::vector<std::string> &assignments) {
    // Every assignment goes into one document that is read and validated once, so that their
    // order does not matter (objective=nelbo before continuous_time=true is fine).
    json document = toJsonObject(config, false);
    std::set<std::string> explicitKeys;
    for (const std::string &assignment : assignments) {
        const auto equals = assignment.find('=');
        if (assignment.rfind("name=", 0) == 0) {  // the one top-level key
            const json value = json::parse(assignment.substr(5), nullptr, false);
            document["name"] = value.is_string() ? value.get<std::string>() : assignment.substr(5);
            continue;
        }
        const auto dot = assignment.find('.');
        if (equals == std::string::npos || dot == std::string::npos || dot > equals)
            throw InputError(
                "--set", 0,
                "'" + assignment +
                    "': expected section.key=value (e.g. training.steps=100) or name=NAME");
        const std::string section = assignment.substr(0, dot);
        const std::string key = assignment.substr(dot + 1, equals - dot - 1);
        const std::string text = assignment.substr(equals + 1);
        json value = json::parse(text, nullptr, false);
        if (value.is_discarded())
            value = text;
        if (!document.contains(section))
            throw InputError(
                "--set", 0,
                section +
                    ": unknown section (expected data, tokenizer, model, diffusion, training)");
        document[section][key] = value;
        explicitKeys.insert(section + "." + key);
    }
    if (explicitKeys.count("model.preset"))  // a new preset resets the sizes not set beside it
        for (const char *size : {"hidden", "layers", "heads", "ffn"})
            if (!explicitKeys.count(std::string("model.") + size))
                document["model"].erase(size);
    std::string origin = "--set";
    for (const std::string &assignment : assignments)
        origin += " " + assignment;
    config = runConfigFromJson(document.dump(),
                               assignments.size() == 1 ? "--set " + assignments.front() : origin);
}

}  // namespace

void applyOverrides(RunConfig &config, const std::vector<std::string> &assignments) {
    try {
        applyOverridesToJson(config, assignments);
    } catch (const json::exception &error) {
        // A value that is not UTF-8, a number beyond double, a key into a value that is not a
        // section (found by fuzz_set_overrides).
        std::string origin = "--set";
        for (const std::string &assignment : assignments)
            origin += " " + assignment;
        throw InputError(origin, 0, std::string("cannot apply: ") + error.what());
    }
}

void applyOverride(RunConfig &config, const std::string &assignment) {
    applyOverrides(config, {assignment});
}

void validateRunConfig(const RunConfig &config, const std::string &origin) {
    auto problem = [&](const std::string &message) { throw InputError(origin, 0, message); };
    if (config.model.hidden % config.model.heads != 0)
        problem("model.heads (" + std::to_string(config.model.heads) +
                ") must divide model.hidden (" + std::to_string(config.model.hidden) + ")");
    if (config.model.maxPositions < config.data.maxLength + 3)
        problem("model.max_positions (" + std::to_string(config.model.maxPositions) +
                ") must be at least data.max_length + 3 ([CLS], [SEP] and a time token)");
    const bool spindle =
        config.diffusion.schedule == "spindle" || config.diffusion.schedule == "spindle-reference";
    if (config.diffusion.schedule == "spindle-reference" &&
        (config.diffusion.continuousTime || config.diffusion.objective == "nelbo"))
        problem(
            "diffusion.schedule: spindle-reference is the official discrete-time formula; use it "
            "with continuous_time false and objective d3pm-hybrid");
    if (config.diffusion.objective == "mlm" && config.model.timeDesign != "none")
        problem(
            "diffusion.objective: mlm pretrains a plain BERT; set model.time_design to none (a "
            "diffusion run "
            "started from it can use any time design)");
    if (config.diffusion.objective == "nelbo" && !config.diffusion.continuousTime)
        problem(
            "diffusion.objective: nelbo is the continuous-time objective; set "
            "diffusion.continuous_time to true (or use d3pm-hybrid)");
    if (spindle) {
        // Offsets lie in [-1, 1] (frequency scores in [0, 1] minus their mean).
        try {
            NoiseSchedule(scheduleKindFromString(config.diffusion.schedule),
                          scheduleKindFromString(config.diffusion.spindleBase),
                          config.diffusion.spindleLambda)
                .checkMonotone(-1.0, 1.0);
        } catch (const std::invalid_argument &error) {
            problem(std::string("diffusion.spindle_lambda: ") + error.what());
        }
    }
    if (config.data.task == "seq2seq" && config.data.format == "text")
        problem(
            "data.task: seq2seq needs source-target pairs; set data.format to jsonl (or auto with "
            "a .jsonl "
            "corpus whose lines have \"src\" and \"trg\")");
    const std::string &device = config.training.device;
    if (device != "cpu" && device != "cuda" && device.rfind("cuda:", 0) != 0)
        problem("training.device: '" + device + "' is not cpu, cuda or cuda:N");
}

}  // namespace dbw
