#include "eval/elbo.h"

#include "error.h"
#include "model/denoiser.h"
#include "sample/sampler.h"
#include "text/corpus.h"
#include "text/seq2seq.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <numeric>

namespace dbw {

ElboResult evaluateElbo(Denoiser &denoiser, const std::vector<std::string> &sentences,
                        const ElboRecipe &recipe, const std::string &splitName,
                        const std::function<bool(std::int64_t, std::int64_t)> &progress,
                        const std::vector<std::string> &sources, const ElboShard &shard) {
    const auto started = std::chrono::steady_clock::now();
    const int T = denoiser.steps();
    if (recipe.stepSize < 1 || T % recipe.stepSize != 0)
        throw InputError("--step-size", 0,
                         "T = " + std::to_string(T) + " is not a multiple of the step size " +
                             std::to_string(recipe.stepSize));
    if (recipe.estimator != "chain" && recipe.estimator != "monte-carlo")
        throw InputError("--estimator", 0,
                         "'" + recipe.estimator + "' is not chain or monte-carlo");
    const int terms = T / recipe.stepSize;
    // The chain the sampler runs, also for a continuous-time model: summing its continuous NELBO
    // integrand once per term, as if it were a one-step KL, overstated the bound by T/s.
    const DiffusionObjective objective = denoiser.objective->discreteChain();
    const SpecialTokenIds special = denoiser.tokenizer->specialIds();
    const int maxTokens = denoiser.config.model.maxPositions - 3;
    const bool conditional = denoiser.conditional();
    if (conditional && sources.size() != sentences.size())
        throw InputError(
            splitName, 0,
            "this model was trained for seq2seq: it scores targets given their sources, "
            "so it needs a jsonl corpus with \"src\" and \"trg\"");
    if (!conditional && !sources.empty())
        throw InputError(splitName, 0,
                         "sources were given but the model is a language model (data.task = lm)");

    ElboResult result;
    std::vector<std::vector<int>> data;
    std::vector<int> targetStarts;  // seq2seq only
    std::vector<std::int64_t> words, sourceIndex;
    for (std::size_t index = 0; index < sentences.size(); ++index) {
        const std::string &sentence = sentences[index];
        if (recipe.maxSentences > 0 && static_cast<int>(data.size()) >= recipe.maxSentences)
            break;
        EncodedExample example = conditional
                                     ? encodePair(*denoiser.tokenizer, sources[index], sentence)
                                     : EncodedExample{denoiser.tokenizer->encode(sentence), 0};
        if (static_cast<int>(example.ids.size()) == example.targetStart)
            continue;  // nothing to score
        if (static_cast<int>(example.ids.size()) > maxTokens) {
            ++result.skipped;  // evaluating a truncated sentence would understate its NLL
            continue;
        }
        data.push_back(std::move(example.ids));
        if (conditional)
            targetStarts.push_back(example.targetStart);
        words.push_back(static_cast<std::int64_t>(countWords(sentence)));
        sourceIndex.push_back(static_cast<std::int64_t>(index));
    }
    // Similar lengths together: less padding.
    std::vector<int> order(data.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return data[a].size() < data[b].size(); });

