#include "sample/sampleexport.h"

#include "error.h"
#include "util/strings.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

namespace dbw {

using nlohmann::json;

SampleFormat sampleFormatFor(const std::string &path) {
    const std::string extension = std::filesystem::path(path).extension().string();
    if (extension == ".txt")
        return SampleFormat::Text;
    if (extension == ".jsonl")
        return SampleFormat::JsonLines;
    if (extension == ".csv")
        return SampleFormat::Csv;
    throw InputError(path, 0,
                     "unknown sample format '" + extension + "' (expected .txt, .jsonl or .csv)");
}

std::string formatSamples(const std::vector<SampleRecord> &samples, SampleFormat format) {
    std::ostringstream out;
    if (format == SampleFormat::Csv)
        out << "run_id,step,index,length,text,sampler,metrics\r\n";
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const SampleRecord &sample = samples[i];
        switch (format) {
            case SampleFormat::Text:
                out << sample.text << "\n";
                break;
            case SampleFormat::JsonLines:
                out << json{{"run_id", sample.runId},
                            {"step", sample.step},
                            {"index", i},
                            {"sample_id", sample.id},
                            {"text", sample.text},
                            {"ids", sample.tokenIds},
                            {"length", sample.tokenIds.size()},
                            {"sampler",
                             json::parse(sample.samplerJson.empty() ? "{}" : sample.samplerJson)},
                            {"metrics",
                             json::parse(sample.metricsJson.empty() ? "{}" : sample.metricsJson)},
                            {"created_at", sample.createdAt}}
                           .dump()
                    << "\n";
                break;
            case SampleFormat::Csv:
                out << sample.runId << "," << sample.step << "," << i << ","
                    << sample.tokenIds.size() << "," << csvField(sample.text) << ","
                    << csvField(sample.samplerJson) << "," << csvField(sample.metricsJson)
                    << "\r\n";
                break;
        }
    }
    return out.str();
}

std::vector<SampleRecord> parseSamplesJsonLines(const std::string &text,
                                                const std::string &source) {
    std::vector<SampleRecord> samples;
    std::istringstream in(text);
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty())
            continue;
        try {
            const json record = json::parse(line);
            SampleRecord sample;
            sample.id = record.value("sample_id", std::int64_t{0});
            sample.runId = record.at("run_id").get<std::int64_t>();
            sample.step = record.at("step").get<std::int64_t>();
            sample.text = record.at("text").get<std::string>();
            sample.tokenIds = record.at("ids").get<std::vector<int>>();
            sample.samplerJson = record.at("sampler").dump();
            sample.metricsJson = record.at("metrics").dump();
            sample.createdAt = record.value("created_at", "");
            samples.push_back(std::move(sample));
        } catch (const json::exception &error) {
            throw InputError(
                source, number,
                std::string(
                    "expected a sample record (run_id, step, text, ids, sampler, metrics): ") +
                    error.what());
        }
    }
    return samples;
}

}  // namespace dbw
