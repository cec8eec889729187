#include "eval/elbo.h"

#include "error.h"
#include "model/denoiser.h"
#include "text/corpus.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cmath>
#include <numeric>

namespace dbw {

ElboResult evaluateElbo(Denoiser &denoiser, const std::vector<std::string> &sentences, const ElboRecipe &recipe,
                        const std::string &splitName,
                        const std::function<bool(std::int64_t, std::int64_t)> &progress)
{
    const auto started = std::chrono::steady_clock::now();
    const int T = denoiser.steps();
    if (recipe.stepSize < 1 || T % recipe.stepSize != 0)
        throw InputError("--step-size", 0, "T = " + std::to_string(T) + " is not a multiple of the step size " +
                                               std::to_string(recipe.stepSize));
    if (recipe.estimator != "chain" && recipe.estimator != "monte-carlo")
        throw InputError("--estimator", 0, "'" + recipe.estimator + "' is not chain or monte-carlo");
    const int terms = T / recipe.stepSize;
    const DiffusionObjective &objective = *denoiser.objective;
    const SpecialTokenIds special = denoiser.tokenizer->specialIds();
    const int maxTokens = denoiser.config.model.maxPositions - 3;

    ElboResult result;
    std::vector<std::vector<int>> data;
    std::vector<std::int64_t> words;
    for (const std::string &sentence : sentences) {
        if (recipe.maxSentences > 0 && static_cast<int>(data.size()) >= recipe.maxSentences)
            break;
        std::vector<int> ids = denoiser.tokenizer->encode(sentence);
        if (ids.empty())
            continue;
        if (static_cast<int>(ids.size()) > maxTokens) {
            ++result.skipped;  // evaluating a truncated sentence would understate its NLL
            continue;
        }
        data.push_back(std::move(ids));
        words.push_back(static_cast<std::int64_t>(countWords(sentence)));
    }
    // Similar lengths together: less padding.
    std::vector<int> order(data.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return data[a].size() < data[b].size(); });