    torch::NoGradGuard noGrad;
    const bool wasTraining = denoiser.model->is_training();
    denoiser.model->eval();
    at::Generator generator = at::detail::createCPUGenerator(recipe.seed);
    std::vector<double> perSentence(data.size(), 0.0);
    const std::size_t batchSize = static_cast<std::size_t>(std::max(1, recipe.batchSize));
    for (std::size_t start = 0; start < order.size(); start += batchSize) {
        const bool mine =
            static_cast<int>((start / batchSize) %
                             static_cast<std::size_t>(std::max(1, shard.count))) == shard.rank;
        const std::vector<int> indices(
            order.begin() + static_cast<std::ptrdiff_t>(start),
            order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), start + batchSize)));
        const TokenBatch batch = makeTokenBatch(data, indices, special.pad, targetStarts);
        const auto B = batch.tokens.size(0), L = batch.tokens.size(1);
        const auto offsets = objective.positionOffsets(batch.tokens, batch.target);
        auto nats = torch::zeros({B}, torch::kFloat64);
        // The terms visited: all of them, or `draws` stratified draws per sentence.
        const int rounds = recipe.estimator == "chain" ? terms : recipe.draws;
        for (int round = 0; round < rounds; ++round) {
            std::vector<std::int64_t> steps(static_cast<std::size_t>(B));
            if (recipe.estimator == "chain") {
                std::fill(steps.begin(), steps.end(),
                          static_cast<std::int64_t>(round) * recipe.stepSize);
            } else {
                const auto u =
                    (torch::randperm(B, generator, torch::kFloat64) +
                     torch::rand({B}, generator, torch::TensorOptions().dtype(torch::kFloat64))) /
                    static_cast<double>(B);
                for (std::int64_t b = 0; b < B; ++b)
                    steps[static_cast<std::size_t>(b)] =
                        std::min<std::int64_t>(
                            terms - 1, static_cast<std::int64_t>(u[b].item<double>() * terms)) *
                        recipe.stepSize;
            }
            // Term k: x_{t+s} ~ q(. | x0); KL(q(x_t | x_{t+s}, x0) || p(x_t | x_{t+s})).
            BatchTimes times;
            times.steps = T;
            std::vector<double> target, noisy;
            for (const std::int64_t t : steps) {
                target.push_back(static_cast<double>(t) / T);
                noisy.push_back(static_cast<double>(t + recipe.stepSize) / T);
            }
            times.target = torch::tensor(target, torch::kFloat64);
            times.noisy = torch::tensor(noisy, torch::kFloat64);
            const auto noisyTokens =
                objective.corrupt(batch.tokens, batch.target, times, offsets, generator);
            const auto masked = noisyTokens == special.mask;
            const auto select = masked.flatten().nonzero().squeeze(1);
            if (select.size(0) == 0 ||
                !mine)  // another rank's batch: its draws are made, its network is not run
                continue;
            const auto hidden =
                denoiser.hidden(noisyTokens, batch.lengths, times.modelTime(), batch.targetStarts);
            ++result.networkCalls;
            const auto device = denoiser.device;
            const auto logits =
                denoiser.logits(hidden.reshape({B * L, -1}).index_select(0, select.to(device)));
            const auto sequence = torch::arange(B, torch::kInt64)
                                      .unsqueeze(1)
                                      .expand({B, L})
                                      .flatten()
                                      .index_select(0, select);
            const auto kl =
                objective
                    .terms(logits, batch.tokens.flatten().index_select(0, select).to(device),
                           masked.flatten().index_select(0, select).to(device), sequence.to(device),
                           offsets.flatten().index_select(0, select).to(device), times)
                    .base.to(torch::kCPU, torch::kFloat64);
            const double weight =
                recipe.estimator == "chain" ? 1.0 : static_cast<double>(terms) / recipe.draws;
            nats.index_add_(0, sequence, kl * weight);
        }
        if (mine)
            for (std::int64_t b = 0; b < B; ++b)
                perSentence[static_cast<std::size_t>(indices[static_cast<std::size_t>(b)])] =
                    nats[b].item<double>();
        if (progress &&
            !progress(static_cast<std::int64_t>(std::min(order.size(), start + batchSize)),
                      static_cast<std::int64_t>(order.size())))
            throw std::runtime_error("evaluation cancelled");
    }
    if (wasTraining)
        denoiser.model->train();
    if (shard.count > 1 && shard.sum)
        shard.sum(perSentence);  // each sentence was scored by one rank, zero elsewhere

    // The length term: the sampler draws the length first, then the tokens given the length.
    const LengthDistribution *lengthDistribution = nullptr;
    std::string lengthProblem;
    if (conditional)
        lengthProblem =
            "seq2seq: the bound is on the target given its source and its length (dbw generate "
            "takes "
            "the target length as given)";
    else if (denoiser.config.data.trainCorpus.empty())  // e.g. a random model of dbw bench
        lengthProblem = "the model has no training corpus to take sentence lengths from";
    else
        try {
            lengthDistribution = &trainingLengthDistribution(denoiser);
        } catch (const std::exception &error) {
            lengthProblem = error.what();
        }
    result.hasLengthTerm = lengthDistribution != nullptr;
    result.perSentence.resize(data.size());
    for (std::size_t i = 0; i < data.size(); ++i) {
        SentenceNats &value = result.perSentence[i];
        value.index = sourceIndex[i];
        value.tokens =
            static_cast<std::int64_t>(data[i].size()) - (conditional ? targetStarts[i] : 0);
        value.words = words[i];
        value.nats = perSentence[i];
        value.lengthNats = lengthDistribution
                               ? lengthDistribution->negativeLog(static_cast<int>(value.tokens))
                               : 0.0;
        result.natsGivenLength += value.nats;
        result.lengthNats += value.lengthNats;
        result.tokens += value.tokens;
        result.words += value.words;
    }
    result.nats = result.natsGivenLength + result.lengthNats;
    result.sentences = static_cast<std::int64_t>(data.size());
    // Ratio estimator of nats per token: the spread of (n_i - r * tokens_i) across sentences.
    auto standardError = [&](bool withLength, double perToken) {
        double squares = 0;
        for (const SentenceNats &value : result.perSentence) {
            const double residual = value.nats + (withLength ? value.lengthNats : 0.0) -
                                    perToken * static_cast<double>(value.tokens);
            squares += residual * residual;
        }
        const double n = static_cast<double>(result.perSentence.size());
        return n > 1 ? std::sqrt(squares * n / (n - 1)) / static_cast<double>(result.tokens) : 0.0;
    };
    if (result.tokens > 0) {
        const double words = static_cast<double>(std::max<std::int64_t>(1, result.words));
        result.natsPerToken = result.nats / result.tokens;
        result.bitsPerToken = result.natsPerToken / std::log(2.0);
        result.perplexityPerToken = std::exp(result.natsPerToken);
        result.perplexityPerWord = std::exp(result.nats / words);
        result.natsPerSentence = result.nats / result.sentences;
        result.standardErrorPerToken = standardError(true, result.natsPerToken);
        result.natsPerTokenGivenLength = result.natsGivenLength / result.tokens;
        result.perplexityPerWordGivenLength = std::exp(result.natsGivenLength / words);
        result.standardErrorPerTokenGivenLength =
            standardError(false, result.natsPerTokenGivenLength);
    }
    // The bound holds for the sampler's model only: the sampler never draws [MASK] as a token,
    // and spindle-reference scores with the true token's frequency, which the sampler lacks.
    if (!objective.schedule().likelihoodIsBound())
        result.notBoundBecause = "spindle-reference sees the true token's frequency";
    else if (!objective.settings().zeroMaskProbability)
        result.notBoundBecause =
            "the model gives [MASK] x0 mass (zero_mask_probability = false), which the sampler "
            "never draws";
    result.isBound = result.notBoundBecause.empty();
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    nlohmann::json recipeJson{
        {"split", splitName},
        {"task", conditional ? "seq2seq: target given source ([CLS] src [SEP] trg [SEP]); tokens "
                               "and words of the target"
                             : "lm"},
        {"T", T},
        {"step_size", recipe.stepSize},
        {"terms", terms},
        {"estimator", recipe.estimator},
        {"draws", recipe.estimator == "chain" ? 1 : recipe.draws},
        {"seed", recipe.seed},
        {"sentences", result.sentences},
        {"skipped_too_long", result.skipped},
        {"schedule", denoiser.config.diffusion.schedule},
        {"chain", "discrete, T/s terms of the trained schedule (also for continuous-time models)"},
        {"is_bound", result.isBound},
        {"bound_for", "the sampler with the same step size at temperature 1, no top-k/top-p"},
        {"bound_on", result.hasLengthTerm
                         ? "-log p(x): the chain given the length plus -log p(length)"
                         : "-log p(x | length) only"},
        {"length_term",
         result.hasLengthTerm
             ? "training lengths (first 20000 sentences), add-one smoothed over 1.." +
                   std::to_string(lengthDistribution->maxLength()) + " tokens"
             : "unavailable: " + lengthProblem},
        {"given_length", "the *_given_length results bound -log p(x | length), as training does"},
        {"precision", denoiser.bf16 ? "bf16" : "fp32"},
        {"device", denoiser.device.str()},
        {"libtorch", TORCH_VERSION},
        {"units", "nats and bits per token, perplexity per token and per whitespace word"}};
    if (!result.isBound)
        recipeJson["not_a_bound_because"] = result.notBoundBecause;
    result.recipeJson = recipeJson.dump();
    result.resultsJson = nlohmann::json{
        {"nats_per_token", result.natsPerToken},
        {"bits_per_token", result.bitsPerToken},
        {"perplexity_per_token", result.perplexityPerToken},
        {"perplexity_per_word", result.perplexityPerWord},
        {"nats_per_sentence", result.natsPerSentence},
        {"standard_error_nats_per_token", result.standardErrorPerToken},
        {"length_nats_per_token", result.tokens > 0 ? result.lengthNats / result.tokens : 0.0},
        {"nats_per_token_given_length", result.natsPerTokenGivenLength},
        {"perplexity_per_word_given_length", result.perplexityPerWordGivenLength},
        {"standard_error_nats_per_token_given_length", result.standardErrorPerTokenGivenLength},
        {"tokens", result.tokens},
        {"words", result.words},
        {"network_calls", result.networkCalls},
        {"seconds",
         result.seconds}}.dump();
    return result;
}

