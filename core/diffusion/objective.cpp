#include "diffusion/objective.h"

#include <cmath>
#include <stdexcept>

namespace dbw {
namespace {

constexpr double kMinimumTime = 1e-4;  // continuous time: the rate 1/(1 - alpha) diverges at u = 0
constexpr double kTiny = 1e-20;

torch::Tensor doubles(const std::vector<double> &values) {
    return torch::tensor(values, torch::TensorOptions().dtype(torch::kFloat64));
}

}  // namespace

torch::Tensor BatchTimes::modelTime() const {
    return (noisy * static_cast<double>(steps)).to(torch::kFloat32);
}

DiffusionObjective::DiffusionObjective(NoiseSchedule schedule, ObjectiveSettings settings,
                                       int maskId, int padId, std::vector<double> offsets,
                                       std::vector<int> neverX0)
    : m_schedule(schedule), m_settings(settings), m_maskId(maskId), m_padId(padId) {
    m_excluded.assign(neverX0.begin(), neverX0.end());
    if (settings.zeroMaskProbability)
        m_excluded.push_back(maskId);
    if (m_schedule.isSpindle()) {
        if (offsets.empty())
            throw std::invalid_argument("a spindle schedule needs word frequencies");
        m_offsets = doubles(offsets);
    }
    if (m_schedule.kind() == ScheduleKind::SpindleReference && settings.continuousTime)
        throw std::invalid_argument("spindle-reference exists in discrete time only");
    if (m_schedule.kind() == ScheduleKind::SpindleReference && settings.nelbo)
        throw std::invalid_argument("spindle-reference goes with the d3pm-hybrid objective");
}

void DiffusionObjective::to(const torch::Device &device) {
    if (m_offsets.defined())
        m_offsets = m_offsets.to(device);
}

DiffusionObjective DiffusionObjective::discreteChain() const {
    DiffusionObjective chain = *this;
    chain.m_settings.continuousTime = false;
    return chain;
}

torch::Tensor DiffusionObjective::evaluate(const torch::Tensor &u,
                                           double (NoiseSchedule::*function)(double) const) const {
    const auto cpu = u.to(torch::kCPU, torch::kFloat64).contiguous();
    auto out = torch::empty_like(cpu);
    const double *in = cpu.data_ptr<double>();
    double *values = out.data_ptr<double>();
    for (int64_t i = 0; i < cpu.numel(); ++i)
        values[i] = (m_schedule.*function)(in[i]);
    return out.to(u.device());
}

BatchTimes DiffusionObjective::sampleTimes(int64_t batch, bool perSequence,
                                           torch::Generator &generator) const {
    const auto options = torch::TensorOptions().dtype(torch::kFloat64);
    torch::Tensor u;
    if (perSequence) {
        // Stratified: one draw in each of B equal strata, strata assigned in random order.
        const auto strata = torch::randperm(batch, generator, options);
        u = (strata + torch::rand({batch}, generator, options)) / static_cast<double>(batch);
    } else {
        u = torch::rand({1}, generator, options).expand({batch}).clone();
    }
    BatchTimes times;
    times.steps = m_settings.steps;
    if (m_settings.continuousTime) {
        times.noisy = u.clamp(kMinimumTime, 1.0);
        return times;
    }
    const auto t = torch::floor(u * m_settings.steps).clamp(0, m_settings.steps - 1);
    times.target = t / static_cast<double>(m_settings.steps);
    times.noisy = (t + 1) / static_cast<double>(m_settings.steps);
    return times;
}

BatchTimes DiffusionObjective::fixedTimes(const std::vector<int64_t> &discreteSteps) const {
    std::vector<double> target, noisy;
    for (const int64_t t : discreteSteps) {
        target.push_back(static_cast<double>(t) / m_settings.steps);
        noisy.push_back(static_cast<double>(t + 1) / m_settings.steps);
    }
    BatchTimes times;
    times.steps = m_settings.steps;
    times.target = doubles(target);
    times.noisy = doubles(noisy);
    return times;
}

BatchTimes DiffusionObjective::fixedTimes(const std::vector<double> &continuousTimes) const {
    BatchTimes times;
    times.steps = m_settings.steps;
    times.noisy = doubles(continuousTimes).clamp(kMinimumTime, 1.0);
    return times;
}

torch::Tensor DiffusionObjective::positionOffsets(const torch::Tensor &ids,
                                                  const torch::Tensor &real) const {
    const auto options = torch::TensorOptions().dtype(torch::kFloat64).device(ids.device());
    if (!m_schedule.isSpindle())
        return torch::zeros(ids.sizes(), options);
    const auto realDouble = real.to(torch::kFloat64);
    auto offsets =
        m_offsets.to(ids.device()).index_select(0, ids.flatten()).view(ids.sizes()) * realDouble;
    if (m_schedule.kind() == ScheduleKind::SpindleReference) {
        // The official code centres the frequency scores by each sentence's mean.
        const auto mean = offsets.sum(1, true) / realDouble.sum(1, true).clamp_min(1.0);
        offsets = (offsets - mean) * realDouble;
    }
    return offsets;
}

torch::Tensor DiffusionObjective::keep(const torch::Tensor &u, const torch::Tensor &offsets) const {
    const auto device = offsets.device();
    const auto base = evaluate(u, &NoiseSchedule::baseKeep).to(device).unsqueeze(1);
    const auto amplitude = evaluate(u, &NoiseSchedule::spindleAmplitude).to(device).unsqueeze(1);
    auto keepProbability = (base + amplitude * offsets).clamp(0.0, 1.0);
    if (m_schedule.kind() == ScheduleKind::SpindleReference)  // the official upper clip
        keepProbability = torch::where(u.to(device).unsqueeze(1) > 0,
                                       keepProbability.clamp_max(0.999), keepProbability);
    return keepProbability;
}

torch::Tensor DiffusionObjective::corrupt(const torch::Tensor &ids, const torch::Tensor &real,
                                          const BatchTimes &times, const torch::Tensor &offsets,
                                          torch::Generator &generator) const {
    const auto keepProbability = keep(times.noisy.to(ids.device()), offsets);
    const auto draw =
        torch::rand(ids.sizes(), generator, torch::TensorOptions().dtype(torch::kFloat64))
            .to(ids.device());
    const auto masked = real & (draw >= keepProbability);
    return torch::where(masked, torch::full_like(ids, m_maskId), ids);
}

torch::Tensor DiffusionObjective::logProbabilities(const torch::Tensor &logits) const {
    // float32 at least (bf16 logits from autocast are upcast); float64 stays (gradient checks).
    auto values = logits.scalar_type() == torch::kFloat64 ? logits : logits.to(torch::kFloat32);
    if (!m_excluded.empty())
        values = values.index_fill(
            1,
            torch::tensor(m_excluded,
                          torch::TensorOptions().dtype(torch::kInt64).device(values.device())),
            -std::numeric_limits<float>::infinity());
    return torch::log_softmax(values, 1);
}

ObjectiveTerms DiffusionObjective::terms(const torch::Tensor &logits, const torch::Tensor &targets,
                                         const torch::Tensor &masked, const torch::Tensor &sequence,
                                         const torch::Tensor &offsets,
                                         const BatchTimes &times) const {
    const auto device = logits.device();
    const auto logp = logProbabilities(logits);                               // (N, V)
    const auto logpTarget = logp.gather(1, targets.unsqueeze(1)).squeeze(1);  // (N,)
    ObjectiveTerms result;
    result.hybrid = -logpTarget;
    const auto pMask = m_settings.zeroMaskProbability ? torch::zeros_like(logpTarget)
                                                      : logp.select(1, m_maskId).exp();
    const auto dtype = logp.scalar_type();
    const auto toFloat = [&](const torch::Tensor &t) { return t.to(device, dtype); };
    const auto offsetsN = offsets.to(device, torch::kFloat64);
    const bool spindle = m_schedule.kind() == ScheduleKind::Spindle;
    // The frequency table on the logits' device (a no-op once to() has placed it there).
    const auto offsetsV = m_offsets.defined() ? m_offsets.to(device) : torch::Tensor();

    // Every per-sequence schedule value this call needs, computed on the host from the times
    // (which live there: reading device times back would cost a sync for each value) and uploaded
    // in one copy as the rows of a (k, B) table.
    const auto noisy = times.noisy.to(torch::kCPU, torch::kFloat64);
    const auto target =
        times.target.defined() ? times.target.to(torch::kCPU, torch::kFloat64) : torch::Tensor();
    std::vector<torch::Tensor> hostRows;
    auto row = [&](const torch::Tensor &u, double (NoiseSchedule::*function)(double) const) {
        hostRows.push_back(function ? evaluate(u, function) : u);
        return hostRows.size() - 1;
    };
    const bool continuous = m_settings.continuousTime;
    const auto uRow =
        continuous ? row(noisy, nullptr) : row(target, nullptr);  // target time (discrete)
    const auto baseNoisyRow = row(noisy, &NoiseSchedule::baseKeep);
    const auto amplitudeNoisyRow = row(noisy, &NoiseSchedule::spindleAmplitude);
    const auto firstRow = continuous ? row(noisy, &NoiseSchedule::baseKeepDerivative)
                                     : row(target, &NoiseSchedule::baseKeep);
    const auto secondRow = continuous ? row(noisy, &NoiseSchedule::spindleAmplitudeDerivative)
                                      : row(target, &NoiseSchedule::spindleAmplitude);
    const auto table = torch::stack(hostRows).to(device);
    auto perSequence = [&](std::size_t r) { return table[static_cast<std::int64_t>(r)]; };  // (B,)
    auto perPosition = [&](std::size_t r) {
        return perSequence(r).index_select(0, sequence);
    };  // (N,)
    // Keep probability (or its derivative) of every token id per sequence: (B, V), spindle only.
    auto perToken = [&](std::size_t baseRow, std::size_t amplitudeRow) {
        return perSequence(baseRow).unsqueeze(1) +
               perSequence(amplitudeRow).unsqueeze(1) * offsetsV.unsqueeze(0);
    };
    // Sum over x0 of pi(x0) * table[sequence, x0], without the [MASK] column: (N,).
    auto expectation = [&](torch::Tensor values) {
        values.select(1, m_maskId).zero_();
        return (logp.exp() * toFloat(values).index_select(0, sequence)).sum(1);
    };

    torch::Tensor base;
    if (continuous) {
        // Reverse rate of a masked position towards x0 = v: R_v = -alpha_v'(u) / (1 - alpha_v(u)).
        // NELBO integrand: sum_v pi_v R_v - R_w - R_w log pi_w (w = the true token).
        const auto raw = perPosition(baseNoisyRow) + perPosition(amplitudeNoisyRow) * offsetsN;
        const auto alpha = raw.clamp(0.0, 1.0);
        const auto derivative = torch::where(
            (raw > 0) & (raw < 1), perPosition(firstRow) + perPosition(secondRow) * offsetsN,
            torch::zeros_like(raw));
        const auto rateW = toFloat(-derivative / (1.0 - alpha).clamp_min(1e-12));
        torch::Tensor expected;
        if (spindle) {
            const auto rawTable = perToken(baseNoisyRow, amplitudeNoisyRow);
            const auto derivativeTable =
                torch::where((rawTable > 0) & (rawTable < 1), perToken(firstRow, secondRow),
                             torch::zeros_like(rawTable));
            expected =
                expectation(-derivativeTable / (1.0 - rawTable.clamp(0.0, 1.0)).clamp_min(1e-12));
        } else {
            expected = rateW * (1 - pMask);
        }
        base = expected - rateW - rateW * logpTarget;
    } else if (m_schedule.kind() == ScheduleKind::SpindleReference) {
        // The official formula (diffusionbert.md §3.2): keep of the true token at time t and the
        // base schedule's one-step rate b; not a bound (the model sees the true token's frequency).
        const auto baseTarget = perPosition(firstRow);
        const auto b = toFloat(1.0 - perPosition(baseNoisyRow) / baseTarget.clamp_min(1e-12));
        const auto keepT =
            toFloat((baseTarget + perPosition(secondRow) * offsetsN).clamp(0.0, 0.999));
        const auto first = toFloat(perPosition(uRow)) <= 0;
        const auto z0 = b * (1 - pMask) + pMask;
        const auto crossEntropy = -(torch::log(b + kTiny) + logpTarget - torch::log(z0 + kTiny));
        const auto q0 = keepT * b / (keepT * b + 1 - keepT);
        const auto qM = 1 - q0;
        const auto z = keepT * b * (1 - pMask) + 1 - keepT + keepT * pMask;
        const auto logp0 = torch::log(keepT * b + kTiny) + logpTarget - torch::log(z + kTiny);
        const auto logpM = torch::log(1 - keepT + keepT * pMask + kTiny) - torch::log(z + kTiny);
        const auto kl =
            (q0 * (torch::log(q0 + kTiny) - logp0) + qM * (torch::log(qM + kTiny) - logpM))
                .clamp_min(0);
        base = torch::where(first, crossEntropy, kl);
    } else {
        // Posterior of a masked position: x_t = x0 with r = (alpha_t - alpha_{t+1}) / (1 -
        // alpha_{t+1}). KL(q || p) = -r log pi_w + (1 - r) (log(1 - r) - log(1 - sum_v pi_v r_v)).
        const auto keepTarget =
            (perPosition(firstRow) + perPosition(secondRow) * offsetsN).clamp(0.0, 1.0);
        const auto keepNoisy =
            (perPosition(baseNoisyRow) + perPosition(amplitudeNoisyRow) * offsetsN).clamp(0.0, 1.0);
        const auto r64 =
            ((keepTarget - keepNoisy) / (1.0 - keepNoisy).clamp_min(1e-12)).clamp(0.0, 1.0);
        const auto r = toFloat(r64);
        torch::Tensor expected;
        if (spindle) {
            const auto keepT = perToken(firstRow, secondRow).clamp(0.0, 1.0);
            const auto keepN = perToken(baseNoisyRow, amplitudeNoisyRow).clamp(0.0, 1.0);
            expected =
                expectation(((keepT - keepN) / (1.0 - keepN).clamp_min(1e-12)).clamp(0.0, 1.0));
        } else {
            expected = r * (1 - pMask);
        }
        const auto remaining = toFloat(1.0 - r64);
        const auto stayTerm =
            torch::where(r64 < 1.0,
                         remaining * (torch::log(remaining.clamp_min(1e-30)) -
                                      torch::log((1 - expected).clamp_min(1e-30))),
                         torch::zeros_like(r));
        // A token whose keep probability is still 1 cannot be masked: such a state never occurs.
        base =
            torch::where(toFloat(keepNoisy) < 1, -r * logpTarget + stayTerm, torch::zeros_like(r));
    }
    result.base = torch::where(masked, base, torch::zeros_like(base));
    return result;
}

}  // namespace dbw