    torch::NoGradGuard noGrad;
    const bool wasTraining = denoiser.model->is_training();
    denoiser.model->eval();
    at::Generator generator = at::detail::createCPUGenerator(recipe.seed);
    std::vector<double> perSentence(data.size(), 0.0);
    const std::size_t batchSize = static_cast<std::size_t>(std::max(1, recipe.batchSize));
    for (std::size_t start = 0; start < order.size(); start += batchSize) {
        const std::vector<int> indices(order.begin() + static_cast<std::ptrdiff_t>(start),
                                       order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), start + batchSize)));
        const TokenBatch batch = makeTokenBatch(data, indices, special.pad);
        const auto B = batch.tokens.size(0), L = batch.tokens.size(1);
        const auto offsets = objective.positionOffsets(batch.tokens, batch.real);
        auto nats = torch::zeros({B}, torch::kFloat64);
        // The terms visited: all of them, or `draws` stratified draws per sentence.
        const int rounds = recipe.estimator == "chain" ? terms : recipe.draws;
        for (int round = 0; round < rounds; ++round) {
            std::vector<std::int64_t> steps(static_cast<std::size_t>(B));
            if (recipe.estimator == "chain") {
                std::fill(steps.begin(), steps.end(), static_cast<std::int64_t>(round) * recipe.stepSize);
            } else {
                const auto u = (torch::randperm(B, generator, torch::kFloat64) +
                                torch::rand({B}, generator, torch::TensorOptions().dtype(torch::kFloat64))) /
                               static_cast<double>(B);
                for (std::int64_t b = 0; b < B; ++b)
                    steps[static_cast<std::size_t>(b)] =
                        std::min<std::int64_t>(terms - 1, static_cast<std::int64_t>(u[b].item<double>() * terms)) *
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
            const auto noisyTokens = objective.corrupt(batch.tokens, batch.real, times, offsets, generator);
            const auto masked = noisyTokens == special.mask;
            const auto select = masked.flatten().nonzero().squeeze(1);
            if (select.size(0) == 0)
                continue;
            const auto hidden = denoiser.hidden(noisyTokens, batch.lengths, times.modelTime());
            ++result.networkCalls;
            const auto device = denoiser.device;
            const auto logits = denoiser.logits(hidden.reshape({B * L, -1}).index_select(0, select.to(device)));
            const auto sequence = torch::arange(B, torch::kInt64).unsqueeze(1).expand({B, L}).flatten().index_select(0, select);
            const BatchTimes onDevice{times.noisy.to(device), times.target.to(device), T};
            const auto kl = objective.terms(logits, batch.tokens.flatten().index_select(0, select).to(device),
                                            masked.flatten().index_select(0, select).to(device), sequence.to(device),
                                            offsets.flatten().index_select(0, select).to(device), onDevice)
                                .base.to(torch::kCPU, torch::kFloat64);
            const double weight = recipe.estimator == "chain" ? 1.0 : static_cast<double>(terms) / recipe.draws;
            nats.index_add_(0, sequence, kl * weight);
        }
        for (std::int64_t b = 0; b < B; ++b)
            perSentence[static_cast<std::size_t>(indices[static_cast<std::size_t>(b)])] = nats[b].item<double>();
        if (progress && !progress(static_cast<std::int64_t>(std::min(order.size(), start + batchSize)),
                                  static_cast<std::int64_t>(order.size())))
            throw std::runtime_error("evaluation cancelled");
    }
    if (wasTraining)
        denoiser.model->train();

    for (std::size_t i = 0; i < data.size(); ++i) {
        result.nats += perSentence[i];
        result.tokens += static_cast<std::int64_t>(data[i].size());
        result.words += words[i];
    }
    result.sentences = static_cast<std::int64_t>(data.size());
    if (result.tokens > 0) {
        result.natsPerToken = result.nats / result.tokens;
        result.bitsPerToken = result.natsPerToken / std::log(2.0);
        result.perplexityPerToken = std::exp(result.natsPerToken);
        result.perplexityPerWord = std::exp(result.nats / std::max<std::int64_t>(1, result.words));
        result.natsPerSentence = result.nats / result.sentences;
        // Ratio estimator: variance of (n_i - r * tokens_i) across sentences.
        double squares = 0;
        for (std::size_t i = 0; i < data.size(); ++i) {
            const double residual = perSentence[i] - result.natsPerToken * static_cast<double>(data[i].size());
            squares += residual * residual;
        }
        const double n = static_cast<double>(data.size());
        result.standardErrorPerToken = n > 1 ? std::sqrt(squares * n / (n - 1)) / result.tokens : 0.0;
    }
    result.isBound = objective.schedule().likelihoodIsBound();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    result.recipeJson = nlohmann::json{{"split", splitName},
                                       {"T", T},
                                       {"step_size", recipe.stepSize},
                                       {"terms", terms},
                                       {"estimator", recipe.estimator},
                                       {"draws", recipe.estimator == "chain" ? 1 : recipe.draws},
                                       {"seed", recipe.seed},
                                       {"sentences", result.sentences},
                                       {"skipped_too_long", result.skipped},
                                       {"schedule", denoiser.config.diffusion.schedule},
                                       {"is_bound", result.isBound},
                                       {"bound_for", "the sampler with the same step size at temperature 1, no top-k/top-p"},
                                       {"units", "nats and bits per token, perplexity per token and per whitespace word"}}
                            .dump();
    result.resultsJson = nlohmann::json{{"nats_per_token", result.natsPerToken},
                                        {"bits_per_token", result.bitsPerToken},
                                        {"perplexity_per_token", result.perplexityPerToken},
                                        {"perplexity_per_word", result.perplexityPerWord},
                                        {"nats_per_sentence", result.natsPerSentence},
                                        {"standard_error_nats_per_token", result.standardErrorPerToken},
                                        {"tokens", result.tokens},
                                        {"words", result.words},
                                        {"network_calls", result.networkCalls},
                                        {"seconds", result.seconds}}
                             .dump();
    return result;
}

ElboResult evaluateCheckpoint(const std::string &checkpointDirectory, const std::string &corpusPath,
                              const ElboRecipe &recipe, const std::string &device,
                              const std::function<bool(std::int64_t, std::int64_t)> &progress)
{
    auto denoiser = loadDenoiser(checkpointDirectory, device);
    const Corpus corpus = readCorpus(corpusPath);
    std::vector<std::string> texts;
    for (const CorpusExample &example : corpus.examples)
        texts.push_back(example.text);
    return evaluateElbo(*denoiser, texts, recipe, corpusPath, progress);
}

}  // namespace dbw
