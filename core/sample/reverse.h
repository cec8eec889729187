// The pieces of one reverse step, shared by the sampler and the tests that compute the sampler's
// exact distribution by enumeration. Internal (torch).
#pragma once

#include "diffusion/objective.h"
#include "sample/sampler.h"
#include "text/tokenizer.h"

#include <torch/torch.h>

#include <vector>

namespace dbw {

// The distribution a token is drawn from at masked positions: softmax(logits / temperature) with
// [PAD], [CLS], [SEP] and [MASK] removed, then top-k and top-p, renormalised. logits (N, V) ->
// probabilities (N, V) float32.
torch::Tensor x0Distribution(const torch::Tensor &logits, const SamplerConfig &config,
                             const SpecialTokenIds &special);

// Probability that a position still masked at normalised time u is revealed by time uNext < u, as a
// function of its (eventual) token: r_v = (alpha_v(uNext) - alpha_v(u)) / (1 - alpha_v(u)). (V,)
// float64.
torch::Tensor revealRates(const DiffusionObjective &objective, const std::vector<double> &offsets,
                          int vocabulary, double u, double uNext);

// One token per row from non-negative weights (N, V) with uniforms (N,) in [0, 1): the first id
// whose cumulative weight (float64) exceeds u times the row's total, so an id of weight 0 is never
// returned however the sums round. A row whose weights are all 0 draws from `fallback` (N, V)
// instead (the x0 distribution itself), which has mass somewhere. (N,) int64.
torch::Tensor drawTokens(const torch::Tensor &weights, const torch::Tensor &fallback,
                         const torch::Tensor &uniforms);

}  // namespace dbw
