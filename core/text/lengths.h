// The distribution of sentence lengths (in tokens) that the sampler draws from when no length is
// given: the training corpus's lengths with add-one smoothing over 1..maxLength. Its -log p(length)
// turns an ELBO on -log p(x | length) into a bound on -log p(x) of the sampler. Plain C++.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace dbw {

class LengthDistribution {
public:
    LengthDistribution() = default;
    // counts[n] = training sentences of n tokens (index 0 ignored; lengths past maxLength are
    // counted at maxLength, as training cuts them there). Smoothing adds `smoothing` to every
    // length in 1..maxLength, so a held-out length the corpus lacks still has a finite cost.
    LengthDistribution(const std::vector<std::int64_t> &counts, int maxLength,
                       double smoothing = 1.0);

    int maxLength() const { return m_maxLength; }
    std::int64_t sentences() const { return m_sentences; }
    double smoothing() const { return m_smoothing; }
    bool empty() const { return m_sentences == 0; }
    // p(n); 0 outside 1..maxLength.
    double probability(int length) const;
    // -log p(n) in nats (infinity outside 1..maxLength).
    double negativeLog(int length) const;
    int draw(std::mt19937_64 &generator) const;

private:
    int m_maxLength = 0;
    std::int64_t m_sentences = 0;
    double m_smoothing = 1.0;
    std::vector<double> m_probability;  // index = length
    std::vector<double> m_cumulative;   // for draws
};

}  // namespace dbw
