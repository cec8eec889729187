#include "sample/sampler.h"

#include "error.h"
#include "model/denoiser.h"
#include "sample/prompt.h"
#include "sample/reverse.h"
#include "text/corpus.h"
#include "text/seq2seq.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <random>

namespace dbw {
namespace {

using nlohmann::json;

double rounded(double value) {
    return std::round(value * 10000.0) / 10000.0;
}

}  // namespace

torch::Tensor x0Distribution(const torch::Tensor &logits, const SamplerConfig &config,
                             const SpecialTokenIds &special) {
    auto values = logits.to(torch::kFloat32) / std::max(config.temperature, 1e-6);
    const auto excluded = torch::tensor(
        {static_cast<std::int64_t>(special.pad), static_cast<std::int64_t>(special.cls),
         static_cast<std::int64_t>(special.sep), static_cast<std::int64_t>(special.mask)},
        torch::TensorOptions().dtype(torch::kInt64).device(values.device()));
    values = values.index_fill(1, excluded, -std::numeric_limits<double>::infinity());
    if (config.topK > 0 && config.topK < values.size(1)) {
        const auto kth =
            std::get<0>(values.topk(config.topK, 1)).select(1, config.topK - 1).unsqueeze(1);
        values = values.masked_fill(values < kth, -std::numeric_limits<double>::infinity());
    }
    auto probabilities = torch::softmax(values, 1);
    if (config.topP < 1.0) {
        const auto [sorted, order] = probabilities.sort(1, /*descending=*/true);
        const auto before = sorted.cumsum(1) - sorted;  // mass of the more likely tokens
        const auto keepSorted = before < config.topP;   // the most likely token is always kept
        const auto keep = torch::zeros_like(keepSorted).scatter(1, order, keepSorted);
        probabilities = probabilities * keep.to(probabilities.scalar_type());
        probabilities = probabilities / probabilities.sum(1, true);
    }
    return probabilities;
}

torch::Tensor revealRates(const DiffusionObjective &objective, const std::vector<double> &offsets,
                          int vocabulary, double u, double uNext) {
    const NoiseSchedule &schedule = objective.schedule();
    std::vector<double> rates(static_cast<std::size_t>(vocabulary));
    for (int v = 0; v < vocabulary; ++v) {
        const double offset = offsets.empty() ? 0.0 : offsets[static_cast<std::size_t>(v)];
        const double now = schedule.keep(u, offset), next = schedule.keep(uNext, offset);
        rates[static_cast<std::size_t>(v)] =
            now >= 1.0 ? 0.0 : std::clamp((next - now) / (1.0 - now), 0.0, 1.0);
    }
    return torch::tensor(rates, torch::kFloat64);
}

const LengthDistribution &trainingLengthDistribution(Denoiser &denoiser) {
    if (denoiser.trainingLengths)
        return *denoiser.trainingLengths;
    const std::string &path = denoiser.config.data.trainCorpus;
    CorpusReadOptions options;
    options.maxLines = 20000;
    const Corpus corpus = readCorpus(path, options);
    const int maxTokens = denoiser.config.model.maxPositions - 3;
    std::vector<std::int64_t> counts(static_cast<std::size_t>(maxTokens) + 1, 0);
    std::int64_t sentences = 0;
    for (const CorpusExample &example : corpus.examples) {
        const int length =
            std::min({static_cast<int>(denoiser.tokenizer->encode(example.text).size()),
                      denoiser.config.data.maxLength, maxTokens});
        if (length > 0) {
            ++counts[static_cast<std::size_t>(length)];
            ++sentences;
        }
    }
    if (sentences == 0)
        throw InputError(path, 0, "no sentence to draw lengths from");
    denoiser.trainingLengths = std::make_shared<const LengthDistribution>(counts, maxTokens);
    return *denoiser.trainingLengths;
}

std::vector<int> sampleLengths(Denoiser &denoiser, const SamplerConfig &config) {
    if (!config.templates.empty()) {
        std::vector<int> lengths;
        for (const std::vector<int> &tokens : config.templates)
            lengths.push_back(static_cast<int>(tokens.size()));
        return lengths;
    }
    if (config.length > 0) {
        if (config.length > denoiser.config.model.maxPositions - 3)
            throw InputError("--length", 0,
                             std::to_string(config.length) + " tokens exceed the model's " +
                                 std::to_string(denoiser.config.model.maxPositions - 3));
        return std::vector<int>(static_cast<std::size_t>(config.count), config.length);
    }
    const LengthDistribution &distribution = trainingLengthDistribution(denoiser);
    std::mt19937_64 generator(config.seed ^ 0x1e57ULL);
    std::vector<int> lengths;
    for (int i = 0; i < config.count; ++i)
        lengths.push_back(distribution.draw(generator));
    return lengths;
}

torch::Tensor drawTokens(const torch::Tensor &weights, const torch::Tensor &fallback,
                         const torch::Tensor &uniforms) {
    auto rows = weights.to(torch::kFloat64);
    const auto empty = rows.sum(1) <= 0;
    if (empty.any().item<bool>())
        rows = torch::where(empty.unsqueeze(1), fallback.to(torch::kFloat64), rows);
    const auto cdf = rows.cumsum(1);
    const auto target =
        (uniforms.to(torch::kFloat64) * cdf.select(1, cdf.size(1) - 1)).unsqueeze(1);
    // right = true: cdf[i-1] <= target < cdf[i], hence weight[i] > 0. A target that rounds up to
    // the total (u within 2^-53 of 1) lands past the end: take the last id with weight instead.
    const auto ids =
        torch::searchsorted(cdf, target, /*out_int32=*/false, /*right=*/true).squeeze(1);
    const auto V = cdf.size(1);
    const auto lastWithWeight =
        ((rows > 0).to(torch::kInt64) * torch::arange(V, torch::kInt64).to(rows.device()))
            .argmax(1);
    return torch::where(ids >= V, lastWithWeight, ids);
}

std::string samplerJsonWithOrigin(const std::string &samplerJson, const std::string &origin) {
    json sampler = json::parse(samplerJson);
    sampler["origin"] = origin;
    return sampler.dump();
}

std::string samplerConfigJson(const SamplerConfig &config) {
    json settings = {{"count", config.count},
                     {"length", config.length},
                     {"step_size", config.stepSize},
                     {"strategy", config.strategy},
                     {"temperature", config.temperature},
                     {"top_k", config.topK},
                     {"top_p", config.topP},
                     {"seed", config.seed},
                     {"cache", config.cache}};
    if (!config.prompt.empty())
        settings["prompt"] = config.prompt;
    return settings.dump();
}

SampleRun sample(Denoiser &denoiser, const SamplerConfig &config, const std::vector<int> &lengths,
                 const std::function<bool(int, int)> &progress) {
    const auto started = std::chrono::steady_clock::now();
    const int T = denoiser.steps();
    if (config.stepSize < 1 || T % config.stepSize != 0)
        throw InputError("--step-size", 0,
                         "T = " + std::to_string(T) + " is not a multiple of the step size " +
                             std::to_string(config.stepSize));
    if (config.strategy != "ancestral" && config.strategy != "confidence" &&
        config.strategy != "random-order")
        throw InputError("--strategy", 0,
                         "'" + config.strategy + "' is not ancestral, confidence or random-order");
    // NaN passes every comparison, so test for what is allowed rather than for what is not.
    if (!(std::isfinite(config.temperature) && config.temperature >= 1e-3 &&
          config.temperature <= 100.0))
        throw InputError(
            "--temperature", 0,
            "expects a number from 0.001 to 100, got " + std::to_string(config.temperature));
    if (!(std::isfinite(config.topP) && config.topP > 0.0 && config.topP <= 1.0))
        throw InputError("--top-p", 0,
                         "expects a number in (0, 1], got " + std::to_string(config.topP));
    if (config.topK < 0)
        throw InputError("--top-k", 0,
                         "expects 0 (off) or a positive count, got " + std::to_string(config.topK));
    const DiffusionObjective &objective = *denoiser.objective;
    const SpecialTokenIds special = denoiser.tokenizer->specialIds();
    const int V = denoiser.tokenizer->vocabSize();
    if (!config.templates.empty()) {
        if (config.templates.size() != lengths.size())
            throw std::invalid_argument("sample: one template per sample");
        for (std::size_t s = 0; s < lengths.size(); ++s) {
            if (static_cast<int>(config.templates[s].size()) != lengths[s])
                throw std::invalid_argument(
                    "sample: a template's length differs from its sample's");
            for (const int token : config.templates[s])
                if (token >= V || token == special.mask || token == special.pad)
                    throw InputError("--prompt", 0,
                                     "a fixed token is [MASK], [PAD] or outside the vocabulary");
        }
    }
    if (denoiser.conditional() && config.targetStarts.size() != lengths.size())
        throw InputError(
            "--src", 0,
            "this model was trained for seq2seq (data.task = seq2seq): it generates a target "
            "for a source; use dbw generate --src FILE, or give one source as the prompt");
    if (!denoiser.conditional() && !config.targetStarts.empty())
        throw InputError(
            "--src", 0,
            "this model is a language model (data.task = lm); sources are for seq2seq models");
    const bool spindle = objective.schedule().isSpindle();
    const bool spindleReference = objective.schedule().kind() == ScheduleKind::SpindleReference;
    const int steps = T / config.stepSize;

    SampleRun run;
    run.steps = steps;
    run.cacheUsed = config.cache && denoiser.timeAgnostic();
    run.configJson = samplerConfigJson(config);
    torch::NoGradGuard noGrad;
    const bool wasTraining = denoiser.model->is_training();
    denoiser.model->eval();
    at::Generator generator = at::detail::createCPUGenerator(config.seed);

    json trajectorySteps = json::array();
    std::map<int, std::string> pieces;
    if (config.recordTrajectory)
        for (int k = 0; k < steps; ++k)
            trajectorySteps.push_back(
                {{"t", T - (k + 1) * config.stepSize},
                 {"alpha", rounded(objective.schedule().baseKeep(
                               static_cast<double>(T - (k + 1) * config.stepSize) / T))},
                 {"ran", json::array()},
                 {"revealed", json::array()},
                 {"guesses", json::array()}});
    if (config.recordTrajectory && config.recordStates)
        for (json &record : trajectorySteps)
            record["states"] = json::array();

    const std::size_t total = lengths.size();
    const std::size_t batchSize = static_cast<std::size_t>(std::max(1, config.batchSize));
    // The state of the chain (tokens, masks, hidden states, x0 distributions) lives on the model's
    // device; only the random draws are made on the host, from the seed's CPU generator, so that
    // a seed means the same draws on every device, and cross (B, L) numbers per step.
    const torch::Device device = denoiser.device;
    const auto onDevice = [&](torch::ScalarType type) {
        return torch::TensorOptions().dtype(type).device(device);
    };
    for (std::size_t start = 0; start < total; start += batchSize) {
        const std::int64_t B = static_cast<std::int64_t>(std::min(batchSize, total - start));
        const auto lengthTensor = torch::tensor(
            std::vector<std::int64_t>(
                lengths.begin() + static_cast<std::ptrdiff_t>(start),
                lengths.begin() + static_cast<std::ptrdiff_t>(start + static_cast<std::size_t>(B))),
            torch::kInt64);
        const std::int64_t L = lengthTensor.max().item<std::int64_t>();
        const auto lengthsHere = lengthTensor.to(device);
        const auto positions = torch::arange(L, onDevice(torch::kInt64));
        const auto real = positions.unsqueeze(0) < lengthsHere.unsqueeze(1);
        torch::Tensor targetStarts, target = real;  // seq2seq: the source is fixed, segment 0
        if (!config.targetStarts.empty()) {
            targetStarts =
                torch::tensor(
                    std::vector<std::int64_t>(
                        config.targetStarts.begin() + static_cast<std::ptrdiff_t>(start),
                        config.targetStarts.begin() + static_cast<std::ptrdiff_t>(start) + B),
                    torch::kInt64)
                    .to(device);
            target = real & (positions.unsqueeze(0) >= targetStarts.unsqueeze(1));
        }
        auto x = torch::where(real, torch::full({B, L}, special.mask, onDevice(torch::kInt64)),
                              torch::full({B, L}, special.pad, onDevice(torch::kInt64)));
        // Fixed tokens of a prompt are there from the start; only the masked positions are ever
        // revealed, so they never change.
        if (!config.templates.empty()) {
            std::vector<std::int64_t> given(static_cast<std::size_t>(B * L), -1);  // -1: not fixed
            for (std::int64_t b = 0; b < B; ++b) {
                const std::vector<int> &tokens =
                    config.templates[start + static_cast<std::size_t>(b)];
                std::copy(tokens.begin(), tokens.end(), given.begin() + b * L);
            }
            const auto fixed = torch::tensor(given, torch::kInt64).view({B, L}).to(device);
            x = torch::where(fixed >= 0, fixed, x);
        }
        torch::Tensor hidden;  // (B, L, D), per sequence valid while the sequence is unchanged
        auto dirty = torch::ones({B}, onDevice(torch::kBool));

        for (int k = 0; k < steps; ++k) {
            const int t = T - k * config.stepSize, tNext = t - config.stepSize;
            const double u = static_cast<double>(t) / T, uNext = static_cast<double>(tNext) / T;
            // The same draws whether or not outputs are reused: cached and uncached runs agree.
            const auto revealDraw =
                torch::rand({B, L}, generator, torch::TensorOptions().dtype(torch::kFloat64))
                    .to(device);
            const auto tokenDraw =
                torch::rand({B, L}, generator, torch::TensorOptions().dtype(torch::kFloat64))
                    .to(device);
            const auto countDraw =
                torch::rand({B}, generator, torch::TensorOptions().dtype(torch::kFloat64))
                    .to(device);
            const auto masked = x == special.mask;
            const auto anyMasked = masked.any(1);
            const auto needNetwork =
                (run.cacheUsed ? dirty : torch::ones({B}, onDevice(torch::kBool))) & anyMasked;
            const auto evaluate = needNetwork.nonzero().squeeze(1);
            run.sequenceSteps += anyMasked.sum().item<std::int64_t>();
            if (evaluate.size(0) > 0) {
                const auto fresh =
                    denoiser
                        .hidden(x.index_select(0, evaluate), lengthsHere.index_select(0, evaluate),
                                torch::full({evaluate.size(0)}, u * T, torch::kFloat32),
                                targetStarts.defined() ? targetStarts.index_select(0, evaluate)
                                                       : torch::Tensor())
                        .to(torch::kFloat32);
                if (!hidden.defined())
                    hidden = torch::zeros({B, L, fresh.size(2)}, onDevice(torch::kFloat32));
                hidden.index_copy_(0, evaluate, fresh);
                run.sequenceEvaluations += evaluate.size(0);
                ++run.forwardPasses;
            }
            dirty.fill_(false);

            const auto hostRates = revealRates(objective, denoiser.offsets, V, u, uNext);  // (V,)
            const double baseRate =
                hostRates[special.pad].item<double>();  // offset 0: the base schedule
            const auto rates = hostRates.to(device);
            // The schedule-matched number of masked positions per sequence with the best scores,
            // rounded stochastically (floor(n r + U)) so that its expectation is n r: rounding to
            // the nearest would reveal nothing for many steps on short sequences.
            auto bestByScore = [&](const torch::Tensor &score, bool descending) {
                const auto count =
                    tNext == 0
                        ? masked.sum(1)
                        : torch::floor(masked.sum(1).to(torch::kFloat64) * baseRate + countDraw)
                              .to(torch::kInt64);
                const auto order = score.argsort(/*dim=*/1, descending);
                const auto rank = torch::empty_like(order).scatter_(
                    1, order, positions.unsqueeze(0).expand({B, L}).contiguous());
                return masked & (rank < count.unsqueeze(1));
            };
            const auto randomScore =
                torch::where(masked, revealDraw, torch::full_like(revealDraw, 2.0));
            // Which masked positions need the x0 distribution this step.
            torch::Tensor rows;  // flat indices into (B, L)
            torch::Tensor reveal = torch::zeros({B, L}, onDevice(torch::kBool));
            // The x0 distribution is needed only where a token can be revealed (and, when
            // recording, where the network ran, for the viewer's guesses). The spindle's ancestral
            // step reveals a position with token v with probability pi_v r_v: draw v from pi,
            // reveal when the position's draw is below r_v. Only positions whose draw is below
            // max_v r_v can be revealed, so only they need the x0 distribution.
            const bool spindleAncestral =
                spindle && !spindleReference && config.strategy == "ancestral";
            const double largestRate = spindleAncestral ? hostRates.max().item<double>() : 1.0;
            // The confidence ranking needs it at every masked position, as does spindle-reference
            // (its rates follow each position's argmax guess).
            const bool needAllMasked = config.strategy == "confidence" || spindleReference;
            if (config.strategy == "random-order")
                reveal = bestByScore(randomScore, false);
            else if (config.strategy == "ancestral" && !spindle)
                reveal = masked & (revealDraw < baseRate);
            const auto candidates = spindleAncestral ? masked & (revealDraw < largestRate) : reveal;
            if (needAllMasked) {
                rows = masked.flatten().nonzero().squeeze(1);
            } else {
                auto wanted = candidates;
                if (config.recordTrajectory)
                    wanted = wanted | (masked & needNetwork.unsqueeze(1));
                rows = wanted.flatten().nonzero().squeeze(1);
            }
            if (rows.size(0) > 0) {
                const auto logits =
                    denoiser.logits(hidden.reshape({B * L, -1}).index_select(0, rows));
                const auto pi = x0Distribution(logits, config, special);  // (N, V), on the device
                torch::Tensor drawWeights = pi;
                if (spindleReference) {
                    // The official sampler: the frequency score of each position's argmax x0 guess
                    // (of its token where already revealed), centred by the sentence's mean, sets
                    // the position's reveal rate; the token is then drawn from pi. (Its ELBO uses
                    // the ground truth's scores instead, so it bounds nothing: ENGINE.md.)
                    auto guess = x.flatten().clone();
                    guess.index_put_({rows}, pi.argmax(1));
                    guess =
                        torch::where(target.flatten(), guess, torch::full_like(guess, special.pad))
                            .view({B, L});
                    const auto offsets = objective.positionOffsets(guess, target);
                    const auto keepNow =
                        objective.keep(torch::full({B}, u, onDevice(torch::kFloat64)), offsets);
                    const auto keepNext =
                        objective.keep(torch::full({B}, uNext, onDevice(torch::kFloat64)), offsets);
                    const auto positionRate = torch::where(
                        keepNow >= 1, torch::zeros_like(keepNow),
                        ((keepNext - keepNow) / (1 - keepNow).clamp_min(1e-300)).clamp(0.0, 1.0));
                    if (config.strategy == "ancestral")
                        reveal.view(-1).index_put_(
                            {rows}, revealDraw.flatten().index_select(0, rows) <
                                        positionRate.flatten().index_select(0, rows));
                } else if (spindle &&
                           !spindleAncestral) {  // the revealed token is drawn from pi_v r_v
                    drawWeights = pi * rates.unsqueeze(0).to(pi.scalar_type());
                }
                // Tokens only where they can be committed: every row for confidence (it ranks
                // them), else the revealed rows. Each row's token depends only on its own draw, so
                // the choice of rows changes nothing else.
                const auto drawRows =
                    config.strategy == "confidence" || tNext == 0
                        ? torch::arange(rows.size(0), onDevice(torch::kInt64))
                        : candidates.flatten().index_select(0, rows).nonzero().squeeze(1);
                auto tokens = torch::full({rows.size(0)}, static_cast<std::int64_t>(special.mask),
                                          onDevice(torch::kInt64));
                if (drawRows.size(0) > 0) {
                    tokens.index_put_(
                        {drawRows},
                        drawTokens(
                            drawWeights.index_select(0, drawRows), pi.index_select(0, drawRows),
                            tokenDraw.flatten().index_select(0, rows.index_select(0, drawRows))));
                }
                if (spindleAncestral)  // reveal v with probability pi_v r_v
                    reveal.view(-1).index_put_({rows},
                                               candidates.flatten().index_select(0, rows) &
                                                   (revealDraw.flatten().index_select(0, rows) <
                                                    rates.index_select(0, tokens.clamp(0, V - 1))));
                if (config.strategy == "confidence") {
                    const auto confidence = pi.gather(1, tokens.clamp_max(V - 1).unsqueeze(1))
                                                .squeeze(1)
                                                .to(torch::kFloat64);
                    auto score = torch::full({B * L}, -1.0, onDevice(torch::kFloat64));
                    score.index_put_({rows}, confidence);
                    reveal = bestByScore(score.view({B, L}), true);
                }
                if (tNext == 0)
                    reveal = masked.clone();  // the last step fills every position
                auto proposal = torch::full({B * L}, special.mask, onDevice(torch::kInt64));
                proposal.index_put_({rows}, tokens);
                x = torch::where(reveal, proposal.view({B, L}), x);
                dirty = reveal.any(1);

                if (config.recordTrajectory) {
                    // What the viewer shows, copied to the host once per step (rows are few here).
                    json &record = trajectorySteps[static_cast<std::size_t>(k)];
                    const auto ran = evaluate.cpu();
                    for (std::int64_t i = 0; i < ran.size(0); ++i)
                        record["ran"].push_back(static_cast<std::int64_t>(start) +
                                                ran[i].item<std::int64_t>());
                    const auto evaluated = torch::zeros({B}, torch::kBool).index_fill(0, ran, true);
                    const int alternatives = std::min(config.alternatives, V);
                    const auto [deviceTopProbabilities, deviceTopIds] = pi.topk(alternatives, 1);
                    const auto topProbabilities = deviceTopProbabilities.cpu(),
                               topIds = deviceTopIds.cpu();
                    const auto hostRows = rows.cpu();
                    const auto hostReveal = reveal.flatten().cpu();
                    const auto hostTokens = tokens.cpu();
                    const auto tokenProbabilities =
                        pi.gather(1, tokens.clamp(0, V - 1).unsqueeze(1)).squeeze(1).cpu();
                    for (std::int64_t n = 0; n < hostRows.size(0); ++n) {
                        const std::int64_t flat = hostRows[n].item<std::int64_t>();
                        const std::int64_t b = flat / L, position = flat % L;
                        const std::int64_t sampleIndex = static_cast<std::int64_t>(start) + b;
                        if (hostReveal[flat].item<bool>()) {
                            const int token = static_cast<int>(hostTokens[n].item<std::int64_t>());
                            pieces[token];
                            record["revealed"].push_back(
                                {sampleIndex, position, token,
                                 rounded(tokenProbabilities[n].item<double>())});
                        }
                        if (evaluated[b].item<bool>()) {
                            json ids = json::array(), probabilities = json::array();
                            for (int a = 0; a < alternatives; ++a) {
                                const int id = static_cast<int>(topIds[n][a].item<std::int64_t>());
                                pieces[id];
                                ids.push_back(id);
                                probabilities.push_back(
                                    rounded(topProbabilities[n][a].item<double>()));
                            }
                            record["guesses"].push_back(
                                {sampleIndex, position, ids, probabilities});
                        }
                    }
                }
            }
            if (config.recordTrajectory && config.recordStates) {
                const auto states = x.cpu();
                for (std::int64_t b = 0; b < B; ++b) {
                    const auto row =
                        states[b].slice(0, 0, lengthTensor[b].item<std::int64_t>()).contiguous();
                    trajectorySteps[static_cast<std::size_t>(k)]["states"].push_back(
                        {static_cast<std::int64_t>(start) + b,
                         std::vector<std::int64_t>(row.data_ptr<std::int64_t>(),
                                                   row.data_ptr<std::int64_t>() + row.numel())});
                }
            }
            if (progress && !progress(k + 1, steps))
                throw SamplingCancelled();
        }
        const auto finalTokens = x.cpu().contiguous();
        for (std::int64_t b = 0; b < B; ++b) {
            GeneratedSample generated;
            const std::int64_t length = lengthTensor[b].item<std::int64_t>();
            const std::int64_t *row = finalTokens[b].data_ptr<std::int64_t>();
            generated.ids.assign(row, row + length);
            generated.text = denoiser.tokenizer->decode(
                targetStarts.defined()
                    ? targetIds(generated.ids,
                                config.targetStarts[start + static_cast<std::size_t>(b)],
                                special.sep, special.pad)
                    : generated.ids);
            run.samples.push_back(std::move(generated));
        }
    }
    if (wasTraining)
        denoiser.model->train();
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (config.recordTrajectory) {
        json pieceMap = json::object();
        for (const auto &sampleRecord : run.samples)
            for (const int id : sampleRecord.ids)
                pieces[id];
        for (const auto &[id, piece] : pieces)
            pieceMap[std::to_string(id)] = denoiser.tokenizer->idToPiece(id);
        // The prompt's fixed positions per sample, so that viewers show them apart from revealed
        // ones.
        json fixedPositions = json::array();
        for (const std::vector<int> &tokens : config.templates) {
            json positions = json::array();
            for (std::size_t i = 0; i < tokens.size(); ++i)
                if (tokens[i] >= 0)
                    positions.push_back(i);
            fixedPositions.push_back(positions);
        }
        json final = json::array(), texts = json::array(), lengthList = json::array();
        for (const auto &sampleRecord : run.samples) {
            final.push_back(sampleRecord.ids);
            texts.push_back(sampleRecord.text);
            lengthList.push_back(sampleRecord.ids.size());
        }
        run.trajectoryJson = json{
            {"format", "dbw-trajectory/1"},
            {"tokenizer",
             {{"kind", denoiser.tokenizer->kind()},
              {"content_hash", denoiser.tokenizer->contentHash()}}},
            {"mask_id", special.mask},
            {"T", T},
            {"step_size", config.stepSize},
            {"sampler", json::parse(run.configJson)},
            {"lengths", lengthList},
            {"pieces", pieceMap},
            {"steps", trajectorySteps},
            {"fixed", fixedPositions},
            {"final", final},
            {"texts", texts}}.dump();
    }
    return run;
}

void applyPrompt(Denoiser &denoiser, SamplerConfig &config) {
    if (denoiser.conditional()) {
        // A seq2seq model: the prompt is the source, and every sample is a target for it.
        if (config.prompt.empty())
            throw InputError(
                "--prompt", 0,
                "this model was trained for seq2seq: give the source to generate a target for");
        applySources(denoiser, config, {config.prompt}, config.count, 0, "--prompt");
        return;
    }
    if (config.prompt.empty())
        return;
    const Prompt prompt = parsePrompt(config.prompt);
    if (prompt.prefix && config.length == 0)
        throw InputError("--length", 0,
                         "a prefix prompt needs a length (the length it is continued to)");
    config.templates = promptTemplates(prompt, *denoiser.tokenizer, config.count, config.length,
                                       denoiser.config.model.maxPositions - 3, config.seed);
}

void applySources(Denoiser &denoiser, SamplerConfig &config,
                  const std::vector<std::string> &sources, int candidates, int targetLength,
                  const std::string &origin) {
    if (candidates < 1)
        throw InputError("--candidates", 0,
                         "expects at least 1, got " + std::to_string(candidates));
    if (targetLength < 0)
        throw InputError("--target-length", 0, "expects 0 (the source's length) or a token count");
    const int maxTokens = denoiser.config.model.maxPositions - 3;
    config.templates.clear();
    config.targetStarts.clear();
    for (std::size_t index = 0; index < sources.size(); ++index) {
        EncodedExample example = encodePair(*denoiser.tokenizer, sources[index], "");
        const int length = generatedTargetLength(example.targetStart, targetLength);
        if (example.targetStart + length > maxTokens)
            throw InputError(origin, static_cast<int>(index) + 1,
                             "source [SEP] target would be " +
                                 std::to_string(example.targetStart + length) +
                                 " tokens; the model has room for " + std::to_string(maxTokens));
        example.ids.resize(static_cast<std::size_t>(example.targetStart + length), -1);
        for (int c = 0; c < candidates; ++c) {
            config.templates.push_back(example.ids);
            config.targetStarts.push_back(example.targetStart);
        }
    }
    config.count = static_cast<int>(config.templates.size());
}

SampleRun sampleCheckpoint(const std::string &checkpointDirectory, const std::string &device,
                           const SamplerConfig &settings,
                           const std::function<bool(int, int)> &progress) {
    auto denoiser = loadDenoiser(checkpointDirectory, device);
    SamplerConfig config = settings;
    applyPrompt(*denoiser, config);
    return sample(*denoiser, config, sampleLengths(*denoiser, config), progress);
}

}  // namespace dbw
