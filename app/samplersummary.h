#pragma once

#include <QString>

// A sampler config as stored with samples and trajectories ({"count", "strategy", "step_size",
// "temperature", "top_k", "top_p", ...}), in words for lists and tables:
// "ancestral · step size 4 · temperature 1 · top-k 30". Empty for an empty or unreadable config.
QString samplerSummary(const QString &samplerJson);