PairedDifference pairedDifference(const std::vector<SentenceNats> &a,
                                  const std::vector<SentenceNats> &b) {
    if (a.size() != b.size())
        throw std::invalid_argument("the evaluations cover " + std::to_string(a.size()) + " and " +
                                    std::to_string(b.size()) +
                                    " sentences; a paired difference needs the same sentences");
    if (a.empty())
        throw std::invalid_argument("no sentences to compare");
    PairedDifference result;
    result.sentences = static_cast<std::int64_t>(a.size());
    double tokens = 0, sum = 0;
    std::vector<double> differences(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].index != b[i].index || a[i].tokens != b[i].tokens || a[i].words != b[i].words)
            throw std::invalid_argument(
                "sentence " + std::to_string(i) + " differs between the evaluations (" +
                std::to_string(a[i].tokens) + " vs " + std::to_string(b[i].tokens) +
                " tokens); a paired difference needs the same sentences and tokenizer");
        differences[i] = (a[i].nats + a[i].lengthNats) - (b[i].nats + b[i].lengthNats);
        tokens += static_cast<double>(a[i].tokens);
        sum += differences[i];
    }
    const double n = static_cast<double>(a.size());
    result.natsPerToken = sum / tokens;
    result.natsPerSentence = sum / n;
    // The same ratio estimator as for one evaluation, applied to the differences.
    auto spread = [&](auto value) {
        double squares = 0, mean = 0;
        for (std::size_t i = 0; i < a.size(); ++i)
            mean += value(i);
        mean /= tokens;
        for (std::size_t i = 0; i < a.size(); ++i) {
            const double residual = value(i) - mean * static_cast<double>(a[i].tokens);
            squares += residual * residual;
        }
        return n > 1 ? std::sqrt(squares * n / (n - 1)) / tokens : 0.0;
    };
    result.standardErrorPerToken = spread([&](std::size_t i) { return differences[i]; });
    const double seA = spread([&](std::size_t i) { return a[i].nats + a[i].lengthNats; });
    const double seB = spread([&](std::size_t i) { return b[i].nats + b[i].lengthNats; });
    result.unpairedStandardErrorPerToken = std::sqrt(seA * seA + seB * seB);
    return result;
}

