// CPU kernels that Debian's LibTorch 1.13 (no MKL) runs slowly, measured with `dbw bench`.
//
// Dropout: the CPU bernoulli_ draws one number at a time under the generator's lock (19% of a bf16
// training step of the small preset). This one hashes a counter (one seed drawn from the default
// generator per call, so torch::manual_seed still makes runs reproducible) in parallel, and gives
// the same result for any thread count.
#pragma once

#include <torch/torch.h>

namespace dbw {

// 0 with probability p, else 1 / (1 - p), in the dtype and on the device of `like` (CPU only).
// `seed` selects the draws: the same seed and shape give the same mask.
torch::Tensor dropoutKeepMask(const torch::Tensor &like, double p, std::uint64_t seed);

// Inverted dropout of x: the mask above on CPU (seeded from the default CPU generator), torch's
// own dropout elsewhere (CUDA's is fast). Identity when !training or p == 0.
torch::Tensor fastDropout(const torch::Tensor &x, double p, bool training);

}  // namespace dbw
