// Collective operations on tensors over a Communicator (internal, torch). Gloo reduces host
// tensors; tensors on a GPU are staged through host memory, so the CUDA path needs no NCCL build
// (at a cost in speed, stated in ENGINE.md). A failure of another rank surfaces as
// CollectiveError, whose message says so.
#pragma once

#include "train/distributed.h"

#include <torch/torch.h>

#include <stdexcept>
#include <vector>

namespace dbw {

class CollectiveError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Sums every tensor across the ranks, in place, in buckets of at most `bucketElements` per dtype.
void allReduceSum(Communicator &communicator, const std::vector<torch::Tensor> &tensors,
                  std::int64_t bucketElements = 8 << 20);
// Every rank's tensors take rank 0's values, in place.
void broadcastFromRankZero(Communicator &communicator, const std::vector<torch::Tensor> &tensors);

}  // namespace dbw
