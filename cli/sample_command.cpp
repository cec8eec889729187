// dbw sample, dbw generate and dbw eval: what a checkpoint generates, and what it is worth.
#include "commands.h"
#include "options.h"
#include "table.h"

#include "error.h"
#include "eval/elbo.h"
#include "eval/textmetrics.h"
#include "model/denoiser.h"
#include "sample/generate.h"
#include "sample/replayhtml.h"
#include "sample/sampler.h"
#include "sample/trajectory.h"
#include "store/runstore.h"
#include "text/corpus.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <numeric>
#include <optional>
#include <sstream>

namespace dbw::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The run and step a checkpoint belongs to (trainer_state.json), for the store.
struct CheckpointOrigin {
    std::int64_t runId = 0;
    std::int64_t step = 0;
};

CheckpointOrigin originOf(const std::string &checkpoint) {
    CheckpointOrigin origin;
    const fs::path state = fs::path(checkpoint) / "trainer_state.json";
    if (!fs::exists(state))
        return origin;
    const json document = json::parse(readWholeFile(state.string()), nullptr, false);
    if (document.is_object()) {
        origin.runId = document.value("run_id", std::int64_t(0));
        origin.step = document.value("step", std::int64_t(0));
    }
    return origin;
}

// The store, when the checkpoint's run is in it and the user did not opt out.
std::unique_ptr<RunStore> storeFor(const Options &options, const CheckpointOrigin &origin) {
    if (options.has("no-store") || origin.runId == 0)
        return nullptr;
    auto store = std::make_unique<RunStore>(options.text("store", RunStore::defaultPath()));
    if (!store->run(origin.runId))
        return nullptr;
    return store;
}

std::vector<std::string> referenceTexts(const std::string &path) {
    std::vector<std::string> texts;
    if (path.empty())
        return texts;
    for (const CorpusExample &example : readCorpus(path).examples)
        texts.push_back(example.text);
    return texts;
}

double number(const Options &options, const std::string &name, double fallback, double minimum,
              double maximum) {
    if (!options.has(name))
        return fallback;
    const std::string text = options.text(name);
    std::size_t used = 0;
    double value = 0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception &) {
        used = 0;
    }
    // Written so that NaN fails (it compares false with everything); infinities are out of range.
    if (used == 0 || used != text.size() || !(value >= minimum && value <= maximum))
        throw UsageError("--" + name + " expects a number from " + formatNumber(minimum) + " to " +
                         formatNumber(maximum) + ", got '" + text + "'");
    return value;
}

std::vector<OptionSpec> joined(std::vector<OptionSpec> first,
                               const std::vector<OptionSpec> &second) {
    first.insert(first.end(), second.begin(), second.end());
    return first;
}

// The reverse process's options, shared by dbw sample, dbw generate and dbw eval --generate.
std::vector<OptionSpec> reverseProcessSpecs() {
    return {{"step-size", "S", "reverse steps of S (default 16: T/16 steps)"},
            {"strategy", "NAME", "ancestral (default), confidence or random-order"},
            {"temperature", "X", "on the x0 distribution (default 1)"},
            {"top-k", "K", "keep the K most likely tokens; 0 = all (default 30, the paper's)"},
            {"top-p", "P", "nucleus on the x0 distribution (default 1 = off)"},
            {"seed", "N", "random seed (default 0)"},
            {"no-cache", "", "run the network at every step"}};
}

void readReverseProcess(const Options &options, SamplerConfig &config) {
    config.stepSize = options.integer("step-size", 16, 1, 1000000);
    config.strategy = options.text("strategy", "ancestral");
    config.temperature = number(options, "temperature", 1.0, 1e-3, 100.0);
    config.topK = options.integer("top-k", 30, 0, 10000000);
    config.topP = number(options, "top-p", 1.0, 1e-6, 1.0);
    config.seed = static_cast<std::uint64_t>(options.integer("seed", 0, 0, 2000000000));
    config.cache = !options.has("no-cache");
}

std::vector<OptionSpec> generationSpecs() {
    return {
        {"candidates", "S", "candidate targets per source (default 1)"},
        {"mbr", "",
         "choose among the candidates by Minimum Bayes Risk (BLEU against the other candidates, "
         "the diagonal excluded as in DiffuSeq); without it the first candidate is the output"},
        {"target-length", "N", "tokens per target; 0 = as many as the source has (default 0)"}};
}

