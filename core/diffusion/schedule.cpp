#include "diffusion/schedule.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace dbw {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kCosineOffset = 0.008;
// DDPM's linear betas, 1e-4 .. 0.02 over 1000 steps, integrated over normalised time.
constexpr double kLinearBetaStart = 1000 * 1e-4;
constexpr double kLinearBetaSlope = 1000 * (0.02 - 1e-4);
constexpr double kLogLinearEpsilon = 1e-3;

// exp(-integral of beta): the share of tokens a linear-beta process keeps. It ends at ~4e-5, so
// the schedule is rescaled to reach 0 at u = 1 smoothly instead of jumping there.
double linearBetaSurvival(double u) {
    return std::exp(-(kLinearBetaStart * u + 0.5 * kLinearBetaSlope * u * u));
}

double cosineF(double u) {
    return std::cos((u + kCosineOffset) / (1 + kCosineOffset) * kPi / 2);
}

}  // namespace

std::string toString(ScheduleKind kind) {
    switch (kind) {
        case ScheduleKind::Mutual:
            return "mutual";
        case ScheduleKind::Cosine:
            return "cosine";
        case ScheduleKind::LinearBeta:
            return "linear-beta";
        case ScheduleKind::LogLinear:
            return "loglinear";
        case ScheduleKind::Spindle:
            return "spindle";
        case ScheduleKind::SpindleReference:
            return "spindle-reference";
    }
    return "mutual";
}

ScheduleKind scheduleKindFromString(const std::string &name) {
    for (ScheduleKind kind :
         {ScheduleKind::Mutual, ScheduleKind::Cosine, ScheduleKind::LinearBeta,
          ScheduleKind::LogLinear, ScheduleKind::Spindle, ScheduleKind::SpindleReference})
        if (toString(kind) == name)
            return kind;
    throw std::invalid_argument("unknown schedule '" + name +
                                "' (expected mutual, cosine, linear-beta, loglinear, spindle or "
                                "spindle-reference)");
}

NoiseSchedule::NoiseSchedule(ScheduleKind kind, ScheduleKind base, double lambda)
    : m_kind(kind),
      m_base(kind == ScheduleKind::Spindle || kind == ScheduleKind::SpindleReference ? base : kind),
      m_lambda(lambda) {
    if (m_base == ScheduleKind::Spindle || m_base == ScheduleKind::SpindleReference)
        throw std::invalid_argument(
            "a spindle bends a base schedule: mutual, cosine, linear-beta "
            "or loglinear");
}

bool NoiseSchedule::isSpindle() const {
    return m_kind == ScheduleKind::Spindle || m_kind == ScheduleKind::SpindleReference;
}

double NoiseSchedule::baseKeep(double u) const {
    if (u <= 0.0)
        return 1.0;
    if (u >= 1.0)
        return 0.0;
    switch (m_base) {
        case ScheduleKind::Cosine:
            return cosineF(u) / cosineF(0.0);
        case ScheduleKind::LinearBeta:
            return (linearBetaSurvival(u) - linearBetaSurvival(1.0)) /
                   (1.0 - linearBetaSurvival(1.0));
        case ScheduleKind::LogLinear:
            return 1.0 - (1.0 - kLogLinearEpsilon) * u;
        default:
            return 1.0 - u;
    }
}

double NoiseSchedule::baseKeepDerivative(double u) const {
    u = std::clamp(u, 0.0, 1.0);
    switch (m_base) {
        case ScheduleKind::Cosine:
            return -std::sin((u + kCosineOffset) / (1 + kCosineOffset) * kPi / 2) * kPi / 2 /
                   (1 + kCosineOffset) / cosineF(0.0);
        case ScheduleKind::LinearBeta:
            return -(kLinearBetaStart + kLinearBetaSlope * u) * linearBetaSurvival(u) /
                   (1.0 - linearBetaSurvival(1.0));
        case ScheduleKind::LogLinear:
            return -(1.0 - kLogLinearEpsilon);
        default:
            return -1.0;
    }
}

double NoiseSchedule::spindleAmplitude(double u) const {
    // Exactly 0 at both ends, so alpha(0) = 1 and alpha(1) = 0 hold without rounding.
    return isSpindle() && u > 0.0 && u < 1.0 ? m_lambda * std::sin(kPi * u) : 0.0;
}

double NoiseSchedule::spindleAmplitudeDerivative(double u) const {
    return isSpindle() ? m_lambda * kPi * std::cos(kPi * std::clamp(u, 0.0, 1.0)) : 0.0;
}

double NoiseSchedule::keep(double u, double offset) const {
    if (u <= 0.0)
        return 1.0;
    if (u >= 1.0)
        return 0.0;
    return std::clamp(baseKeep(u) + spindleAmplitude(u) * offset, 0.0, 1.0);
}

double NoiseSchedule::keepDerivative(double u, double offset) const {
    const double raw = baseKeep(u) + spindleAmplitude(u) * offset;
    if (raw <= 0.0 || raw >= 1.0)
        return 0.0;
    return baseKeepDerivative(u) + spindleAmplitudeDerivative(u) * offset;
}

void NoiseSchedule::checkMonotone(double minOffset, double maxOffset) const {
    constexpr int kGrid = 8192;
    constexpr int kOffsets = 64;  // clipping makes the extremes alone insufficient: scan between
    for (int j = 0; j <= kOffsets; ++j) {
        const double offset = minOffset + (maxOffset - minOffset) * j / kOffsets;
        double previous = 1.0;
        for (int k = 1; k <= kGrid; ++k) {
            const double u = static_cast<double>(k) / kGrid;
            const double current = keep(u, offset);
            if (current > previous + 1e-12) {
                std::ostringstream message;
                message << "with lambda " << m_lambda << " the " << toString(m_base)
                        << " spindle's keep probability rises over time (offset " << offset
                        << " at t/T = " << u << "), so it is not a forward process; use a smaller "
                        << "lambda";
                throw std::invalid_argument(message.str());
            }
            previous = current;
        }
    }
}

}  // namespace dbw