bool pairableRecipes(const std::string &recipeA, const std::string &recipeB) {
    const auto a = nlohmann::json::parse(recipeA, nullptr, false),
               b = nlohmann::json::parse(recipeB, nullptr, false);
    if (!a.is_object() || !b.is_object() || a.contains("invalid") || b.contains("invalid"))
        return false;
    for (const char *key : {"T", "step_size", "estimator", "draws", "seed", "sentences"})
        if (a.value(key, nlohmann::json()) != b.value(key, nlohmann::json()))
            return false;
    return std::filesystem::path(a.value("split", "")).filename() ==
           std::filesystem::path(b.value("split", "")).filename();
}

std::string perSentenceJson(const std::vector<SentenceNats> &values) {
    nlohmann::json rows = nlohmann::json::array();
    for (const SentenceNats &value : values)
        rows.push_back({value.index, value.tokens, value.words, value.nats, value.lengthNats});
    return nlohmann::json{{"format", "dbw-per-sentence/1"}, {"sentences", rows}}.dump();
}

std::vector<SentenceNats> perSentenceFromJson(const std::string &text) {
    const auto parsed = nlohmann::json::parse(text, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object() ||
        parsed.value("format", "") != "dbw-per-sentence/1" || !parsed.contains("sentences") ||
        !parsed["sentences"].is_array())
        throw std::invalid_argument("expected dbw-per-sentence/1 JSON with a \"sentences\" array");
    std::vector<SentenceNats> values;
    for (const auto &row : parsed["sentences"]) {
        if (!row.is_array() || row.size() != 5 || !row[0].is_number_integer() ||
            !row[1].is_number_integer() || !row[2].is_number_integer() || !row[3].is_number() ||
            !row[4].is_number())
            throw std::invalid_argument("sentence " + std::to_string(values.size()) +
                                        ": expected [index, tokens, words, nats, length_nats]");
        values.push_back({row[0].get<std::int64_t>(), row[1].get<std::int64_t>(),
                          row[2].get<std::int64_t>(), row[3].get<double>(), row[4].get<double>()});
    }
    return values;
}