GenerationConfig readGeneration(const Options &options) {
    GenerationConfig config;
    readReverseProcess(options, config.sampler);
    config.candidates = options.integer("candidates", 1, 1, 1000);
    config.mbr = options.has("mbr");
    config.targetLength = options.integer("target-length", 0, 0, 100000);
    return config;
}

// Sources to generate for: a jsonl corpus (src, with trg as the reference) or a text file with
// one source per line (no references).
std::vector<CorpusExample> readSources(const std::string &path) {
    Corpus corpus = readCorpus(path);
    if (corpus.format == CorpusFormat::PlainText)
        for (CorpusExample &example : corpus.examples)
            example.source = std::exchange(example.text, std::string());
    return corpus.examples;
}

void printScores(const char *name, const GenerationScores &scores) {
    std::printf("%-12s corpus BLEU %.4f  sentence BLEU %.4f  ROUGE-L %.4f  exact match %.4f\n",
                name, scores.corpusBleu, scores.sentenceBleu, scores.rougeL, scores.exactMatch);
}

json metricsJson(const SampleMetrics &metrics) {
    return {{"bleu4", metrics.bleu},
            {"self_bleu4", metrics.selfBleu},
            {"distinct1", metrics.distinct1},
            {"distinct2", metrics.distinct2},
            {"distinct3", metrics.distinct3},
            {"unigram_entropy_bits", metrics.unigramEntropyBits},
            {"repetition_rate", metrics.repetitionRate},
            {"samples", metrics.samples},
            {"references", metrics.references},
            {"normalisation", metrics.normalisation}};
}

}  // namespace

