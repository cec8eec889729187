// The order in which training sentences are visited: a permutation per epoch derived from the seed
// and the epoch alone (so a resumed run visits the same batches), optionally bucketed by length so
// that a batch pads to little more than its own sentences. Torch-free.
#pragma once

#include <cstdint>
#include <vector>

namespace dbw {

// Batches (lists of sentence indices) of one epoch. With bucketing, the shuffled sentences are cut
// into pools of 64 batches, each pool sorted by length and cut into batches, and the batches of the
// epoch shuffled again. The last incomplete batch is dropped (every batch has batchSize sentences)
// unless there are fewer sentences than one batch.
std::vector<std::vector<int>> epochBatches(const std::vector<int> &lengths, int batchSize,
                                           std::uint64_t seed, std::int64_t epoch,
                                           bool bucketByLength);

}  // namespace dbw
