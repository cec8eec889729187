// Generated samples written as plain text (one per line), JSON lines (with run, step, sampler
// config and metrics) or CSV, and JSON lines read back. Shared by dbw, the denoising viewer and
// the comparison view, so every export of samples has one shape. Torch-free.
#pragma once

#include "store/runstore.h"

#include <string>
#include <vector>

namespace dbw {

enum class SampleFormat { Text, JsonLines, Csv };

// From a file name's extension: .txt, .jsonl, .csv. Throws InputError naming the file otherwise.
SampleFormat sampleFormatFor(const std::string &path);
std::string formatSamples(const std::vector<SampleRecord> &samples, SampleFormat format);
// The records a JSON-lines export holds. Throws InputError with the line for a bad line.
std::vector<SampleRecord> parseSamplesJsonLines(const std::string &text, const std::string &source);

}  // namespace dbw
