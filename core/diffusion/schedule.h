// Noise schedules of the absorbing ([MASK]) process: the probability alpha(u) that a token is still
// unmasked at normalised time u = t / T in [0, 1] (discrete time) or u = t (continuous time), one
// interface for both. The spindle bends a base schedule per token id by lambda * sin(pi u) *
// offset. Plain math, no torch: the objective and the sampler evaluate these on tensors from the
// parts below.
#pragma once

#include <string>
#include <vector>

namespace dbw {

enum class ScheduleKind {
    Mutual,      // alpha = 1 - u (D3PM's mutual-information schedule, beta_t = 1/(T-t+1))
    Cosine,      // I-DDPM cosine: f(u)/f(0), f(u) = cos((u + 0.008)/1.008 * pi/2)
    LinearBeta,  // DDPM/D3PM linear beta (1e-4 .. 0.02 over 1000 steps), integrated, reaching 0 at
                 // u = 1
    LogLinear,   // MDLM: alpha = 1 - (1 - 1e-3) u
    Spindle,     // base schedule + lambda sin(pi u) * offset(token id): an ELBO stays a bound
    SpindleReference,  // the official code's sentence-centred variant; its likelihood is NOT a
                       // bound
};

std::string toString(ScheduleKind kind);
// Throws std::invalid_argument naming the accepted values.
ScheduleKind scheduleKindFromString(const std::string &name);

class NoiseSchedule {
public:
    // base: the schedule a spindle bends (Mutual, Cosine, LinearBeta or LogLinear); lambda: the
    // spindle strength (ignored otherwise).
    NoiseSchedule(ScheduleKind kind, ScheduleKind base = ScheduleKind::Mutual, double lambda = 0.3);

    ScheduleKind kind() const { return m_kind; }
    ScheduleKind base() const { return m_base; }
    double lambda() const { return isSpindle() ? m_lambda : 0.0; }
    bool isSpindle() const;
    // False for spindle-reference, whose reverse step uses the ground-truth token's frequency.
    bool likelihoodIsBound() const { return m_kind != ScheduleKind::SpindleReference; }

    // The base schedule's keep probability and its derivative d alpha / du. alpha(0) = 1, alpha(1)
    // = 0.
    double baseKeep(double u) const;
    double baseKeepDerivative(double u) const;
    // lambda * sin(pi u) for spindles, 0 otherwise, and its derivative.
    double spindleAmplitude(double u) const;
    double spindleAmplitudeDerivative(double u) const;
    // Keep probability of a token whose spindle offset is `offset`: clip(base + amplitude * offset,
    // 0, 1); exactly 1 at u = 0 and 0 at u = 1.
    double keep(double u, double offset = 0.0) const;
    // d keep / du (0 where the clip is active).
    double keepDerivative(double u, double offset = 0.0) const;

    // Throws std::invalid_argument when the keep probability of a token with an offset in
    // [minOffset, maxOffset] would rise over time somewhere (then no forward process has these
    // marginals and no bound holds): lambda is too large for the base schedule.
    void checkMonotone(double minOffset, double maxOffset) const;

private:
    ScheduleKind m_kind;
    ScheduleKind m_base;
    double m_lambda;
};

}  // namespace dbw
