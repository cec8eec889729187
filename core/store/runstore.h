// The run store: one SQLite database shared by dbw and the workbench, the single source of truth
// for runs, metrics, evaluations, samples, trajectories and checkpoints. Schema migrations, WAL,
// batched metric writes with per-metric summaries and a decimation pyramid for fast chart reads.
// Not thread-safe: use one RunStore per thread (SQLite serialises writers across processes).
#pragma once

#include "error.h"

#include <chrono>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dbw {

namespace sqlite {
class Connection;
}

// Interrupted is never written: it is how a run reads whose status says running or paused but whose
// writer process is gone (killed, crashed, power lost), from its pid and heartbeat.
enum class RunStatus { Created, Running, Paused, Finished, Failed, Stopped, Interrupted };
std::string toString(RunStatus status);
// Throws std::invalid_argument for an unknown name.
RunStatus runStatusFromString(const std::string &name);

struct RunRecord {
    std::int64_t id = 0;  // set by createRun
    std::string uuid;     // set by createRun
    std::string name;     // e.g. "spindle-tiny-1"
    RunStatus status = RunStatus::Created;
    std::string createdAt;          // ISO-8601 UTC, set by createRun
    std::string startedAt;          // empty until the run starts
    std::string finishedAt;         // empty until it ends (finished, failed, stopped)
    std::string configJson = "{}";  // the full run config
    std::optional<std::int64_t> seed;
    std::string codeVersion;           // project version + git description (runtime/runtime.h)
    std::string hardwareJson = "{}";   // CPU, threads, GPU, BLAS
    std::string corpusJson = "{}";     // path, size, content hash, line count
    std::string tokenizerJson = "{}";  // kind, path, content hash, vocab size
    std::optional<std::int64_t> parentRunId;  // the run this one resumes or forks
    std::string notes;
    std::vector<std::string> tags;  // sorted
    bool archived = false;          // hidden from the run list unless asked for
    // The process writing the run while it is running or paused (0 / empty when none).
    std::int64_t writerPid = 0;
    std::string writerHost;
    double heartbeatAgeSeconds = 0.0;  // since the writer last said it is alive
    // True while a live process writes the run: deleting it is refused.
    bool live() const { return writerPid != 0 && status != RunStatus::Interrupted; }
};

// Bits of MetricPoint::flags.
enum MetricFlag : std::uint32_t {
    kMetricNonFinite = 1u << 0,    // the value was NaN or infinite (set automatically)
    kMetricSkippedStep = 1u << 1,  // the trainer skipped this step (non-finite loss)
};

struct MetricPoint {
    std::int64_t step = 0;
    double value = 0.0;     // NaN allowed; it reads back as NaN
    double wallTime = 0.0;  // seconds since the run started
    std::int64_t tokensSeen = 0;
    std::uint32_t flags = 0;  // MetricFlag bits
};

struct NamedPoint {
    std::string metric;  // e.g. "train/loss"
    MetricPoint point;
};

// Kept up to date in the same transaction as every metric write.
struct MetricSummary {
    std::string name;
    std::int64_t count = 0;
    std::int64_t nonFiniteCount = 0;
    std::int64_t firstStep = 0;
    std::int64_t lastStep = 0;
    double last = 0.0;  // the value at lastStep (NaN when it was not finite)
    double min = 0.0;   // over finite values; NaN when there are none
    double max = 0.0;
    double best = 0.0;  // min, or max for metrics where higher is better
    bool higherIsBetter = false;
};

// One pixel column of a chart: the points with step in [firstStep, lastStep].
struct DecimatedBucket {
    std::int64_t firstStep = 0;
    std::int64_t lastStep = 0;
    std::int64_t count = 0;
    double min = 0.0;  // over finite values (NaN when none)
    double max = 0.0;
    double last = 0.0;  // the value at lastStep
    double lastWallTime = 0.0;
    std::int64_t lastTokensSeen = 0;
    bool anyNonFinite = false;
};

struct EvalRecord {
    std::int64_t id = 0;
    std::int64_t runId = 0;
    std::int64_t step = 0;
    std::string split;        // file or split name
    std::string recipeJson;   // steps, estimator, seed, samples, units...
    std::string resultsJson;  // the numbers
    std::string createdAt;
    std::string perSentenceJson;  // dbw-per-sentence/1 (eval/elbo.h), empty when not kept
};