int runSample(const Arguments &arguments) {
    const Options options(
        "dbw sample", arguments,
        joined(
            {{"checkpoint", "DIR", "checkpoint folder (RUN/checkpoints/best or step-N)"},
             {"num", "N", "samples (default 16)"},
             {"length", "N",
              "tokens per sample; 0 = lengths drawn from the training corpus (default 64)"},
             {"prompt", "TEXT",
              "infill or continue: ___ one masked token, ___{N} N tokens, ___{..N} 1 to N "
              "(drawn per sample); without a marker, a prefix continued to --length"},
             {"trajectory", "FILE", "record the reverse process (dbw-trajectory/1 JSON)"},
             {"html", "FILE", "the reverse process as a self-contained HTML page that replays it"},
             {"record-states", "",
              "with --trajectory: also the full token state after every step (large; for checking "
              "replays)"},
             {"references", "FILE", "BLEU references (default: the run's validation corpus)"},
             {"out", "PREFIX", "write PREFIX.txt, PREFIX.jsonl and PREFIX.csv"},
             {"force", "", "replace existing output files"},
             {"device", "NAME", "cpu (default), cuda or cuda:N"},
             {"store", "PATH", "run store (default: $DBW_STORE or the user data folder)"},
             {"no-store", "", "do not record the samples in the store"},
             {"json", "", "print a JSON summary"}},
            reverseProcessSpecs()));
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw sample --checkpoint DIR [--num N] [--length N] [--out PREFIX]",
            "Generates text with the reverse process and reports sample metrics.");
        return 0;
    }
    const std::string checkpoint = options.required("checkpoint");
    SamplerConfig config;
    config.count = options.integer("num", 16, 1, 1000000);
    config.length = options.integer("length", 64, 0, 100000);
    readReverseProcess(options, config);
    config.recordTrajectory = options.has("trajectory") || options.has("html");
    config.recordStates = options.has("record-states");
    const std::string prefix = options.text("out");
    if (!prefix.empty() && !options.has("force"))
        for (const char *extension : {".txt", ".jsonl", ".csv"})
            if (fs::exists(prefix + extension))
                throw InputError(prefix + extension, 0,
                                 "the file exists; choose another --out or add --force");
    for (const char *output : {"trajectory", "html"})
        if (options.has(output) && fs::exists(options.text(output)) && !options.has("force"))
            throw InputError(options.text(output), 0,
                             "the file exists; choose another name or add --force");

    auto denoiser = loadDenoiser(checkpoint, options.text("device", "cpu"));
    config.prompt =
        options.text("prompt");  // fixed tokens; the reverse process fills only the masked spans
    applyPrompt(*denoiser, config);
    const std::vector<int> lengths = sampleLengths(*denoiser, config);
    const SampleRun run = sample(*denoiser, config, lengths, [&](int step, int steps) {
        if (!options.has("json") && isatty(STDERR_FILENO))
            std::fprintf(stderr, "\rstep %d/%d", step, steps);
        return true;
    });
    if (!options.has("json") && isatty(STDERR_FILENO))
        std::fprintf(stderr, "\n");

    std::vector<std::string> texts;
    for (const GeneratedSample &generated : run.samples)
        texts.push_back(generated.text);
    const std::string referencePath = options.text("references", denoiser->config.data.validCorpus);
    const std::vector<std::string> references =
        fs::exists(referencePath) ? referenceTexts(referencePath) : std::vector<std::string>();
    const SampleMetrics metrics = computeSampleMetrics(texts, references);
    std::vector<Tokens> referenceTokens;
    for (const std::string &text : references)
        referenceTokens.push_back(normaliseForMetrics(text));
    const BleuReferences bleu(referenceTokens);

    const CheckpointOrigin origin = originOf(checkpoint);
    const json sampler = json::parse(run.configJson);
    std::vector<SampleRecord> records;
    std::ostringstream txt, jsonl, csv;
    csv << "index,text,length,bleu4,repetition_rate\r\n";
    for (std::size_t i = 0; i < run.samples.size(); ++i) {
        const GeneratedSample &generated = run.samples[i];
        const Tokens tokens = normaliseForMetrics(generated.text);
        const double sampleBleu = references.empty() ? 0.0 : bleu.bleu(tokens);
        const json sampleMetrics = {{"bleu4", sampleBleu},
                                    {"repetition_rate", repetitionRate(tokens)}};
        txt << generated.text << "\n";
        jsonl << json{{"index", i},
                      {"text", generated.text},
                      {"ids", generated.ids},
                      {"length", generated.ids.size()},
                      {"checkpoint", fs::absolute(checkpoint).string()},
                      {"run_id", origin.runId},
                      {"step", origin.step},
                      {"sampler", sampler},
                      {"metrics", sampleMetrics}}
                     .dump()
              << "\n";
        csv << i << "," << csvField(generated.text) << "," << generated.ids.size() << ","
            << formatNumber(sampleBleu) << "," << formatNumber(repetitionRate(tokens)) << "\r\n";
        records.push_back({0, origin.runId, origin.step, generated.text, generated.ids,
                           samplerJsonWithOrigin(run.configJson, "generated"), sampleMetrics.dump(),
                           ""});
    }
    if (!prefix.empty()) {
        writeFileAtomically(prefix + ".txt", txt.str());
        writeFileAtomically(prefix + ".jsonl", jsonl.str());
        writeFileAtomically(prefix + ".csv", csv.str());
    }
    if (options.has("trajectory"))
        writeFileAtomically(options.text("trajectory"), run.trajectoryJson);
    if (options.has("html"))
        writeFileAtomically(
            options.text("html"),
            replayHtml(Trajectory::fromJson(run.trajectoryJson, "the recorded trajectory"),
                       "Reverse process: " + fs::path(checkpoint).lexically_normal().string()));
    if (auto store = storeFor(options, origin)) {
        store->addSamples(records);
        if (config.recordTrajectory) {
            TrajectoryRecord trajectory;
            trajectory.runId = origin.runId;
            trajectory.sampleId = records.front().id;
            trajectory.format = "dbw-trajectory/1";
            trajectory.data = run.trajectoryJson;
            store->addTrajectory(trajectory);
        }
    }

    const json summary = {
        {"samples", run.samples.size()},
        {"steps", run.steps},
        {"sequence_steps", run.sequenceSteps},
        {"network_evaluations", run.sequenceEvaluations},
        {"forward_passes", run.forwardPasses},
        {"cache_used", run.cacheUsed},
        {"seconds", run.seconds},
        {"tokens_per_s",
         static_cast<double>(std::accumulate(lengths.begin(), lengths.end(), 0)) / run.seconds},
        {"metrics", metricsJson(metrics)},
        {"references", referencePath},
        {"out", prefix},
        {"trajectory", options.text("trajectory")},
        {"texts", texts}};
    if (options.has("json")) {
        std::cout << summary.dump(2) << "\n";
        return 0;
    }
    if (prefix.empty())
        std::cout << txt.str();
    std::fprintf(stderr,
                 "%zu samples in %.2f s; network ran %lld of %lld sequence-steps (%s)\n"
                 "BLEU-4 %.4f (vs %zu references)  self-BLEU %.4f  distinct-1/2/3 %.3f/%.3f/%.3f  "
                 "entropy %.2f bits  repetition %.3f\n(text normalisation: %s)\n",
                 run.samples.size(), run.seconds, static_cast<long long>(run.sequenceEvaluations),
                 static_cast<long long>(run.sequenceSteps), run.cacheUsed ? "cached" : "no cache",
                 metrics.bleu, metrics.references, metrics.selfBleu, metrics.distinct1,
                 metrics.distinct2, metrics.distinct3, metrics.unigramEntropyBits,
                 metrics.repetitionRate, metrics.normalisation.c_str());
    if (!prefix.empty())
        std::fprintf(stderr, "wrote %s.txt, %s.jsonl, %s.csv\n", prefix.c_str(), prefix.c_str(),
                     prefix.c_str());
    return 0;
}

