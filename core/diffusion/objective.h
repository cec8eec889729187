// The training objectives on a batch, by closed forms over gathered probabilities (never a
// (B, L, V) posterior tensor): `d3pm-hybrid` (the paper's KL at one discrete step plus
// lambda * cross-entropy) and `nelbo` (continuous-time weighted masked cross-entropy, MDLM), both
// exact for per-token (spindle) schedules. Also the forward process q(x_t | x_0). Internal (torch).
#pragma once

#include "diffusion/schedule.h"

#include <torch/torch.h>

#include <vector>

namespace dbw {

struct ObjectiveSettings {
    bool continuousTime = false;      // false: discrete steps t in {0..T-1}; true: u in (0, 1]
    int steps = 2048;                 // T
    bool nelbo = false;               // false: d3pm-hybrid; true: nelbo
    double hybridLambda = 0.01;       // weight of the cross-entropy on real tokens (d3pm-hybrid)
    bool zeroMaskProbability = true;  // the model never predicts [MASK] as x0 (SUBS)
    bool carryOverUnmasked =
        false;  // unmasked inputs are copied to the output (SUBS): no loss there
};

// Times of one batch, per sequence. Discrete: the term t means "x_{t+1} is the input, predict
// x_t": noisy = (t+1)/T, target = t/T. Continuous: noisy = u, target unused.
struct BatchTimes {
    torch::Tensor noisy;              // (B,) float64, normalised time of the network's input
    torch::Tensor target;             // (B,) float64, discrete only
    torch::Tensor modelTime() const;  // (B,) float32 time fed to the network, in [0, T]
    int steps = 2048;
};

// Per-position results; N = positions given.
struct ObjectiveTerms {
    // (N,) KL of the step (discrete) or the weighted CE integrand (continuous); 0 at unmasked
    // positions
    torch::Tensor base;
    torch::Tensor hybrid;  // (N,) -log pi(x0)
};

class DiffusionObjective {
public:
    // offsets: spindle offset per token id (size V; empty when the schedule is not a spindle).
    // For spindle-reference, offsets are the frequency scores w_v, centred per sentence here.
    // neverX0: token ids that never occur in data ([PAD], [CLS], [SEP]); the x0 distribution gives
    // them no mass, as the sampler draws none of them (so the ELBO is for the sampler's model).
    DiffusionObjective(NoiseSchedule schedule, ObjectiveSettings settings, int maskId, int padId,
                       std::vector<double> offsets, std::vector<int> neverX0 = {});

    const NoiseSchedule &schedule() const { return m_schedule; }
    const ObjectiveSettings &settings() const { return m_settings; }
    // The same schedule and settings as a discrete chain of T steps. This is the process the
    // sampler runs for every model, so its KL terms are what a likelihood bound sums; a
    // continuous-time objective's terms are rates (an integrand), not one-step KLs.
    DiffusionObjective discreteChain() const;
    // Places the objective's tables (the spindle offsets) on the model's device. Every method also
    // accepts tensors on another device (tables are then copied, correct but slower); times
    // (BatchTimes) are best kept on the host, where the schedule is evaluated.
    void to(const torch::Device &device);

    // Draws times for B sequences: one shared by the batch (paper) or stratified per sequence.
    BatchTimes sampleTimes(int64_t batch, bool perSequence, torch::Generator &generator) const;
    BatchTimes fixedTimes(const std::vector<int64_t> &discreteSteps) const;  // tests, evaluation
    BatchTimes fixedTimes(const std::vector<double> &continuousTimes) const;

    // Spindle offset of every position (B, L) float64; zeros when not a spindle.
    torch::Tensor positionOffsets(const torch::Tensor &ids, const torch::Tensor &real) const;
    // Keep probability alpha of each position at the given per-sequence times (B,): (B, L).
    torch::Tensor keep(const torch::Tensor &u, const torch::Tensor &offsets) const;
    // x_t ~ q(x_t | x_0): masks real positions independently with probability 1 - keep.
    torch::Tensor corrupt(const torch::Tensor &ids, const torch::Tensor &real,
                          const BatchTimes &times, const torch::Tensor &offsets,
                          torch::Generator &generator) const;

    // logits (N, V) at positions with x0 ids `targets` (N,), `masked` (N,) bool, belonging to
    // sequences `sequence` (N,) int64, with per-position offsets (N,) float64.
    ObjectiveTerms terms(const torch::Tensor &logits, const torch::Tensor &targets,
                         const torch::Tensor &masked, const torch::Tensor &sequence,
                         const torch::Tensor &offsets, const BatchTimes &times) const;
    // Log-probabilities of x0 from logits, without neverX0 ids, and without [MASK] when
    // zeroMaskProbability.
    torch::Tensor logProbabilities(const torch::Tensor &logits) const;

private:
    torch::Tensor evaluate(const torch::Tensor &u,
                           double (NoiseSchedule::*function)(double) const) const;

    NoiseSchedule m_schedule;
    ObjectiveSettings m_settings;
    int m_maskId;
    int m_padId;
    torch::Tensor m_offsets;               // (V,) float64, or undefined
    std::vector<std::int64_t> m_excluded;  // ids without x0 mass
};

}  // namespace dbw