struct SampleRecord {
    std::int64_t id = 0;
    std::int64_t runId = 0;
    std::int64_t step = 0;
    std::string text;
    std::vector<int> tokenIds;
    std::string samplerJson = "{}";  // the sampler config
    std::string metricsJson = "{}";  // per-sample metrics
    std::string createdAt;
};

struct TrajectoryRecord {
    std::int64_t id = 0;
    std::int64_t runId = 0;
    std::optional<std::int64_t> sampleId;
    std::string format;  // e.g. "dbw-trajectory/1"
    std::string data;    // the versioned JSON (or a blob in that format)
    std::string createdAt;
};

// A stored trajectory without its data: what a list of them shows.
struct TrajectorySummary {
    std::int64_t id = 0;
    std::optional<std::int64_t> step;  // the training step of the samples it recorded
    std::string samplerJson = "{}";    // their sampler config
    std::int64_t bytes = 0;
    std::string createdAt;
};

struct CheckpointRecord {
    std::int64_t id = 0;
    std::int64_t runId = 0;
    std::int64_t step = 0;
    std::string path;
    std::int64_t sizeBytes = 0;
    std::string metricsJson = "{}";  // metrics at save time
    std::string createdAt;
};

class RunStore {
public:
    static constexpr int kSchemaVersion = 5;
    // A writer renews its heartbeat every kHeartbeatSeconds; one silent for kWriterTimeoutSeconds
    // (or whose pid is gone on this host) is taken for dead and its run reads as interrupted.
    static constexpr double kHeartbeatSeconds = 3.0;
    static constexpr double kWriterTimeoutSeconds = 20.0;
    static constexpr std::int64_t kAllSteps = std::numeric_limits<std::int64_t>::max();

    enum class Mode { ReadWrite, ReadOnly };

    // $DBW_STORE when set, else <user data folder>/runs.sqlite. The GUI and dbw agree on it.
    static std::string defaultPath();
    // Whether the store file, its folder or its mount cannot be written (from permissions and
    // the mount flags; the file is not opened).
    static bool isReadOnlyLocation(const std::string &path);

    // Opens (ReadWrite: creates, with its folder) and migrates the store to the current schema.
    // Throws StoreError, leaving the file byte-identical, for a file that is not SQLite, is
    // damaged (checked with PRAGMA quick_check the first time a process opens a path), is not a
    // run store, was written by a newer version, or cannot be written. ReadOnly also opens stores
    // in read-only files, folders and mounts. The file is only ever touched through SQLite: a
    // second descriptor closed in this process would drop every SQLite lock the process holds on
    // it (POSIX fcntl semantics), and another process could then delete the WAL under us.
    explicit RunStore(const std::string &path, Mode mode = Mode::ReadWrite);
    ~RunStore();
    RunStore(const RunStore &) = delete;
    RunStore &operator=(const RunStore &) = delete;

    const std::string &path() const { return m_path; }
    // True when opened ReadOnly because the file, its folder or its mount cannot be written.
    bool readOnlyLocation() const { return m_readOnlyLocation; }
    int schemaVersion() const;
    // Changes whenever another connection commits; cheap to poll for live views.
    std::int64_t dataVersion() const;

    // Runs
    // Fills id, uuid and createdAt; also the code version and hardware when left empty / "{}",
    // and startedAt when the run is created running. A run created running or paused records
    // this process as its writer.
    std::int64_t createRun(RunRecord &run);
    std::optional<RunRecord> run(std::int64_t id) const;
    // By id, full uuid, unique uuid prefix (>= 4 characters) or exact name. Throws StoreError
    // when ambiguous.
    std::optional<RunRecord> findRun(const std::string &reference) const;
    std::vector<RunRecord> listRuns() const;  // newest first
    // Records the status and the start / finish time it implies; running and paused record this
    // process as the writer, the others clear it. Interrupted cannot be set (it is derived).
    void setStatus(std::int64_t runId, RunStatus status);
    // The writer's "still alive" (see kHeartbeatSeconds); a no-op for a run it does not write.
    void heartbeat(std::int64_t runId);
    void setNotes(std::int64_t runId, const std::string &notes);
    void setName(std::int64_t runId, const std::string &name);
    void setArchived(std::int64_t runId, bool archived);
    void addTag(std::int64_t runId, const std::string &tag);
    void removeTag(std::int64_t runId, const std::string &tag);
    // Deletes the run and every row that belongs to it (metrics, evals, samples, ...). Throws
    // StoreError, deleting nothing, while a live process writes the run.
    void deleteRun(std::int64_t runId);