int runGenerate(const Arguments &arguments) {
    const Options options(
        "dbw generate", arguments,
        joined(
            joined({{"checkpoint", "DIR", "checkpoint of a seq2seq run (data.task = seq2seq)"},
                    {"src", "FILE",
                     "sources: DiffuSeq jsonl (src; trg is the reference) or text, one per line"},
                    {"max-sources", "N", "the first N sources only"},
                    {"out", "PREFIX",
                     "write PREFIX.jsonl (source, candidates, choice, metrics) and PREFIX.txt"},
                    {"force", "", "replace existing output files"},
                    {"batch", "N", "sequences per network call (default 64)"},
                    {"device", "NAME", "cpu (default), cuda or cuda:N"},
                    {"precision", "NAME", "auto (default: bf16 where it is fast), fp32 or bf16"},
                    {"store", "PATH", "run store (default: $DBW_STORE or the user data folder)"},
                    {"no-store", "", "do not record the outputs in the store"},
                    {"json", "", "print a JSON summary"}},
                   generationSpecs()),
            reverseProcessSpecs()));
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw generate --checkpoint DIR --src FILE [--candidates S] [--mbr] --out PREFIX",
            "Generates a target for every source with the reverse process, the source fixed; with "
            "references, reports BLEU (corpus and DiffuSeq's smoothed sentence BLEU), ROUGE-L and "
            "exact match beside the baseline that outputs the source unchanged.");
        return 0;
    }
    const std::string checkpoint = options.required("checkpoint");
    const std::string sourcePath = options.required("src");
    const std::string prefix = options.required("out");
    if (!options.has("force"))
        for (const char *extension : {".jsonl", ".txt"})
            if (fs::exists(prefix + extension))
                throw InputError(prefix + extension, 0,
                                 "the file exists; choose another --out or add --force");
    GenerationConfig config = readGeneration(options);
    config.maxSources = options.integer("max-sources", 0, 0, 2000000000);
    config.sampler.batchSize = options.integer("batch", 64, 1, 65536);
    const std::string precision = options.text("precision", "auto");
    if (precision != "auto" && precision != "fp32" && precision != "bf16")
        throw UsageError("dbw generate: --precision must be auto, fp32 or bf16 (got '" + precision +
                         "')");
    const std::vector<CorpusExample> sources = readSources(sourcePath);
    auto denoiser = loadDenoiser(checkpoint, options.text("device", "cpu"), precision);
    const GenerationReport report = generateTargets(
        *denoiser, sources, config, sourcePath, [&](std::size_t done, std::size_t total) {
            if (!options.has("json") && isatty(STDERR_FILENO))
                std::fprintf(stderr, "\r%zu/%zu sources", done, total);
            return true;
        });
    if (!options.has("json") && isatty(STDERR_FILENO))
        std::fprintf(stderr, "\n");

    const CheckpointOrigin origin = originOf(checkpoint);
    const json recipe = json::parse(report.recipeJson);
    std::ostringstream jsonl, txt;
    std::vector<SampleRecord> records;
    const std::string samplerJson =
        samplerJsonWithOrigin(json::parse(samplerConfigJson(config.sampler)).dump(), "generated");
    for (std::size_t i = 0; i < report.targets.size(); ++i) {
        const GeneratedTarget &target = report.targets[i];
        json line{{"index", i},
                  {"src", target.source},
                  {"candidates", target.candidates},
                  {"choice", target.choice},
                  {"output", target.candidates[target.choice]}};
        json metrics = json::object();
        if (!target.reference.empty()) {
            line["trg"] = target.reference;
            metrics = {{"sentence_bleu", target.sentenceBleu},
                       {"rouge_l", target.rougeL},
                       {"exact_match", target.exactMatch}};
        }
        if (config.candidates > 1)
            metrics["candidates"] = {{"distinct1", target.diversity.distinct1},
                                     {"div4", target.diversity.div4},
                                     {"self_bleu", target.diversity.selfBleu}};
        line["metrics"] = metrics;
        jsonl << line.dump() << "\n";
        txt << target.candidates[target.choice] << "\n";
        json stored = metrics;
        stored["source"] = target.source;
        if (!target.reference.empty())
            stored["reference"] = target.reference;
        records.push_back({0,
                           origin.runId,
                           origin.step,
                           target.candidates[target.choice],
                           {},
                           samplerJson,
                           stored.dump(),
                           ""});
    }
    writeFileAtomically(prefix + ".jsonl", jsonl.str());
    writeFileAtomically(prefix + ".txt", txt.str());
    if (auto store = storeFor(options, origin))
        store->addSamples(records);

    json summary{{"recipe", recipe}, {"results", json::parse(report.resultsJson)}, {"out", prefix}};
    if (options.has("json")) {
        std::cout << summary.dump(2) << "\n";
        return 0;
    }
    std::printf("%zu sources, %d candidate%s each (%s), in %.1f s\n", report.targets.size(),
                config.candidates, config.candidates == 1 ? "" : "s",
                recipe["selection"].get<std::string>().c_str(), report.seconds);
    if (report.skippedTooLong > 0)
        std::printf("(%zu sources left no room for their target and were skipped)\n",
                    report.skippedTooLong);
    if (report.hasReferences) {
        printScores("model", report.model);
        printScores("copy source", report.copySource);
    }
    if (config.candidates > 1)
        std::printf("among candidates: distinct-1 %.3f  div-4 %.3f  self-BLEU %.4f\n",
                    report.distinct1, report.div4, report.selfBleu);
    std::printf("(text normalisation: %s)\nwrote %s.jsonl, %s.txt\n", kMetricNormalisation,
                prefix.c_str(), prefix.c_str());
    return 0;
}

