#include "train/batching.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace dbw {

std::vector<std::vector<int>> epochBatches(const std::vector<int> &lengths, int batchSize,
                                           std::uint64_t seed, std::int64_t epoch,
                                           bool bucketByLength) {
    std::mt19937_64 generator(seed * 1000003ULL + static_cast<std::uint64_t>(epoch) * 7919ULL +
                              17ULL);
    std::vector<int> order(lengths.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), generator);
    const std::size_t size = static_cast<std::size_t>(std::max(1, batchSize));
    if (bucketByLength) {
        const std::size_t pool = size * 64;
        for (std::size_t start = 0; start < order.size(); start += pool) {
            const auto end =
                order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), start + pool));
            std::stable_sort(order.begin() + static_cast<std::ptrdiff_t>(start), end,
                             [&](int a, int b) { return lengths[a] < lengths[b]; });
        }
    }
    std::vector<std::vector<int>> batches;
    const std::size_t full = order.size() < size ? 1 : order.size() / size;
    for (std::size_t b = 0; b < full; ++b) {
        const std::size_t begin = b * size;
        const std::size_t end = std::min(order.size(), begin + size);
        batches.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(begin),
                             order.begin() + static_cast<std::ptrdiff_t>(end));
    }
    if (bucketByLength)
        std::shuffle(batches.begin(), batches.end(), generator);
    return batches;
}

}  // namespace dbw
