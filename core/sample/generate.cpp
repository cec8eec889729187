#include "sample/generate.h"

#include "error.h"
#include "model/denoiser.h"
#include "text/corpus.h"
#include "text/seq2seq.h"

#include <nlohmann/json.hpp>

#include <chrono>

namespace dbw {
namespace {

using nlohmann::json;

json scoresJson(const GenerationScores &scores) {
    return {{"corpus_bleu", scores.corpusBleu},
            {"sentence_bleu", scores.sentenceBleu},
            {"rouge_l", scores.rougeL},
            {"exact_match", scores.exactMatch}};
}

}  // namespace

GenerationScores scoreOutputs(const std::vector<std::string> &outputs,
                              const std::vector<std::string> &references) {
    GenerationScores scores;
    if (outputs.empty() || outputs.size() != references.size())
        return scores;
    std::vector<Tokens> hypotheses, referenceTokens;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        hypotheses.push_back(normaliseForMetrics(outputs[i]));
        referenceTokens.push_back(normaliseForMetrics(references[i]));
        scores.sentenceBleu += smoothedSentenceBleu(hypotheses.back(), referenceTokens.back());
        scores.rougeL += rougeL(hypotheses.back(), referenceTokens.back());
        scores.exactMatch += hypotheses.back() == referenceTokens.back() ? 1.0 : 0.0;
    }
    const double n = static_cast<double>(outputs.size());
    scores.sentenceBleu /= n;
    scores.rougeL /= n;
    scores.exactMatch /= n;
    scores.corpusBleu = corpusBleu(hypotheses, referenceTokens);
    return scores;
}

GenerationReport generateTargets(Denoiser &denoiser, const std::vector<CorpusExample> &pairs,
                                 const GenerationConfig &config, const std::string &origin,
                                 const std::function<bool(std::size_t, std::size_t)> &progress) {
    if (!denoiser.conditional())
        throw InputError(
            origin, 0,
            "the model is a language model (data.task = lm); generating targets for sources needs "
            "a "
            "model trained with data.task = seq2seq (dbw sample --prompt infills any model)");
    const auto started = std::chrono::steady_clock::now();
    GenerationReport report;
    const int maxTokens = denoiser.config.model.maxPositions - 3;
    // Sources that leave room for their target; the others are counted, never cut.
    std::vector<const CorpusExample *> kept;
    for (const CorpusExample &pair : pairs) {
        if (config.maxSources > 0 && static_cast<int>(kept.size()) >= config.maxSources)
            break;
        const EncodedExample encoded = encodePair(*denoiser.tokenizer, pair.source, "");
        const int length = generatedTargetLength(encoded.targetStart, config.targetLength);
        if (encoded.targetStart + length > maxTokens) {
            ++report.skippedTooLong;
            continue;
        }
        kept.push_back(&pair);
    }
    report.hasReferences = !kept.empty();
    for (const CorpusExample *pair : kept)
        report.hasReferences = report.hasReferences && !pair->text.empty();

    // Chunks of sources, so that progress counts sources and each call batches well.
    const std::size_t perChunk = static_cast<std::size_t>(
        std::max(1, config.sampler.batchSize / std::max(1, config.candidates)));
    for (std::size_t start = 0; start < kept.size(); start += perChunk) {
        const std::size_t end = std::min(kept.size(), start + perChunk);
        std::vector<std::string> sources;
        for (std::size_t i = start; i < end; ++i)
            sources.push_back(kept[i]->source);
        SamplerConfig sampler = config.sampler;
        sampler.seed = config.sampler.seed + start;  // chunks draw independently, reproducibly
        applySources(denoiser, sampler, sources, config.candidates, config.targetLength, origin);
        const SampleRun run = sample(denoiser, sampler, sampleLengths(denoiser, sampler));
        for (std::size_t i = 0; i < sources.size(); ++i) {
            GeneratedTarget target;
            target.source = sources[i];
            target.reference = kept[start + i]->text;
            std::vector<Tokens> candidateTokens;
            for (int c = 0; c < config.candidates; ++c) {
                target.candidates.push_back(
                    run.samples[i * static_cast<std::size_t>(config.candidates) +
                                static_cast<std::size_t>(c)]
                        .text);
                candidateTokens.push_back(normaliseForMetrics(target.candidates.back()));
            }
            target.choice = config.mbr && config.candidates > 1 ? mbrSelect(candidateTokens) : 0;
            if (config.candidates > 1)
                target.diversity = candidateDiversity(candidateTokens);
            if (!target.reference.empty()) {
                const Tokens reference = normaliseForMetrics(target.reference);
                target.sentenceBleu =
                    smoothedSentenceBleu(candidateTokens[target.choice], reference);
                target.rougeL = rougeL(candidateTokens[target.choice], reference);
                target.exactMatch = candidateTokens[target.choice] == reference;
            }
            report.targets.push_back(std::move(target));
        }
        if (progress && !progress(end, kept.size()))
            throw SamplingCancelled();
    }

    std::vector<std::string> outputs, references, copies;
    for (const GeneratedTarget &target : report.targets) {
        outputs.push_back(target.candidates[target.choice]);
        references.push_back(target.reference);
        copies.push_back(target.source);
        report.distinct1 += target.diversity.distinct1;
        report.div4 += target.diversity.div4;
        report.selfBleu += target.diversity.selfBleu;
    }
    if (!report.targets.empty()) {
        const double n = static_cast<double>(report.targets.size());
        report.distinct1 /= n;
        report.div4 /= n;
        report.selfBleu /= n;
    }
    if (report.hasReferences) {
        report.model = scoreOutputs(outputs, references);
        report.copySource = scoreOutputs(copies, references);
    }
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    const SamplerConfig &sampler = config.sampler;
    report.recipeJson =
        json{
            {"candidates", config.candidates},
            {"selection",
             config.mbr && config.candidates > 1
                 ? "MBR: the candidate with the largest summed smoothed sentence BLEU against the "
                   "other candidates (diagonal excluded, as DiffuSeq)"
                 : "the first candidate"},
            {"target_length", config.targetLength > 0
                                  ? std::to_string(config.targetLength) + " tokens"
                                  : std::string("the source's token count")},
            {"step_size", sampler.stepSize},
            {"strategy", sampler.strategy},
            {"temperature", sampler.temperature},
            {"top_k", sampler.topK},
            {"top_p", sampler.topP},
            {"seed", sampler.seed},
            {"sources", report.targets.size()},
            {"skipped_too_long", report.skippedTooLong},
            {"normalisation", kMetricNormalisation},
            {"bleu",
             "corpus_bleu: corpus BLEU-4 without smoothing (nltk corpus_bleu); sentence_bleu: mean "
             "nltk sentence_bleu with SmoothingFunction().method4 (DiffuSeq)"},
            {"rouge_l", "mean ROUGE-L F1 (LCS)"},
            {"diversity",
             "among each source's candidates, mean over sources: distinct-1, div-4 (unique 4-grams "
             "/ 4-grams), self-BLEU (smoothed sentence BLEU of each against each other)"}}
            .dump();
    json results{{"sources", report.targets.size()}, {"seconds", report.seconds}};
    if (report.hasReferences) {
        results["model"] = scoresJson(report.model);
        results["copy_source"] = scoresJson(report.copySource);
    }
    if (config.candidates > 1)
        results["diversity"] = {
            {"distinct1", report.distinct1}, {"div4", report.div4}, {"self_bleu", report.selfBleu}};
    report.resultsJson = results.dump();
    return report;
}

}  // namespace dbw
