#include "text/lengths.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace dbw {

LengthDistribution::LengthDistribution(const std::vector<std::int64_t> &counts, int maxLength,
                                       double smoothing)
    : m_maxLength(maxLength), m_smoothing(smoothing) {
    if (maxLength < 1 || !(smoothing > 0) || !std::isfinite(smoothing))
        throw std::invalid_argument(
            "a length distribution needs maxLength >= 1 and a positive smoothing");
    std::vector<double> mass(static_cast<std::size_t>(maxLength) + 1, smoothing);
    mass[0] = 0.0;
    for (std::size_t n = 1; n < counts.size(); ++n) {
        mass[std::min<std::size_t>(n, static_cast<std::size_t>(maxLength))] +=
            static_cast<double>(counts[n]);
        m_sentences += counts[n];
    }
    double total = 0.0;
    for (const double m : mass)
        total += m;
    m_probability.resize(mass.size());
    m_cumulative.resize(mass.size());
    double running = 0.0;
    for (std::size_t n = 0; n < mass.size(); ++n) {
        m_probability[n] = mass[n] / total;
        running += m_probability[n];
        m_cumulative[n] = running;
    }
}

double LengthDistribution::probability(int length) const {
    if (length < 1 || length > m_maxLength)
        return 0.0;
    return m_probability[static_cast<std::size_t>(length)];
}

double LengthDistribution::negativeLog(int length) const {
    const double p = probability(length);
    return p > 0 ? -std::log(p) : std::numeric_limits<double>::infinity();
}

int LengthDistribution::draw(std::mt19937_64 &generator) const {
    if (m_maxLength < 1)
        throw std::logic_error("draw from an empty length distribution");
    // 53 random bits, scaled by the last cumulative value so that rounding cannot run past it.
    const double u = std::generate_canonical<double, 53>(generator) * m_cumulative.back();
    const auto found = std::upper_bound(m_cumulative.begin() + 1, m_cumulative.end(), u);
    return static_cast<int>(std::min<std::ptrdiff_t>(found - m_cumulative.begin(), m_maxLength));
}

}  // namespace dbw
