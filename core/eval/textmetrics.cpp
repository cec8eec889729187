#include "eval/textmetrics.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

namespace dbw {
namespace {

constexpr int kMaxOrder = 4;

std::map<Tokens, int> ngramCounts(const Tokens &tokens, int n) {
    std::map<Tokens, int> counts;
    for (std::size_t i = 0; i + static_cast<std::size_t>(n) <= tokens.size(); ++i)
        ++counts[Tokens(tokens.begin() + static_cast<std::ptrdiff_t>(i),
                        tokens.begin() + static_cast<std::ptrdiff_t>(i) + n)];
    return counts;
}

std::size_t closestLength(const std::vector<std::size_t> &sortedLengths, std::size_t hypothesis) {
    std::size_t best = sortedLengths.front();
    for (const std::size_t length : sortedLengths) {
        const auto distance = [&](std::size_t l) {
            return l > hypothesis ? l - hypothesis : hypothesis - l;
        };
        if (distance(length) < distance(best))
            best = length;  // sorted ascending: on a tie the shorter one stays
    }
    return best;
}

// BLEU from per-order (matches, totals) and the lengths.
double combine(const int matches[kMaxOrder], const int totals[kMaxOrder], std::size_t hypothesis,
               std::size_t reference) {
    if (hypothesis == 0)
        return 0.0;
    double logSum = 0;
    for (int n = 0; n < kMaxOrder; ++n) {
        if (totals[n] == 0 || matches[n] == 0)
            return 0.0;  // no smoothing
        logSum += std::log(static_cast<double>(matches[n]) / totals[n]) / kMaxOrder;
    }
    const double brevity =
        hypothesis > reference ? 1.0 : std::exp(1.0 - static_cast<double>(reference) / hypothesis);
    return brevity * std::exp(logSum);
}

}  // namespace

std::vector<std::string> normaliseForMetrics(const std::string &text) {
    std::string lowered;
    icu::UnicodeString::fromUTF8(text).toLower(icu::Locale::getRoot()).toUTF8String(lowered);
    std::vector<std::string> tokens;
    std::string current;
    for (const char c : lowered) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            if (!current.empty())
                tokens.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        tokens.push_back(std::move(current));
    return tokens;
}

double sentenceBleu(const Tokens &hypothesis, const std::vector<Tokens> &references) {
    return BleuReferences(references).bleu(hypothesis);
}

BleuReferences::BleuReferences(const std::vector<Tokens> &references) {
    for (const Tokens &reference : references) {
        m_lengths.push_back(reference.size());
        for (int n = 1; n <= kMaxOrder; ++n)
            for (const auto &[gram, count] : ngramCounts(reference, n))
                m_maxCounts[gram] = std::max(m_maxCounts[gram], count);
    }
    std::sort(m_lengths.begin(), m_lengths.end());
}

double BleuReferences::bleu(const Tokens &hypothesis) const {
    if (m_lengths.empty())
        return 0.0;
    int matches[kMaxOrder] = {}, totals[kMaxOrder] = {};
    for (int n = 1; n <= kMaxOrder; ++n)
        for (const auto &[gram, count] : ngramCounts(hypothesis, n)) {
            totals[n - 1] += count;
            const auto found = m_maxCounts.find(gram);
            if (found != m_maxCounts.end())
                matches[n - 1] += std::min(count, found->second);
        }
    return combine(matches, totals, hypothesis.size(), closestLength(m_lengths, hypothesis.size()));
}

double repetitionRate(const Tokens &tokens) {
    if (tokens.size() < 4)
        return 0.0;
    const auto grams = ngramCounts(tokens, 4);
    return 1.0 - static_cast<double>(grams.size()) / static_cast<double>(tokens.size() - 3);
}

SampleMetrics computeSampleMetrics(const std::vector<std::string> &samples,
                                   const std::vector<std::string> &references) {
    SampleMetrics metrics;
    metrics.samples = samples.size();
    metrics.references = references.size();
    std::vector<Tokens> hypotheses;
    for (const std::string &text : samples)
        hypotheses.push_back(normaliseForMetrics(text));
    if (hypotheses.empty())
        return metrics;

    if (!references.empty()) {
        std::vector<Tokens> referenceTokens;
        for (const std::string &text : references)
            referenceTokens.push_back(normaliseForMetrics(text));
        const BleuReferences set(referenceTokens);
        double sum = 0;
        for (const Tokens &hypothesis : hypotheses)
            sum += set.bleu(hypothesis);
        metrics.bleu = sum / hypotheses.size();
    }

    // Self-BLEU: the clipping count of an n-gram without sample i is the largest count among the
    // others: keep the two largest counts and who holds the largest.
    if (hypotheses.size() > 1) {
        struct TopTwo {
            int first = 0, second = 0;
            std::size_t owner = 0;
        };
        std::map<Tokens, TopTwo> top;
        std::vector<std::vector<std::map<Tokens, int>>> counts(hypotheses.size());
        for (std::size_t i = 0; i < hypotheses.size(); ++i)
            for (int n = 1; n <= kMaxOrder; ++n) {
                counts[i].push_back(ngramCounts(hypotheses[i], n));
                for (const auto &[gram, count] : counts[i].back()) {
                    TopTwo &entry = top[gram];
                    if (count > entry.first) {
                        entry.second = entry.first;
                        entry.first = count;
                        entry.owner = i;
                    } else if (count > entry.second) {
                        entry.second = count;
                    }
                }
            }
        std::multiset<std::size_t> lengths;
        for (const Tokens &hypothesis : hypotheses)
            lengths.insert(hypothesis.size());
        double sum = 0;
        for (std::size_t i = 0; i < hypotheses.size(); ++i) {
            int matches[kMaxOrder] = {}, totals[kMaxOrder] = {};
            for (int n = 0; n < kMaxOrder; ++n)
                for (const auto &[gram, count] : counts[i][static_cast<std::size_t>(n)]) {
                    totals[n] += count;
                    const TopTwo &entry = top.at(gram);
                    matches[n] += std::min(count, entry.owner == i ? entry.second : entry.first);
                }
            std::vector<std::size_t> others(lengths.begin(), lengths.end());
            others.erase(std::find(others.begin(), others.end(), hypotheses[i].size()));
            sum += combine(matches, totals, hypotheses[i].size(),
                           closestLength(others, hypotheses[i].size()));
        }
        metrics.selfBleu = sum / hypotheses.size();
    }

    double *distinct[3] = {&metrics.distinct1, &metrics.distinct2, &metrics.distinct3};
    for (int n = 1; n <= 3; ++n) {
        std::set<Tokens> unique;
        std::size_t total = 0;
        for (const Tokens &hypothesis : hypotheses)
            for (const auto &[gram, count] : ngramCounts(hypothesis, n)) {
                unique.insert(gram);
                total += static_cast<std::size_t>(count);
            }
        *distinct[n - 1] = total ? static_cast<double>(unique.size()) / total : 0.0;
    }

    std::map<std::string, std::size_t> unigrams;
    std::size_t tokenCount = 0;
    double repetition = 0;
    for (const Tokens &hypothesis : hypotheses) {
        for (const std::string &token : hypothesis)
            ++unigrams[token];
        tokenCount += hypothesis.size();
        repetition += repetitionRate(hypothesis);
    }
    for (const auto &[token, count] : unigrams) {
        const double p = static_cast<double>(count) / tokenCount;
        metrics.unigramEntropyBits -= p * std::log2(p);
    }
    metrics.repetitionRate = repetition / hypotheses.size();
    return metrics;
}

double smoothedSentenceBleu(const Tokens &hypothesis, const Tokens &reference) {
    const std::size_t length = hypothesis.size();
    double numerators[kMaxOrder], denominators[kMaxOrder];
    for (int n = 1; n <= kMaxOrder; ++n) {
        const auto referenceCounts = ngramCounts(reference, n);
        int matches = 0, total = 0;
        for (const auto &[gram, count] : ngramCounts(hypothesis, n)) {
            total += count;
            if (const auto found = referenceCounts.find(gram); found != referenceCounts.end())
                matches += std::min(count, found->second);
        }
        numerators[n - 1] = matches;
        denominators[n - 1] = std::max(1, total);  // nltk's modified_precision
    }
    if (numerators[0] == 0)
        return 0.0;  // nltk: no matching unigram, no score
    // method4: the i-th order without a match gets 1 / (2^i * k / ln(length)), k = 5.
    double logSum = 0;
    int missing = 1;
    for (int n = 0; n < kMaxOrder; ++n) {
        double precision = numerators[n] / denominators[n];
        if (numerators[n] == 0 && length > 1)
            precision = 1.0 /
                        (std::pow(2.0, missing++) * 5.0 / std::log(static_cast<double>(length))) /
                        denominators[n];
        if (precision >
            0)  // nltk sums only the positive ones (a one-token hypothesis keeps its zeros out)
            logSum += std::log(precision) / kMaxOrder;
    }
    const double brevity = length > reference.size()
                               ? 1.0
                               : std::exp(1.0 - static_cast<double>(reference.size()) / length);
    return brevity * std::exp(logSum);
}

double corpusBleu(const std::vector<Tokens> &hypotheses, const std::vector<Tokens> &references) {
    if (hypotheses.size() != references.size())
        throw std::invalid_argument("corpusBleu: one reference per hypothesis");
    int matches[kMaxOrder] = {}, totals[kMaxOrder] = {};
    std::size_t hypothesisLength = 0, referenceLength = 0;
    for (std::size_t i = 0; i < hypotheses.size(); ++i) {
        for (int n = 1; n <= kMaxOrder; ++n) {
            const auto referenceCounts = ngramCounts(references[i], n);
            int total = 0;
            for (const auto &[gram, count] : ngramCounts(hypotheses[i], n)) {
                total += count;
                if (const auto found = referenceCounts.find(gram); found != referenceCounts.end())
                    matches[n - 1] += std::min(count, found->second);
            }
            totals[n - 1] += std::max(1, total);
        }
        hypothesisLength += hypotheses[i].size();
        referenceLength += references[i].size();
    }
    return combine(matches, totals, hypothesisLength, referenceLength);
}

double rougeL(const Tokens &hypothesis, const Tokens &reference) {
    if (hypothesis.empty() || reference.empty())
        return 0.0;
    std::vector<std::size_t> row(reference.size() + 1, 0), previous(reference.size() + 1, 0);
    for (const std::string &token : hypothesis) {
        for (std::size_t j = 1; j <= reference.size(); ++j)
            row[j] =
                token == reference[j - 1] ? previous[j - 1] + 1 : std::max(row[j - 1], previous[j]);
        std::swap(row, previous);
    }
    const double common = static_cast<double>(previous[reference.size()]);
    if (common == 0)
        return 0.0;
    const double precision = common / hypothesis.size(), recall = common / reference.size();
    return 2 * precision * recall / (precision + recall);
}

std::size_t mbrSelect(const std::vector<Tokens> &candidates) {
    std::size_t best = 0;
    double bestScore = -1;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        double score = 0;
        for (std::size_t j = 0; j < candidates.size(); ++j)
            if (j != i)
                score += smoothedSentenceBleu(candidates[i], candidates[j]);
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

CandidateDiversity candidateDiversity(const std::vector<Tokens> &candidates) {
    CandidateDiversity diversity;
    auto distinct = [&](int n) {
        std::map<Tokens, int> pooled;
        int total = 0;
        for (const Tokens &candidate : candidates)
            for (const auto &[gram, count] : ngramCounts(candidate, n)) {
                pooled[gram] += count;
                total += count;
            }
        return total == 0 ? 0.0 : static_cast<double>(pooled.size()) / total;
    };
    diversity.distinct1 = distinct(1);
    diversity.div4 = distinct(4);
    int pairs = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        for (std::size_t j = 0; j < candidates.size(); ++j)
            if (i != j) {
                diversity.selfBleu += smoothedSentenceBleu(candidates[i], candidates[j]);
                ++pairs;
            }
    if (pairs > 0)
        diversity.selfBleu /= pairs;
    return diversity;
}

}  // namespace dbw
