// dbw runs list|show|export|tag|delete: the run store from the command line.
#include "commands.h"
#include "options.h"
#include "table.h"

#include "store/runstore.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

namespace dbw::cli {
namespace {

using nlohmann::json;

const OptionSpec kStoreOption{"store", "PATH",
                              "the run store (default: $DBW_STORE, else the user data folder's "
                              "runs.sqlite)"};
const OptionSpec kFormatOption{"format", "table|json|csv", "output format (default table)"};
const OptionSpec kJsonOption{"json", "", "same as --format json"};

std::string storePath(const Options &options) {
    return options.text("store", RunStore::defaultPath());
}

// Reading commands open the store read-only; one in a read-only place is shown as it is.
std::unique_ptr<RunStore> openForReading(const Options &options) {
    auto store = std::make_unique<RunStore>(storePath(options), RunStore::Mode::ReadOnly);
    if (store->readOnlyLocation())
        std::cerr << "dbw: note: " << store->path()
                  << " is read-only (file, folder or mount); showing it without changes\n";
    return store;
}

std::string writerLine(const RunRecord &run) {
    if (run.status == RunStatus::Interrupted)
        return "interrupted: process " + std::to_string(run.writerPid) + " on " + run.writerHost +
               " stopped writing it without finishing; continue with: dbw train --resume " +
               std::to_string(run.id);
    if (run.live())
        return "process " + std::to_string(run.writerPid) + " on " + run.writerHost +
               ", heartbeat " + std::to_string(static_cast<int>(run.heartbeatAgeSeconds)) +
               " s ago";
    return "-";
}

std::string outputFormat(const Options &options) {
    if (options.has("json"))
        return "json";
    const std::string format = options.text("format", "table");
    if (format != "table" && format != "json" && format != "csv")
        throw UsageError(std::string("--format expects table, json or csv, got '") + format + "'");
    return format;
}

json parseOrString(const std::string &text) {
    const json parsed = json::parse(text, nullptr, false);
    return parsed.is_discarded() ? json(text) : parsed;
}

json summaryJson(const MetricSummary &summary) {
    auto number = [](double value) { return std::isfinite(value) ? json(value) : json(nullptr); };
    return {{"name", summary.name},
            {"count", summary.count},
            {"nonfinite", summary.nonFiniteCount},
            {"first_step", summary.firstStep},
            {"last_step", summary.lastStep},
            {"last", number(summary.last)},
            {"min", number(summary.min)},
            {"max", number(summary.max)},
            {"best", number(summary.best)},
            {"higher_is_better", summary.higherIsBetter}};
}

json runJson(const RunRecord &run, const std::vector<MetricSummary> &summaries) {
    json metrics = json::array();
    for (const MetricSummary &summary : summaries)
        metrics.push_back(summaryJson(summary));
    return {{"id", run.id},
            {"uuid", run.uuid},
            {"name", run.name},
            {"status", toString(run.status)},
            {"created_at", run.createdAt},
            {"started_at", run.startedAt.empty() ? json(nullptr) : json(run.startedAt)},
            {"finished_at", run.finishedAt.empty() ? json(nullptr) : json(run.finishedAt)},
            {"seed", run.seed ? json(*run.seed) : json(nullptr)},
            {"code_version", run.codeVersion},
            {"parent_run_id", run.parentRunId ? json(*run.parentRunId) : json(nullptr)},
            {"tags", run.tags},
            {"notes", run.notes},
            {"archived", run.archived},
            {"writer", run.writerPid ? json{{"pid", run.writerPid},
                                            {"host", run.writerHost},
                                            {"heartbeat_age_s", run.heartbeatAgeSeconds},
                                            {"live", run.live()}}
                                     : json(nullptr)},
            {"config", parseOrString(run.configJson)},
            {"hardware", parseOrString(run.hardwareJson)},
            {"corpus", parseOrString(run.corpusJson)},
            {"tokenizer", parseOrString(run.tokenizerJson)},
            {"metrics", metrics}};
}

std::string joined(const std::vector<std::string> &items, const std::string &separator) {
    std::string out;
    for (const std::string &item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

RunRecord requireRun(const RunStore &store, const std::string &reference) {
    const auto run = store.findRun(reference);
    if (!run)
        throw StoreError(store.path(), "no run '" + reference +
                                           "' (give an id, a uuid or its first characters, or a "
                                           "name; 'dbw runs list' shows them)");
    return *run;
}

// "train/loss" best/last, the column most people look at first.
std::string headlineMetric(const std::vector<MetricSummary> &summaries, bool best) {
    for (const char *name : {"valid/ppl", "valid/loss", "train/loss"})
        for (const MetricSummary &summary : summaries)
            if (summary.name == name && summary.count > 0)
                return std::string(name) + " " + formatNumber(best ? summary.best : summary.last);
    return "";
}

int list(const Arguments &arguments) {
    const Options options("dbw runs list", arguments, {kStoreOption, kFormatOption, kJsonOption});
    if (options.helpRequested()) {
        std::cout << options.usage("dbw runs list [--store PATH] [--format table|json|csv]",
                                   "Lists the runs in the store, newest first.");
        return 0;
    }
    const std::string format = outputFormat(options);
    const auto opened = openForReading(options);
    const RunStore &store = *opened;
    const auto runs = store.listRuns();
    const auto interrupted = std::count_if(runs.begin(), runs.end(), [](const RunRecord &run) {
        return run.status == RunStatus::Interrupted;
    });
    if (interrupted > 0)
        std::cerr << "dbw: note: " << interrupted
                  << " run(s) interrupted (their process died); continue one with "
                  << "dbw train --resume RUN\n";
    if (format == "json") {
        json out = json::array();
        for (const RunRecord &run : runs)
            out.push_back(runJson(run, store.summaries(run.id)));
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    const Row header = {"id", "uuid", "name", "status", "created", "tags", "best", "last step"};
    std::vector<Row> rows;
    for (const RunRecord &run : runs) {
        const auto summaries = store.summaries(run.id);
        std::int64_t lastStep = 0;
        for (const MetricSummary &summary : summaries)
            lastStep = std::max(lastStep, summary.lastStep);
        rows.push_back({std::to_string(run.id), run.uuid.substr(0, 8), run.name,
                        toString(run.status), run.createdAt.substr(0, 19), joined(run.tags, ","),
                        headlineMetric(summaries, true),
                        summaries.empty() ? "" : std::to_string(lastStep)});
    }
    if (format == "csv")
        printCsv(std::cout, header, rows);
    else
        printTable(std::cout, header, rows);
    return 0;
}

int show(const Arguments &arguments) {
    const Options options("dbw runs show", arguments, {kStoreOption, kFormatOption, kJsonOption},
                          1);
    if (options.helpRequested()) {
        std::cout << options.usage("dbw runs show RUN [--store PATH] [--json]",
                                   "Shows one run: identity, config, metric summaries, evals, "
                                   "samples and checkpoints. RUN is an id, uuid (prefix) or name.");
        return 0;
    }
    const std::string format = outputFormat(options);
    const auto opened = openForReading(options);
    const RunStore &store = *opened;
    const RunRecord run = requireRun(store, options.positional(0, "RUN (an id, uuid or name)"));
    const auto summaries = store.summaries(run.id);
    const auto evals = store.evals(run.id);
    const auto samples = store.samples(run.id);
    const auto checkpoints = store.checkpoints(run.id);
    if (format == "json") {
        json out = runJson(run, summaries);
        out["evals"] = json::array();
        for (const EvalRecord &eval : evals)
            out["evals"].push_back({{"step", eval.step},
                                    {"split", eval.split},
                                    {"recipe", parseOrString(eval.recipeJson)},
                                    {"results", parseOrString(eval.resultsJson)}});
        out["samples"] = samples.size();
        out["checkpoints"] = json::array();
        for (const CheckpointRecord &checkpoint : checkpoints)
            out["checkpoints"].push_back({{"step", checkpoint.step},
                                          {"path", checkpoint.path},
                                          {"size_bytes", checkpoint.sizeBytes}});
        std::cout << out.dump(2) << "\n";
        return 0;
    }
    std::cout << "run " << run.id << "  " << run.name << "  (" << toString(run.status) << ")\n"
              << "uuid      " << run.uuid << "\ncreated   " << run.createdAt << "\nstarted   "
              << (run.startedAt.empty() ? "-" : run.startedAt) << "\nfinished  "
              << (run.finishedAt.empty() ? "-" : run.finishedAt) << "\nseed      "
              << (run.seed ? std::to_string(*run.seed) : "-") << "\ncode      "
              << (run.codeVersion.empty() ? "-" : run.codeVersion) << "\ntags      "
              << (run.tags.empty() ? "-" : joined(run.tags, ", ")) << "\nwriter    "
              << writerLine(run) << "\n";
    if (run.parentRunId)
        std::cout << "parent    " << *run.parentRunId << "\n";
    if (!run.notes.empty())
        std::cout << "notes     " << run.notes << "\n";
    std::cout << "config    " << parseOrString(run.configJson).dump() << "\nhardware  "
              << parseOrString(run.hardwareJson).dump() << "\ncorpus    "
              << parseOrString(run.corpusJson).dump() << "\ntokenizer "
              << parseOrString(run.tokenizerJson).dump() << "\n\n";
    std::vector<Row> rows;
    for (const MetricSummary &summary : summaries)
        rows.push_back({summary.name, std::to_string(summary.count), formatNumber(summary.last),
                        formatNumber(summary.best) + (summary.higherIsBetter ? " (max)" : " (min)"),
                        formatNumber(summary.min), formatNumber(summary.max),
                        std::to_string(summary.lastStep), std::to_string(summary.nonFiniteCount)});
    if (format == "csv") {
        printCsv(std::cout,
                 {"metric", "points", "last", "best", "min", "max", "last step", "non-finite"},
                 rows);
        return 0;
    }
    printTable(std::cout,
               {"metric", "points", "last", "best", "min", "max", "last step", "non-finite"}, rows);
    std::cout << "\n"
              << evals.size() << " evaluation(s), " << samples.size() << " sample(s), "
              << checkpoints.size() << " checkpoint(s)\n";
    return 0;
}

int exportMetrics(const Arguments &arguments) {
    const Options options("dbw runs export", arguments,
                          {kStoreOption,
                           {"metric", "NAME", "only this metric (default: all)"},
                           {"out", "FILE", "write here instead of stdout"},
                           {"force", "", "replace FILE if it exists"}},
                          1);
    if (options.helpRequested()) {
        std::cout << options.usage("dbw runs export RUN [--metric NAME] [--out FILE]",
                                   "Exports a run's metrics as CSV: metric, step, value, "
                                   "wall_time, tokens_seen, flags.");
        return 0;
    }
    const auto opened = openForReading(options);
    const RunStore &store = *opened;
    const RunRecord run = requireRun(store, options.positional(0, "RUN (an id, uuid or name)"));
    std::vector<std::string> metrics = store.metricNames(run.id);
    if (options.has("metric")) {
        const std::string wanted = options.text("metric");
        if (std::find(metrics.begin(), metrics.end(), wanted) == metrics.end())
            throw StoreError(store.path(), "run " + std::to_string(run.id) + " has no metric '" +
                                               wanted + "' (it has: " + joined(metrics, ", ") +
                                               ")");
        metrics = {wanted};
    }
    std::vector<Row> rows;
    for (const std::string &metric : metrics)
        for (const MetricPoint &point : store.readMetric(run.id, metric))
            rows.push_back({metric, std::to_string(point.step), formatNumber(point.value),
                            formatNumber(point.wallTime), std::to_string(point.tokensSeen),
                            std::to_string(point.flags)});
    const Row header = {"metric", "step", "value", "wall_time", "tokens_seen", "flags"};
    if (!options.has("out")) {
        printCsv(std::cout, header, rows);
        return 0;
    }
    const std::string out = options.text("out");
    if (std::filesystem::exists(out) && !options.has("force"))
        throw InputError(out, 0,
                         "the file exists; choose another name or add --force to replace it");
    std::ostringstream csv;
    printCsv(csv, header, rows);
    writeFileAtomically(out, csv.str());
    std::cerr << "wrote " << rows.size() << " points of " << metrics.size() << " metric(s) to "
              << out << "\n";
    return 0;
}

int tag(const Arguments &arguments) {
    const Options options("dbw runs tag", arguments,
                          {kStoreOption, {"remove", "", "remove the tags instead of adding them"}},
                          64);
    if (options.helpRequested()) {
        std::cout << options.usage("dbw runs tag RUN TAG... [--remove]", "Adds or removes tags.");
        return 0;
    }
    RunStore store(storePath(options));
    const RunRecord run = requireRun(store, options.positional(0, "RUN (an id, uuid or name)"));
    options.positional(1, "at least one TAG");
    for (std::size_t i = 1; i < options.positionals().size(); ++i) {
        const std::string &name = options.positionals()[i];
        if (name.empty() || name.find_first_of(", \t\n") != std::string::npos)
            throw UsageError("dbw runs tag: a tag is one word without commas, got '" + name + "'");
        options.has("remove") ? store.removeTag(run.id, name) : store.addTag(run.id, name);
    }
    std::cout << "run " << run.id << " tags: " << joined(store.run(run.id)->tags, ", ") << "\n";
    return 0;
}

int remove(const Arguments &arguments) {
    const Options options("dbw runs delete", arguments,
                          {kStoreOption, {"yes", "", "do not ask for confirmation"}}, 1);
    if (options.helpRequested()) {
        std::cout << options.usage("dbw runs delete RUN [--yes]",
                                   "Deletes a run and all its rows (metrics, evals, samples, "
                                   "trajectories, checkpoint records). Files on disk stay.");
        return 0;
    }
    RunStore store(storePath(options));
    const RunRecord run = requireRun(store, options.positional(0, "RUN (an id, uuid or name)"));
    std::int64_t points = 0;
    for (const MetricSummary &summary : store.summaries(run.id))
        points += summary.count;
    if (!options.has("yes")) {
        if (!isatty(STDIN_FILENO))
            throw UsageError("dbw runs delete: not deleting run " + std::to_string(run.id) +
                             " without confirmation; add --yes when not at a terminal");
        std::cerr << "Delete run " << run.id << " '" << run.name << "' (" << toString(run.status)
                  << ", " << points << " metric points)? [y/N] ";
        std::string answer;
        std::getline(std::cin, answer);
        if (answer != "y" && answer != "Y" && answer != "yes") {
            std::cerr << "not deleted\n";
            return 1;
        }
    }
    store.deleteRun(run.id);
    std::cout << "deleted run " << run.id << " '" << run.name << "' (" << points
              << " metric points)\n";
    return 0;
}

}  // namespace

int runRuns(const Arguments &arguments) {
    const std::string action = arguments.empty() ? "" : arguments.front();
    const Arguments rest(arguments.begin() + (arguments.empty() ? 0 : 1), arguments.end());
    if (action == "list")
        return list(rest);
    if (action == "show")
        return show(rest);
    if (action == "export")
        return exportMetrics(rest);
    if (action == "tag")
        return tag(rest);
    if (action == "delete")
        return remove(rest);
    if (action == "-h" || action == "--help") {
        std::cout << "usage: dbw runs list|show|export|tag|delete [options]  (--help on each)\n";
        return 0;
    }
    throw UsageError("dbw runs: expected list, show, export, tag or delete" +
                     (action.empty() ? std::string() : ", got '" + action + "'"));
}

}  // namespace dbw::cli
