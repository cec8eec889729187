#include "model/cpukernels.h"

#include <ATen/Dispatch.h>
#include <ATen/Parallel.h>

#include <cmath>
#include <limits>

namespace dbw {
namespace {

// SplitMix64's finaliser: a bijective mix whose outputs for consecutive counters pass BigCrush.
inline std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

}  // namespace

torch::Tensor dropoutKeepMask(const torch::Tensor &like, double p, std::uint64_t seed) {
    TORCH_CHECK(like.device().is_cpu(), "dropoutKeepMask runs on the CPU");
    TORCH_CHECK(p >= 0 && p < 1, "dropout probability must be in [0, 1), got ", p);
    auto mask =
        torch::empty(like.sizes(), like.options().memory_format(at::MemoryFormat::Contiguous));
    // Keep when the top 53 bits, as a number in [0, 1), are at least p.
    const auto threshold = static_cast<std::uint64_t>(std::ldexp(p, 53));
    const std::uint64_t base = mix(seed);
    AT_DISPATCH_FLOATING_TYPES_AND2(
        at::kBFloat16, at::kHalf, mask.scalar_type(), "dropoutKeepMask", [&] {
            const scalar_t kept = static_cast<scalar_t>(1.0 / (1.0 - p));
            const scalar_t dropped = static_cast<scalar_t>(0);
            scalar_t *out = mask.data_ptr<scalar_t>();
            at::parallel_for(0, mask.numel(), 16384, [&](std::int64_t begin, std::int64_t end) {
                for (std::int64_t i = begin; i < end; ++i)
                    out[i] = (mix(base + 0x9e3779b97f4a7c15ULL * static_cast<std::uint64_t>(i)) >>
                              11) >= threshold
                                 ? kept
                                 : dropped;
            });
        });
    return mask;
}

torch::Tensor fastDropout(const torch::Tensor &x, double p, bool training) {
    if (!training || p <= 0)
        return x;
    if (!x.device().is_cpu())
        return torch::dropout(x, p, true);
    const auto seed =
        static_cast<std::uint64_t>(torch::randint(std::numeric_limits<std::int64_t>::max(), {1},
                                                  torch::TensorOptions().dtype(torch::kInt64))
                                       .item<std::int64_t>());
    return x * dropoutKeepMask(x, p, seed);
}

}  // namespace dbw
