// The sampler and the ELBO on a toy where everything can be enumerated: the exact probability of
// every sequence under the sampler (a dynamic programme over partially masked states) is bounded by
// the exact ELBO for every schedule and time design, and the sampler's empirical frequencies match
// it (chi-square). Caching is exact and saves network calls; trajectories replay to the samples.
#include "diffusion/objective.h"
#include "eval/elbo.h"
#include "model/denoiser.h"
#include "sample/reverse.h"
#include "sample/sampler.h"
#include "text/wordpiece.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cmath>
#include <map>

using namespace dbw;

namespace {

constexpr int kT = 4;
constexpr int kLength = 2;

std::unique_ptr<Denoiser> toyDenoiser(const QString &schedule, const QString &timeDesign)
{
    RunConfig config = presetRunConfig("cpu-demo");
    config.model = applyModelPreset(config.model, "custom");
    config.model.hidden = 16;
    config.model.layers = 1;
    config.model.heads = 2;
    config.model.ffn = 32;
    config.model.dropout = 0.0;
    config.model.timeDesign = timeDesign.toStdString();
    config.diffusion.steps = kT;
    config.diffusion.schedule = schedule.toStdString();
    config.diffusion.spindleBase = "mutual";
    auto tokenizer = WordPieceTokenizer::fromVocabulary({"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "a", "b", "c"});
    std::vector<double> offsets;
    if (schedule == "spindle")
        offsets = {0.0, -0.3, 0.0, 0.0, 0.0, 0.25, -0.1, 0.4};
    auto denoiser = randomDenoiser(config, std::move(tokenizer), offsets, 17);
    // Larger weights than BERT's 0.02 initialisation: a sharper, more interesting distribution.
    torch::NoGradGuard noGrad;
    for (auto &parameter : denoiser->model->parameters())
        parameter.mul_(6.0);
    return denoiser;
}

using State = std::vector<int>;

// P(final sequence) under the sampler, by propagating the distribution over states step by step.
std::map<State, double> exactSamplerDistribution(Denoiser &denoiser, const SamplerConfig &config)
{
    const SpecialTokenIds special = denoiser.tokenizer->specialIds();
    const int V = denoiser.tokenizer->vocabSize();
    std::map<State, double> states = {{State(kLength, special.mask), 1.0}};
    torch::NoGradGuard noGrad;
    for (int t = kT; t > 0; t -= config.stepSize) {
        const double u = double(t) / kT, uNext = double(t - config.stepSize) / kT;
        const auto rates = revealRates(*denoiser.objective, denoiser.offsets, V, u, uNext);
        std::map<State, double> next;
        for (const auto &[state, probability] : states) {
            std::vector<std::vector<std::pair<int, double>>> choices(kLength);  // per position
            const auto tokens = torch::tensor(std::vector<std::int64_t>(state.begin(), state.end())).unsqueeze(0);
            const auto hidden = denoiser.hidden(tokens, torch::tensor({std::int64_t(kLength)}), torch::tensor({float(t)}));
            const auto pi = x0Distribution(denoiser.logits(hidden[0]), config, special);  // (L, V)
            for (int i = 0; i < kLength; ++i) {
                if (state[i] != special.mask) {
                    choices[i] = {{state[i], 1.0}};
                    continue;
                }
                double revealed = 0;
                for (int v = 0; v < V; ++v) {
                    const double p = pi[i][v].item<double>() * rates[v].item<double>();
                    if (p > 0)
                        choices[i].push_back({v, p});
                    revealed += p;
                }
                if (t - config.stepSize > 0 && 1 - revealed > 1e-6)  // the last step reveals all
                    choices[i].push_back({special.mask, 1 - revealed});
            }
            for (const auto &[first, p1] : choices[0])
                for (const auto &[second, p2] : choices[1])
                    next[{first, second}] += probability * p1 * p2;
        }
        states = std::move(next);
    }
    return states;
}

// The exact negative ELBO of x0 for the chain with the sampler's step size: every term, every
// masking pattern of the noisy state weighted by its probability.
double exactElbo(Denoiser &denoiser, const State &x0, int stepSize)
{
    const DiffusionObjective &objective = *denoiser.objective;
    const SpecialTokenIds special = denoiser.tokenizer->specialIds();
    const auto ids = torch::tensor(std::vector<std::int64_t>(x0.begin(), x0.end())).unsqueeze(0);
    const auto real = torch::ones({1, kLength}, torch::kBool);
    const auto offsets = objective.positionOffsets(ids, real)[0];
    double total = 0;
    torch::NoGradGuard noGrad;
    for (int t = 0; t < kT; t += stepSize) {
        BatchTimes times = objective.fixedTimes(std::vector<std::int64_t>{t});
        times.noisy = torch::tensor({double(t + stepSize) / kT}, torch::kFloat64);
        const auto keep = objective.keep(times.noisy, offsets.unsqueeze(0))[0];
        for (int pattern = 1; pattern < (1 << kLength); ++pattern) {
            double weight = 1;
            std::vector<std::int64_t> noisy(x0.begin(), x0.end());
            std::vector<std::int64_t> maskedPositions;
            for (int i = 0; i < kLength; ++i) {
                const bool masked = pattern & (1 << i);
                weight *= masked ? 1 - keep[i].item<double>() : keep[i].item<double>();
                if (masked) {
                    noisy[i] = special.mask;
                    maskedPositions.push_back(i);
                }
            }
            if (weight == 0)
                continue;
            const auto hidden = denoiser.hidden(torch::tensor(noisy).unsqueeze(0), torch::tensor({std::int64_t(kLength)}),
                                                times.modelTime());
            const auto rows = torch::tensor(maskedPositions);
            const auto terms = objective.terms(denoiser.logits(hidden[0].index_select(0, rows)), ids[0].index_select(0, rows),
                                               torch::ones({rows.size(0)}, torch::kBool), torch::zeros({rows.size(0)}, torch::kInt64),
                                               offsets.index_select(0, rows), times);
            total += weight * terms.base.sum().item<double>();
        }
    }
    return total;
}

double chiSquareCritical(int degrees)  // 99.9% quantiles
{
    static const double table[] = {0, 10.83, 13.82, 16.27, 18.47, 20.52, 22.46, 24.32, 26.12,
                                   27.88, 29.59, 31.26, 32.91, 34.53, 36.12, 37.70};
    return table[std::min(degrees, 15)];
}

}  // namespace

class TestSampler : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void elboBoundsTheExactSamplerLikelihood_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("timeDesign");
        QTest::addColumn<int>("stepSize");
        for (const char *schedule : {"mutual", "cosine", "linear-beta", "spindle"})
            for (const char *design : {"none", "layerwise", "prefix", "adaln"})
                QTest::addRow("%s %s", schedule, design) << schedule << design << 1;
        QTest::newRow("spindle none, step 2") << "spindle" << "none" << 2;
    }

