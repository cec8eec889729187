#include "eval/textmetrics.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace dbw {
namespace {

constexpr int kMaxOrder = 4;

std::map<Tokens, int> ngramCounts(const Tokens &tokens, int n)
{
    std::map<Tokens, int> counts;
    for (std::size_t i = 0; i + static_cast<std::size_t>(n) <= tokens.size(); ++i)
        ++counts[Tokens(tokens.begin() + static_cast<std::ptrdiff_t>(i), tokens.begin() + static_cast<std::ptrdiff_t>(i) + n)];
    return counts;
}

std::size_t closestLength(const std::vector<std::size_t> &sortedLengths, std::size_t hypothesis)
{
    std::size_t best = sortedLengths.front();
    for (const std::size_t length : sortedLengths) {
        const auto distance = [&](std::size_t l) { return l > hypothesis ? l - hypothesis : hypothesis - l; };
        if (distance(length) < distance(best))
            best = length;  // sorted ascending: on a tie the shorter one stays
    }
    return best;
}

// BLEU from per-order (matches, totals) and the lengths.
double combine(const int matches[kMaxOrder], const int totals[kMaxOrder], std::size_t hypothesis, std::size_t reference)
{
    if (hypothesis == 0)
        return 0.0;
    double logSum = 0;
    for (int n = 0; n < kMaxOrder; ++n) {
        if (totals[n] == 0 || matches[n] == 0)
            return 0.0;  // no smoothing
        logSum += std::log(static_cast<double>(matches[n]) / totals[n]) / kMaxOrder;
    }
    const double brevity = hypothesis > reference ? 1.0 : std::exp(1.0 - static_cast<double>(reference) / hypothesis);
    return brevity * std::exp(logSum);
}

}  // namespace

std::vector<std::string> normaliseForMetrics(const std::string &text)
{
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

double sentenceBleu(const Tokens &hypothesis, const std::vector<Tokens> &references)
{
    return BleuReferences(references).bleu(hypothesis);
}

BleuReferences::BleuReferences(const std::vector<Tokens> &references)
{
    for (const Tokens &reference : references) {
        m_lengths.push_back(reference.size());
        for (int n = 1; n <= kMaxOrder; ++n)
            for (const auto &[gram, count] : ngramCounts(reference, n))
                m_maxCounts[gram] = std::max(m_maxCounts[gram], count);
    }
    std::sort(m_lengths.begin(), m_lengths.end());
}

double BleuReferences::bleu(const Tokens &hypothesis) const
{
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

double repetitionRate(const Tokens &tokens)
{
    if (tokens.size() < 4)
        return 0.0;
    const auto grams = ngramCounts(tokens, 4);
    return 1.0 - static_cast<double>(grams.size()) / static_cast<double>(tokens.size() - 3);
}

SampleMetrics computeSampleMetrics(const std::vector<std::string> &samples, const std::vector<std::string> &references)
{
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
            sum += combine(matches, totals, hypotheses[i].size(), closestLength(others, hypotheses[i].size()));
        }
        metrics.selfBleu = sum / hypotheses.size();
    }

    double* distinct[3] = {&metrics.distinct1, &metrics.distinct2, &metrics.distinct3};
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

}  // namespace dbw