    // Metrics: one transaction per call. A repeated (metric, step) replaces the earlier point.
    void appendMetrics(std::int64_t runId, const std::vector<NamedPoint> &points);
    std::vector<std::string> metricNames(std::int64_t runId) const;
    std::vector<MetricSummary> summaries(std::int64_t runId) const;
    std::vector<MetricPoint> readMetric(std::int64_t runId, const std::string &metric,
                                        std::int64_t fromStep = 0,
                                        std::int64_t toStep = kAllSteps) const;
    // At most `buckets` buckets of equal step width over [fromStep, toStep] (clamped to the
    // data), each with min / max / last; empty buckets are left out. Reads the pyramid level that
    // keeps every bucket exact to within 1/8 of its width, so 1M points cost ~1/16 of a raw read.
    std::vector<DecimatedBucket> readDecimated(std::int64_t runId, const std::string &metric,
                                               int buckets, std::int64_t fromStep = 0,
                                               std::int64_t toStep = kAllSteps) const;

    // Evaluations, samples, trajectories, checkpoints.
    std::int64_t addEval(EvalRecord &eval);
    std::vector<EvalRecord> evals(std::int64_t runId) const;
    std::int64_t addSamples(std::vector<SampleRecord> &samples);  // one transaction; returns count
    std::vector<SampleRecord> samples(std::int64_t runId) const;
    std::int64_t addTrajectory(TrajectoryRecord &trajectory);
    std::vector<TrajectoryRecord> trajectories(std::int64_t runId) const;
    // A run's trajectories, newest first, without reading their data; one by id.
    std::vector<TrajectorySummary> trajectorySummaries(std::int64_t runId) const;
    std::optional<TrajectoryRecord> trajectory(std::int64_t id) const;
    std::int64_t addCheckpoint(CheckpointRecord &checkpoint);
    std::vector<CheckpointRecord> checkpoints(std::int64_t runId) const;

    // PRAGMA integrity_check: "ok" or the problems found.
    std::string integrityCheck() const;

    // Whether a metric is better when higher (BLEU, accuracy, tokens/s...) — from its name.
    static bool higherIsBetter(const std::string &metric);

private:
    void openAndMigrate(Mode mode);
    void identifyAndMigrate(Mode mode);
    void migrate(int from);
    std::int64_t seriesId(std::int64_t runId, const std::string &metric, bool create);
    void rebuildBlocks(std::int64_t seriesId, std::int64_t fromStep, std::int64_t toStep);
    void refreshSummary(std::int64_t seriesId);
    std::vector<std::string> tags(std::int64_t runId) const;
    void requireRun(std::int64_t runId) const;

    std::string m_path;
    std::unique_ptr<sqlite::Connection> m_db;
    bool m_readOnlyLocation = false;
};

// Renews a run's heartbeat from a thread of its own with its own connection, so that a run stays
// live while its step, validation or a pause takes longer than the timeout. Stops when destroyed.
class WriterHeartbeat {
public:
    WriterHeartbeat(const std::string &storePath, std::int64_t runId);
    ~WriterHeartbeat();
    WriterHeartbeat(const WriterHeartbeat &) = delete;
    WriterHeartbeat &operator=(const WriterHeartbeat &) = delete;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

// Buffers metric points and writes them in batches (one transaction per flush), so that training
// is not slowed by the store. Flushes when `batchSize` points are waiting, on flush(), and when
// destroyed.
class MetricWriter {
public:
    // Writes when batchSize points are pending, and (flushIfDue) when maxDelaySeconds have passed
    // since the last write: batched, yet charts that read the store move at least that often.
    MetricWriter(RunStore &store, std::int64_t runId, std::size_t batchSize = 512,
                 double maxDelaySeconds = 1.0);
    ~MetricWriter();
    void add(const std::string &metric, const MetricPoint &point);
    void flush();
    // Call often (after every training step): writes what is pending once it is due.
    void flushIfDue();
    std::size_t pending() const { return m_pending.size(); }

private:
    RunStore &m_store;
    std::int64_t m_runId;
    std::size_t m_batchSize;
    double m_maxDelaySeconds;
    std::chrono::steady_clock::time_point m_lastFlush;
    std::vector<NamedPoint> m_pending;
};

}  // namespace dbw