    void elboBoundsTheExactSamplerLikelihood()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, timeDesign);
        QFETCH(int, stepSize);
        auto denoiser = toyDenoiser(schedule, timeDesign);
        SamplerConfig config;
        config.stepSize = stepSize;
        config.topK = 0;
        const auto exact = exactSamplerDistribution(*denoiser, config);
        double total = 0, boundMass = 0, tightest = 1e9;
        for (const auto &[sequence, probability] : exact) {
            QVERIFY2(std::find(sequence.begin(), sequence.end(), 4) == sequence.end(), "a [MASK] was left");
            total += probability;
            const double elbo = exactElbo(*denoiser, sequence, stepSize);
            const double nll = -std::log(probability);
            QVERIFY2(elbo >= nll - 1e-9, qPrintable(QString("ELBO %1 < exact NLL %2").arg(elbo).arg(nll)));
            tightest = std::min(tightest, elbo - nll);
            boundMass += std::exp(-elbo);
        }
        QVERIFY(std::abs(total - 1.0) < 1e-5);  // float32 distributions
        QVERIFY(boundMass <= 1.0 + 1e-9);
        QCOMPARE(exact.size(), std::size_t(16));  // {[UNK], a, b, c}^2: specials are never drawn
        qDebug("sum exp(-ELBO) = %.4f, smallest gap ELBO - NLL = %.4f nats", boundMass, tightest);

        // The sampler itself: 20000 draws against the exact distribution.
        config.count = 20000;
        config.batchSize = 4096;
        config.seed = 99;
        const SampleRun run = sample(*denoiser, config, std::vector<int>(config.count, kLength));
        std::map<State, int> counts;
        for (const GeneratedSample &generated : run.samples)
            ++counts[generated.ids];
        double chi = 0, pooledExpected = 0, pooledObserved = 0;
        int bins = 0;
        for (const auto &[sequence, probability] : exact) {
            const double expected = probability * config.count;
            const double observed = counts.count(sequence) ? counts[sequence] : 0;
            if (expected < 5) {  // pool the rare ones
                pooledExpected += expected;
                pooledObserved += observed;
                continue;
            }
            chi += (observed - expected) * (observed - expected) / expected;
            ++bins;
        }
        if (pooledExpected >= 5) {
            chi += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
            ++bins;
        }
        QVERIFY2(chi < chiSquareCritical(bins - 1),
                 qPrintable(QString("chi-square %1 with %2 degrees of freedom").arg(chi).arg(bins - 1)));
    }

    void cachingIsExactAndSavesCalls()
    {
        auto denoiser = toyDenoiser("mutual", "none");
        SamplerConfig config;
        config.count = 40;
        config.stepSize = 1;
        config.seed = 5;
        const std::vector<int> lengths(40, 2);
        config.cache = false;
        const SampleRun plain = sample(*denoiser, config, lengths);
        config.cache = true;
        const SampleRun cached = sample(*denoiser, config, lengths);
        QVERIFY(cached.cacheUsed);
        QVERIFY(!plain.cacheUsed);
        for (std::size_t i = 0; i < plain.samples.size(); ++i)
            QCOMPARE(cached.samples[i].ids, plain.samples[i].ids);
        QCOMPARE(plain.sequenceEvaluations, plain.sequenceSteps);
        QVERIFY2(cached.sequenceEvaluations < plain.sequenceEvaluations,
                 qPrintable(QString("%1 vs %2").arg(cached.sequenceEvaluations).arg(plain.sequenceEvaluations)));
        qDebug("network ran for %lld of %lld sequence-steps with the cache", static_cast<long long>(cached.sequenceEvaluations),
               static_cast<long long>(plain.sequenceEvaluations));

        // A time-aware model cannot reuse outputs: the cache switches itself off.
        auto timed = toyDenoiser("mutual", "layerwise");
        QVERIFY(!sample(*timed, config, lengths).cacheUsed);
    }

    void strategiesNeverLeaveAMask_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::newRow("ancestral") << "ancestral";
        QTest::newRow("confidence") << "confidence";
        QTest::newRow("random-order") << "random-order";
    }

    void strategiesNeverLeaveAMask()
    {
        QFETCH(QString, strategy);
        RunConfig config = presetRunConfig("cpu-demo");
        config.model = applyModelPreset(config.model, "tiny");
        config.diffusion.steps = 64;
        config.diffusion.schedule = "spindle";
        std::vector<std::string> vocabulary = {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};
        for (int i = 0; i < 40; ++i)
            vocabulary.push_back("w" + std::to_string(i));
        std::vector<double> offsets(vocabulary.size());
        for (std::size_t i = 5; i < offsets.size(); ++i)
            offsets[i] = 0.5 - double(i) / vocabulary.size();
        auto denoiser = randomDenoiser(config, WordPieceTokenizer::fromVocabulary(vocabulary), offsets, 3);
        SamplerConfig sampler;
        sampler.strategy = strategy.toStdString();
        sampler.count = 12;
        sampler.stepSize = 4;
        sampler.topK = 10;
        sampler.topP = 0.9;
        sampler.temperature = 0.8;
        sampler.recordTrajectory = true;
        const std::vector<int> lengths = {3, 17, 9, 30, 1, 12, 12, 5, 8, 20, 2, 16};
        const SampleRun run = sample(*denoiser, sampler, lengths);
        for (std::size_t i = 0; i < run.samples.size(); ++i) {
            QCOMPARE(run.samples[i].ids.size(), std::size_t(lengths[i]));
            for (const int id : run.samples[i].ids)
                QVERIFY(id != 0 && id != 2 && id != 3 && id != 4);  // never [PAD] [CLS] [SEP] [MASK]
        }

        // The trajectory replays to exactly the samples, each position revealed once.
        const auto trajectory = nlohmann::json::parse(run.trajectoryJson);
        QCOMPARE(trajectory["format"].get<std::string>(), std::string("dbw-trajectory/1"));
        QCOMPARE(trajectory["steps"].size(), std::size_t(16));
        std::vector<std::vector<int>> replay;
        for (const int length : lengths)
            replay.emplace_back(length, 4);
        int guesses = 0;
        for (const auto &step : trajectory["steps"]) {
            for (const auto &event : step["revealed"]) {
                int &slot = replay[event[0].get<std::size_t>()][event[1].get<std::size_t>()];
                QCOMPARE(slot, 4);
                slot = event[2].get<int>();
                QVERIFY(event[3].get<double>() > 0);
            }
            guesses += static_cast<int>(step["guesses"].size());
        }
        QVERIFY(guesses > 0);
        for (std::size_t i = 0; i < replay.size(); ++i)
            QCOMPARE(replay[i], run.samples[i].ids);
        QCOMPARE(trajectory["texts"][3].get<std::string>(), run.samples[3].text);
    }

    void evaluatorMatchesTheExactElbo()
    {
        // The chain estimator averages to the exact ELBO: many seeds on one sentence.
        auto denoiser = toyDenoiser("spindle", "none");
        ElboRecipe recipe;
        recipe.stepSize = 1;
        recipe.batchSize = 1;
        const State x0 = {5, 7};
        const double exact = exactElbo(*denoiser, x0, 1);
        double mean = 0;
        const int repeats = 400;
        std::vector<std::string> sentences(repeats, "a c");
        const ElboResult result = evaluateElbo(*denoiser, sentences, recipe, "toy");
        mean = result.natsPerSentence;
        QVERIFY2(std::abs(mean - exact) < 4 * result.standardErrorPerToken * 2 + 0.02,
                 qPrintable(QString("estimate %1, exact %2").arg(mean).arg(exact)));
        QCOMPARE(result.tokens, std::int64_t(2 * repeats));
        QCOMPARE(result.words, std::int64_t(2 * repeats));
        QVERIFY(std::abs(result.perplexityPerWord - std::exp(mean / 2)) < 1e-9);
        QVERIFY(result.isBound);
        const auto recipeJson = nlohmann::json::parse(result.recipeJson);
        QCOMPARE(recipeJson["terms"].get<int>(), kT);
        QCOMPARE(recipeJson["estimator"].get<std::string>(), std::string("chain"));
    }
};

QTEST_GUILESS_MAIN(TestSampler)
#include "tst_sampler.moc"