int runEval(const Arguments &arguments) {
    const Options options(
        "dbw eval", arguments,
        joined(
            joined(
                {{"checkpoint", "DIR", "checkpoint folder"},
                 {"split", "FILE", "sentences to evaluate (text or jsonl targets)"},
                 {"step-size", "S", "the chain's step size (default 16: T/16 terms)"},
                 {"estimator", "NAME", "chain (every term, default) or monte-carlo"},
                 {"draws", "N", "monte-carlo: terms drawn per sentence (default 1)"},
                 {"seed", "N", "random seed (default 0)"},
                 {"batch", "N", "sentences per network call (default 64)"},
                 {"max-sentences", "N", "evaluate the first N sentences only"},
                 {"device", "NAME", "cpu (default), cuda or cuda:N"},
                 {"precision", "NAME",
                  "auto (default: bf16 where it is fast), fp32 or bf16; recorded in the recipe"},
                 {"per-sentence", "FILE",
                  "also write every sentence's nats (dbw-per-sentence/1 JSON)"},
                 {"against", "RUN",
                  "paired difference to RUN's latest stored evaluation with the same recipe"},
                 {"store", "PATH", "run store (default: $DBW_STORE or the user data folder)"},
                 {"no-store", "", "do not record the result in the store"},
                 {"generate", "",
                  "seq2seq models: also generate a target for every source of the split and store "
                  "BLEU, ROUGE-L, exact match (and candidate diversity) with the evaluation"},
                 {"json", "", "print JSON"}},
                generationSpecs()),
            // --step-size is the chain's and the generation's; --seed both.
            [] {
                std::vector<OptionSpec> specs;
                for (const OptionSpec &spec : reverseProcessSpecs())
                    if (spec.name != "step-size" && spec.name != "seed")
                        specs.push_back(spec);
                return specs;
            }()));
    if (options.helpRequested()) {
        std::cout << options.usage(
            "dbw eval --checkpoint DIR --split FILE [--step-size 16] [--against RUN] [--generate]",
            "Bounds the model's negative log-likelihood with the ELBO of its reverse chain, "
            "plus -log p(length) under the sampler's length distribution; the figures given "
            "the length are printed beside it.");
        return 0;
    }
    ElboRecipe recipe;
    recipe.stepSize = options.integer("step-size", 16, 1, 1000000);
    recipe.estimator = options.text("estimator", "chain");
    recipe.draws = options.integer("draws", 1, 1, 100000);
    recipe.seed = static_cast<std::uint64_t>(options.integer("seed", 0, 0, 2000000000));
    recipe.batchSize = options.integer("batch", 64, 1, 65536);
    recipe.maxSentences = options.integer("max-sentences", 0, 0, 2000000000);
    const std::string precision = options.text("precision", "auto");
    if (precision != "auto" && precision != "fp32" && precision != "bf16")
        throw UsageError("dbw eval: --precision must be auto, fp32 or bf16 (got '" + precision +
                         "')");
    const std::string checkpoint = options.required("checkpoint");
    const std::string split = options.required("split");
    const CheckpointOrigin origin = originOf(checkpoint);
    // The run to compare against, looked up before the work so that a wrong name fails at once.
    std::optional<RunRecord> against;
    std::unique_ptr<RunStore> againstStore;
    if (options.has("against")) {
        againstStore = std::make_unique<RunStore>(options.text("store", RunStore::defaultPath()),
                                                  RunStore::Mode::ReadOnly);
        against = againstStore->findRun(options.text("against"));
        if (!against)
            throw InputError(
                againstStore->path(), 0,
                "there is no run '" + options.text("against") + "' (see dbw runs list)");
    }
    const ElboResult result = evaluateCheckpoint(
        checkpoint, split, recipe, options.text("device", "cpu"),
        [&](std::int64_t done, std::int64_t total) {
            if (!options.has("json") && isatty(STDERR_FILENO))
                std::fprintf(stderr, "\r%lld/%lld sentences", static_cast<long long>(done),
                             static_cast<long long>(total));
            return true;
        },
        precision);
    std::string recipeJson = result.recipeJson, resultsJson = result.resultsJson;
    std::optional<GenerationReport> generation;
    if (options.has("generate")) {
        GenerationConfig config = readGeneration(options);
        config.maxSources = recipe.maxSentences;
        config.sampler.batchSize = recipe.batchSize;
        auto denoiser = loadDenoiser(checkpoint, options.text("device", "cpu"), precision);
        const std::vector<CorpusExample> sources = readSources(split);
        generation = generateTargets(
            *denoiser, sources, config, split, [&](std::size_t done, std::size_t total) {
                if (!options.has("json") && isatty(STDERR_FILENO))
                    std::fprintf(stderr, "\r%zu/%zu sources generated", done, total);
                return true;
            });
        json recipeDocument = json::parse(recipeJson), resultsDocument = json::parse(resultsJson);
        recipeDocument["generation"] = json::parse(generation->recipeJson);
        resultsDocument["generation"] = json::parse(generation->resultsJson);
        recipeJson = recipeDocument.dump();
        resultsJson = resultsDocument.dump();
    }
    // Read before this evaluation is stored: against its own run it must not pair with itself.
    const std::vector<EvalRecord> againstEvals =
        against ? againstStore->evals(against->id) : std::vector<EvalRecord>();
    const std::string perSentence = perSentenceJson(result.perSentence);
    if (options.has("per-sentence"))
        writeFileAtomically(options.text("per-sentence"), perSentence + "\n");
    if (auto store = storeFor(options, origin)) {
        EvalRecord eval;
        eval.runId = origin.runId;
        eval.step = origin.step;
        eval.split = split;
        eval.recipeJson = recipeJson;
        eval.resultsJson = resultsJson;
        eval.perSentenceJson = perSentence;
        store->addEval(eval);
    }
    json paired;
    if (against) {
        const auto &evals = againstEvals;
        auto match = std::find_if(evals.rbegin(), evals.rend(), [&](const EvalRecord &eval) {
            return !eval.perSentenceJson.empty() &&
                   pairableRecipes(result.recipeJson, eval.recipeJson);
        });
        if (match == evals.rend())
            throw InputError(
                againstStore->path(), 0,
                "run " + std::to_string(against->id) + " (" + against->name +
                    ") has no stored evaluation of " + fs::path(split).filename().string() +
                    " with the same recipe (T, step size, estimator, draws, seed, sentences) and "
                    "per-sentence values; evaluate its checkpoint with the same options first");
        const PairedDifference difference =
            pairedDifference(result.perSentence, perSentenceFromJson(match->perSentenceJson));
        paired = {{"against_run", against->id},
                  {"against_eval", match->id},
                  {"against_step", match->step},
                  {"sentences", difference.sentences},
                  {"difference_nats_per_token", difference.natsPerToken},
                  {"paired_standard_error", difference.standardErrorPerToken},
                  {"unpaired_standard_error", difference.unpairedStandardErrorPerToken},
                  {"difference_nats_per_sentence", difference.natsPerSentence}};
    }
    if (options.has("json")) {
        json document{{"recipe", json::parse(recipeJson)}, {"results", json::parse(resultsJson)}};
        if (!paired.is_null())
            document["paired"] = paired;
        std::cout << document.dump(2) << "\n";
        return 0;
    }
    if (isatty(STDERR_FILENO))
        std::fprintf(stderr, "\n");
    if (!result.isBound)
        std::printf("NOT A BOUND (%s)\n", result.notBoundBecause.c_str());
    std::printf("%lld sentences, %lld tokens, %lld words (%s, T = %d, s = %d, %s, %s)\n",
                static_cast<long long>(result.sentences), static_cast<long long>(result.tokens),
                static_cast<long long>(result.words), split.c_str(),
                json::parse(result.recipeJson)["T"].get<int>(), recipe.stepSize,
                recipe.estimator.c_str(),
                json::parse(result.recipeJson)["precision"].get<std::string>().c_str());
    const bool seq2seq = json::parse(result.recipeJson).value("task", "lm") != "lm";
    std::printf("%s\n", seq2seq ? "bound on -log p(target | source, target length): the source is "
                                  "never noised or scored"
                        : result.hasLengthTerm
                            ? "bound on -log p(x): the chain given the length + -log p(length)"
                            : "bound on -log p(x | length) only (the training corpus, for the "
                              "length term, is not readable)");
    std::printf(
        "nats/token      %.4f +- %.4f\nbits/token      %.4f\nperplexity/token "
        "%.2f\nperplexity/word  %.2f\n"
        "nats/sentence   %.3f\n",
        result.natsPerToken, result.standardErrorPerToken, result.bitsPerToken,
        result.perplexityPerToken, result.perplexityPerWord, result.natsPerSentence);
    if (result.hasLengthTerm)
        std::printf(
            "given the length: nats/token %.4f +- %.4f, perplexity/word %.2f (length term %.4f "
            "nats/token)\n",
            result.natsPerTokenGivenLength, result.standardErrorPerTokenGivenLength,
            result.perplexityPerWordGivenLength,
            result.tokens > 0 ? result.lengthNats / static_cast<double>(result.tokens) : 0.0);
    std::printf("%lld network calls in %.1f s\n", static_cast<long long>(result.networkCalls),
                result.seconds);
    if (result.skipped > 0)
        std::printf("(%lld sentences longer than the model's positions were skipped)\n",
                    static_cast<long long>(result.skipped));
    if (generation) {
        std::printf("generated %zu targets, %d candidate%s each, in %.1f s\n",
                    generation->targets.size(), options.integer("candidates", 1, 1, 1000),
                    options.integer("candidates", 1, 1, 1000) == 1 ? "" : "s", generation->seconds);
        if (generation->hasReferences) {
            printScores("model", generation->model);
            printScores("copy source", generation->copySource);
        }
    }
    if (!paired.is_null())
        std::printf(
            "against run %lld (eval %lld, step %lld): %+.4f nats/token, paired standard error %.4f "
            "(unpaired it would be %.4f), on %lld sentences\n",
            static_cast<long long>(against->id),
            static_cast<long long>(paired["against_eval"].get<std::int64_t>()),
            static_cast<long long>(paired["against_step"].get<std::int64_t>()),
            paired["difference_nats_per_token"].get<double>(),
            paired["paired_standard_error"].get<double>(),
            paired["unpaired_standard_error"].get<double>(),
            static_cast<long long>(paired["sentences"].get<std::int64_t>()));
    return 0;
}

}  // namespace dbw::cli