ElboResult evaluateCheckpoint(const std::string &checkpointDirectory, const std::string &corpusPath,
                              const ElboRecipe &recipe, const std::string &device,
                              const std::function<bool(std::int64_t, std::int64_t)> &progress,
                              const std::string &precision) {
    const Corpus corpus = readCorpus(corpusPath);
    auto denoiser = loadDenoiser(checkpointDirectory, device, precision);
    if (denoiser->conditional() && corpus.format != CorpusFormat::DiffuSeqJsonl)
        throw InputError(corpusPath, 0,
                         "this model was trained for seq2seq: evaluate it on a jsonl corpus with "
                         "\"src\" and \"trg\"");
    std::vector<std::string> texts, sources;
    for (const CorpusExample &example : corpus.examples) {
        texts.push_back(example.text);
        if (denoiser->conditional())
            sources.push_back(example.source);
    }
    return evaluateElbo(*denoiser, texts, recipe, corpusPath, progress, sources);
}

ElboResult evaluateCheckpointOn(const std::string &checkpointDirectory,
                                const std::vector<std::string> &texts, const std::string &splitName,
                                const ElboRecipe &recipe, const std::string &device,
                                const std::function<bool(std::int64_t, std::int64_t)> &progress,
                                const std::string &precision,
                                const std::vector<std::string> &sources) {
    auto denoiser = loadDenoiser(checkpointDirectory, device, precision);
    return evaluateElbo(*denoiser, texts, recipe, splitName, progress, sources);
}

}  // namespace dbw
