// The run store: round trip of every table, summaries, decimated reads against a brute-force
// aggregate, migration of a golden version-1 file, and bad stores refused without being touched.
#include "error.h"
#include "runtime/runtime.h"
#include "store/runstore.h"
#include "util/files.h"

#include <sqlite3.h>

#include <QTemporaryDir>
#include <nlohmann/json.hpp>

#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>
#include <cmath>
#include <cstring>

#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

using namespace dbw;
namespace fs = std::filesystem;

namespace {

const std::string kGoldenV1 = DBW_SOURCE_DIR "/tests/data/store-v1.sqlite";
const double kNaN = std::numeric_limits<double>::quiet_NaN();

bool sameDouble(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

void execute(const std::string &path, const std::string &sql) {
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char *error = nullptr;
    const int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    QVERIFY2(code == SQLITE_OK, error);
    sqlite3_close(db);
}

// A store of some pages: one run with 20000 points.
void writeStoreWithPoints(const std::string &path) {
    RunStore store(path);
    RunRecord run;
    run.name = "points";
    store.createRun(run);
    MetricWriter writer(store, run.id, 5000);
    for (int step = 0; step < 20000; ++step)
        writer.add("loss", {step, 1.0, 0, 0, 0});
}

RunRecord createRunning(RunStore &store, const std::string &name) {
    RunRecord run;
    run.name = name;
    run.status = RunStatus::Running;
    store.createRun(run);
    return run;
}

}  // namespace

class TestRunStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::string freshPath() {
        return m_dir.filePath(QString("store%1.sqlite").arg(++m_counter)).toStdString();
    }

private Q_SLOTS:
    void roundTripOfEveryTable() {
        RunStore store(freshPath());
        QCOMPARE(store.schemaVersion(), RunStore::kSchemaVersion);
        RunRecord parent;
        parent.name = "parent";
        store.createRun(parent);

        RunRecord run;
        run.name = "spindle-tiny";
        run.configJson = R"({"schedule":"spindle","lambda":0.3})";
        run.seed = 1234;
        run.codeVersion = "0.1.0+abc";
        run.hardwareJson = R"({"cpu":"EPYC","threads":2})";
        run.corpusJson = R"({"path":"brown-train.txt","lines":50627})";
        run.tokenizerJson = R"({"kind":"sentencepiece","vocab_size":8000})";
        run.parentRunId = parent.id;
        run.notes = "résumé — notes\nsecond line";
        run.tags = {"spindle", "cpu", "spindle"};
        const std::int64_t id = store.createRun(run);
        QVERIFY(id > parent.id);
        QCOMPARE(run.uuid.size(), std::size_t(36));
        QCOMPARE(run.uuid[14], '4');

        QCOMPARE(store.run(parent.id)->codeVersion, codeVersion());  // recorded automatically
        QVERIFY(QString::fromStdString(store.run(parent.id)->hardwareJson).contains("\"threads\""));
        const RunRecord back = *store.run(id);
        QCOMPARE(back.name, run.name);
        QCOMPARE(back.uuid, run.uuid);
        QVERIFY(back.status == RunStatus::Created);
        QCOMPARE(back.createdAt, run.createdAt);
        QCOMPARE(back.configJson, run.configJson);
        QCOMPARE(back.seed, run.seed);
        QCOMPARE(back.codeVersion, run.codeVersion);
        QCOMPARE(back.hardwareJson, run.hardwareJson);
        QCOMPARE(back.corpusJson, run.corpusJson);
        QCOMPARE(back.tokenizerJson, run.tokenizerJson);
        QCOMPARE(back.parentRunId, run.parentRunId);
        QCOMPARE(back.notes, run.notes);
        QCOMPARE(back.tags, (std::vector<std::string>{"cpu", "spindle"}));

        QVERIFY(back.startedAt.empty());
        store.setStatus(id, RunStatus::Running);
        const std::string started = store.run(id)->startedAt;
        QVERIFY(!started.empty());
        store.setStatus(id, RunStatus::Paused);
        store.setStatus(id, RunStatus::Running);
        QCOMPARE(store.run(id)->startedAt, started);  // the first start is kept
        store.setStatus(id, RunStatus::Finished);
        QVERIFY(!store.run(id)->finishedAt.empty());
        QVERIFY(store.run(id)->status == RunStatus::Finished);
        store.setNotes(id, "new notes");
        store.setName(id, "renamed");
        store.addTag(id, "best");
        store.removeTag(id, "cpu");
        QCOMPARE(store.run(id)->tags, (std::vector<std::string>{"best", "spindle"}));
        QCOMPARE(store.run(id)->notes, std::string("new notes"));
        QVERIFY(!store.run(id)->archived);
        store.setArchived(id, true);
        QVERIFY(store.run(id)->archived);
        QVERIFY(store.listRuns().front().archived);
        store.setArchived(id, false);
        QVERIFY(!store.run(id)->archived);

        QCOMPARE(store.findRun(std::to_string(id))->id, id);
        QCOMPARE(store.findRun(run.uuid)->id, id);
        QCOMPARE(store.findRun(run.uuid.substr(0, 8))->id, id);
        QCOMPARE(store.findRun("renamed")->id, id);
        QVERIFY(!store.findRun("nothing-like-it"));
        QCOMPARE(store.listRuns().size(), std::size_t(2));
        QCOMPARE(store.listRuns().front().id, id);  // newest first

        EvalRecord eval{0,
                        id,
                        500,
                        "brown-valid.txt",
                        R"({"steps":128,"estimator":"discrete"})",
                        R"({"nats_per_token":4.2})",
                        ""};
        store.addEval(eval);
        std::vector<SampleRecord> samples(2);
        samples[0] = {
            0, id, 500, "the jury said .", {7, 8, 9, 10}, R"({"top_k":30})", R"({"rep":0})", ""};
        samples[1] = {0, id, 500, "Zürich 東京", {}, "{}", "{}", ""};
        QCOMPARE(store.addSamples(samples), std::int64_t(2));
        TrajectoryRecord trajectory{
            0, id, samples[0].id, "dbw-trajectory/1", std::string("\x00\x01{\"steps\":[]}\xff", 16),
            ""};
        store.addTrajectory(trajectory);
        CheckpointRecord checkpoint{0, id, 500, "/runs/x/step-500", 123456789, R"({"loss":3.1})",
                                    ""};
        store.addCheckpoint(checkpoint);

        const auto evals = store.evals(id);
        QCOMPARE(evals.size(), std::size_t(1));
        QCOMPARE(evals[0].split, eval.split);
        QCOMPARE(evals[0].recipeJson, eval.recipeJson);
        QCOMPARE(evals[0].resultsJson, eval.resultsJson);
        QCOMPARE(evals[0].step, std::int64_t(500));
        const auto samplesBack = store.samples(id);
        QCOMPARE(samplesBack.size(), std::size_t(2));
        QCOMPARE(samplesBack[0].tokenIds, samples[0].tokenIds);
        QCOMPARE(samplesBack[1].text, samples[1].text);
        QCOMPARE(samplesBack[0].samplerJson, samples[0].samplerJson);
        QCOMPARE(samplesBack[0].metricsJson, samples[0].metricsJson);
        const auto trajectories = store.trajectories(id);
        QCOMPARE(trajectories.size(), std::size_t(1));
        QCOMPARE(trajectories[0].data, trajectory.data);  // binary-safe
        QCOMPARE(trajectories[0].sampleId, std::optional<std::int64_t>(samples[0].id));
        QCOMPARE(trajectories[0].format, trajectory.format);
        // Listed without their data, with the step and sampler of the samples they recorded.
        const auto summaries = store.trajectorySummaries(id);
        QCOMPARE(summaries.size(), std::size_t(1));
        QCOMPARE(summaries[0].id, trajectory.id);
        QCOMPARE(summaries[0].step, std::optional<std::int64_t>(500));
        QCOMPARE(summaries[0].samplerJson, samples[0].samplerJson);
        QCOMPARE(summaries[0].bytes, std::int64_t(16));
        QCOMPARE(store.trajectory(trajectory.id)->data, trajectory.data);
        QVERIFY(!store.trajectory(trajectory.id + 1000));
        const auto checkpoints = store.checkpoints(id);
        QCOMPARE(checkpoints.size(), std::size_t(1));
        QCOMPARE(checkpoints[0].path, checkpoint.path);
        QCOMPARE(checkpoints[0].sizeBytes, checkpoint.sizeBytes);
        QCOMPARE(checkpoints[0].metricsJson, checkpoint.metricsJson);

        store.appendMetrics(id, {{"train/loss", {1, 2.5, 0.1, 64, 0}}});
        store.deleteRun(parent.id);
        QVERIFY(!store.run(id)->parentRunId);  // ON DELETE SET NULL
        store.deleteRun(id);
        QVERIFY(!store.run(id));
        QVERIFY(store.evals(id).empty());
        QVERIFY(store.samples(id).empty());
        QVERIFY(store.trajectories(id).empty());
        QVERIFY(store.checkpoints(id).empty());
        QVERIFY(store.metricNames(id).empty());
        QVERIFY(store.readMetric(id, "train/loss").empty());
        QCOMPARE(store.integrityCheck(), std::string("ok"));
        QVERIFY_THROWS_EXCEPTION(StoreError, store.setStatus(id, RunStatus::Running));
    }

    void metricsAndSummaries() {
        RunStore store(freshPath());
        RunRecord run;
        run.name = "m";
        store.createRun(run);
        store.appendMetrics(run.id, {{"train/loss", {0, 5.0, 0.0, 0, 0}},
                                     {"train/loss", {1, 4.0, 0.5, 64, 0}},
                                     {"train/loss", {2, kNaN, 1.0, 128, kMetricSkippedStep}},
                                     {"train/loss", {3, 3.0, 1.5, 192, 0}},
                                     {"eval/bleu", {3, 0.1, 1.5, 192, 0}},
                                     {"eval/bleu", {7, 0.3, 3.5, 448, 0}},
                                     {"eval/bleu", {9, 0.2, 4.5, 576, 0}}});
        // A later batch replaces step 3 and appends.
        store.appendMetrics(
            run.id, {{"train/loss", {3, 2.0, 1.6, 192, 0}}, {"train/loss", {4, 6.0, 2.0, 256, 0}}});
        const auto points = store.readMetric(run.id, "train/loss");
        QCOMPARE(points.size(), std::size_t(5));
        QVERIFY(std::isnan(points[2].value));
        QCOMPARE(points[2].flags, kMetricNonFinite | kMetricSkippedStep);
        QCOMPARE(points[3].value, 2.0);
        QCOMPARE(points[3].wallTime, 1.6);
        QCOMPARE(points[4].tokensSeen, std::int64_t(256));
        QCOMPARE(store.readMetric(run.id, "train/loss", 1, 3).size(), std::size_t(3));

        const auto summaries = store.summaries(run.id);
        QCOMPARE(summaries.size(), std::size_t(2));
        const MetricSummary &bleu = summaries[0];
        QCOMPARE(bleu.name, std::string("eval/bleu"));
        QVERIFY(bleu.higherIsBetter);
        QCOMPARE(bleu.best, 0.3);
        QCOMPARE(bleu.last, 0.2);
        QCOMPARE(bleu.lastStep, std::int64_t(9));
        const MetricSummary &loss = summaries[1];
        QVERIFY(!loss.higherIsBetter);
        QCOMPARE(loss.count, std::int64_t(5));
        QCOMPARE(loss.nonFiniteCount, std::int64_t(1));
        QCOMPARE(loss.min, 2.0);  // the replaced 3.0 is gone, NaN is skipped
        QCOMPARE(loss.max, 6.0);
        QCOMPARE(loss.best, 2.0);
        QCOMPARE(loss.last, 6.0);
        QCOMPARE(loss.firstStep, std::int64_t(0));
        QCOMPARE(store.metricNames(run.id), (std::vector<std::string>{"eval/bleu", "train/loss"}));
        QVERIFY(!RunStore::higherIsBetter("valid/self_bleu"));
        QVERIFY(RunStore::higherIsBetter("perf/tokens_per_s"));

        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 store.appendMetrics(run.id + 100, {{"x", {0, 1, 0, 0, 0}}}));
    }

    void metricWriterBatches() {
        RunStore store(freshPath());
        RunRecord run;
        run.name = "w";
        store.createRun(run);
        {
            MetricWriter writer(store, run.id, 10);
            for (int step = 0; step < 25; ++step) {
                writer.add("loss", {step, double(step), 0, 0, 0});
                QCOMPARE(writer.pending(), std::size_t((step + 1) % 10));
            }
            QCOMPARE(store.readMetric(run.id, "loss").size(), std::size_t(20));
        }  // the destructor writes the last 5
        QCOMPARE(store.readMetric(run.id, "loss").size(), std::size_t(25));

        // Due by time: a pending point is written once maxDelay has passed since the last write,
        // not before, however few points are pending.
        MetricWriter soon(store, run.id, 1000, 0.2);
        soon.add("live", {1, 1.0, 0, 0, 0});
        soon.flushIfDue();
        QCOMPARE(store.readMetric(run.id, "live").size(), std::size_t(0));
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        soon.flushIfDue();
        QCOMPARE(store.readMetric(run.id, "live").size(), std::size_t(1));
        QCOMPARE(soon.pending(), std::size_t(0));
        soon.add("live", {2, 2.0, 0, 0, 0});
        soon.flushIfDue();  // just written: waits again
        QCOMPARE(soon.pending(), std::size_t(1));
    }

    void decimationMatchesBruteForce_data() {
        QTest::addColumn<int>("points");
        QTest::addColumn<int>("stride");  // steps between points
        QTest::addColumn<int>("buckets");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");  // -1 = all
        QTest::newRow("few points, many buckets") << 50 << 1 << 2000 << qint64(0) << qint64(-1);
        QTest::newRow("one bucket") << 5000 << 1 << 1 << qint64(0) << qint64(-1);
        QTest::newRow("odd bucket count") << 20011 << 1 << 7 << qint64(0) << qint64(-1);
        QTest::newRow("200k into 2000") << 200000 << 1 << 2000 << qint64(0) << qint64(-1);
        QTest::newRow("sparse steps") << 30000 << 37 << 300 << qint64(0) << qint64(-1);
        QTest::newRow("zoomed range") << 200000 << 1 << 500 << qint64(12345) << qint64(170001);
        QTest::newRow("range inside one block")
            << 200000 << 1 << 100 << qint64(70000) << qint64(70010);
        QTest::newRow("range past the data") << 1000 << 1 << 10 << qint64(900) << qint64(5000);
    }

    void decimationMatchesBruteForce() {
        QFETCH(int, points);
        QFETCH(int, stride);
        QFETCH(int, buckets);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        if (to < 0)
            to = RunStore::kAllSteps;

        RunStore store(freshPath());
        RunRecord run;
        run.name = "d";
        store.createRun(run);
        std::mt19937 random(points + stride);
        std::normal_distribution<double> noise;
        {
            MetricWriter writer(store, run.id, 4096);
            for (int i = 0; i < points; ++i) {
                const double value =
                    i % 997 == 5 ? kNaN : 10.0 * std::exp(-i * 1e-5) + noise(random);
                writer.add("loss", {std::int64_t(i) * stride, value, i * 0.1, i * 64LL, 0});
            }
        }
        const auto raw = store.readMetric(run.id, "loss", from, to);
        const auto decimated = store.readDecimated(run.id, "loss", buckets, from, to);
        QVERIFY(!decimated.empty());
        QVERIFY(decimated.size() <= std::size_t(buckets));

        const std::int64_t lo = std::max<std::int64_t>(from, 0);
        const std::int64_t hi = std::min<std::int64_t>(to, std::int64_t(points - 1) * stride);
        const std::int64_t width = (hi - lo + 1 + buckets - 1) / buckets;
        std::size_t next = 0;  // index into raw
        std::int64_t previousLast = std::numeric_limits<std::int64_t>::min();
        for (const DecimatedBucket &bucket : decimated) {
            QVERIFY(bucket.firstStep > previousLast);  // disjoint, in order
            QVERIFY(bucket.lastStep - bucket.firstStep < width + width / 8 + 1);
            previousLast = bucket.lastStep;
            // The bucket equals the brute-force aggregate of exactly the raw points it spans.
            double min = kNaN, max = kNaN, last = kNaN;
            std::int64_t count = 0;
            bool nonFinite = false;
            QCOMPARE(raw[next].step, bucket.firstStep);
            while (next < raw.size() && raw[next].step <= bucket.lastStep) {
                const double v = raw[next].value;
                if (std::isfinite(v)) {
                    min = std::isnan(min) ? v : std::min(min, v);
                    max = std::isnan(max) ? v : std::max(max, v);
                } else {
                    nonFinite = true;
                }
                last = v;
                ++count;
                ++next;
            }
            QCOMPARE(bucket.count, count);
            QVERIFY(sameDouble(bucket.min, min));
            QVERIFY(sameDouble(bucket.max, max));
            QVERIFY(sameDouble(bucket.last, last));
            QCOMPARE(bucket.anyNonFinite, nonFinite);
            QCOMPARE(bucket.lastStep, raw[next - 1].step);
            QCOMPARE(bucket.lastWallTime, raw[next - 1].wallTime);
            QCOMPARE(bucket.lastTokensSeen, raw[next - 1].tokensSeen);
        }
        QCOMPARE(next, raw.size());  // every point in range is in exactly one bucket
    }

    void migratesTheGoldenVersion1File() {
        const std::string path = freshPath();
        fs::copy_file(kGoldenV1, path);
        {
            RunStore store(path);
            QCOMPARE(store.schemaVersion(), RunStore::kSchemaVersion);
            const auto runs = store.listRuns();
            QCOMPARE(runs.size(), std::size_t(2));
            const RunRecord first = *store.run(1);
            QCOMPARE(first.name, std::string("mutual-tiny"));
            QCOMPARE(first.uuid, std::string("0b7d1c8e-1111-4a6e-9d5e-1f2a3b4c5d6e"));
            QVERIFY(first.status == RunStatus::Finished);
            QCOMPARE(first.seed, std::optional<std::int64_t>(42));
            QCOMPARE(first.configJson, std::string(R"({"schedule":"mutual","lr":0.0005})"));
            QCOMPARE(first.notes, std::string("first try"));
            QCOMPARE(first.tags, (std::vector<std::string>{"baseline", "cpu"}));
            QCOMPARE(first.hardwareJson, std::string("{}"));
            QVERIFY(!first.parentRunId);

            QCOMPARE(store.readMetric(1, "train/loss").size(), std::size_t(100));
            QCOMPARE(store.readMetric(1, "train/loss")[40].value, 10.0 - 40 * 0.05);
            const auto summaries = store.summaries(1);
            QCOMPARE(summaries.size(), std::size_t(3));
            QCOMPARE(summaries[0].name, std::string("eval/bleu"));
            QVERIFY(summaries[0].higherIsBetter);
            QCOMPARE(summaries[0].best, 0.25);
            QCOMPARE(summaries[2].name, std::string("valid/ppl"));
            QCOMPARE(summaries[2].min, 410.0);
            QCOMPARE(summaries[2].last, 410.0);
            QCOMPARE(summaries[2].count, std::int64_t(10));

            const auto failed = store.readMetric(2, "train/loss");
            QCOMPARE(failed.size(), std::size_t(20));
            QVERIFY(std::isnan(failed[13].value));
            QCOMPARE(failed[13].flags, std::uint32_t(kMetricNonFinite));
            QCOMPARE(store.summaries(2)[0].nonFiniteCount, std::int64_t(1));
            QCOMPARE(store.readDecimated(1, "train/loss", 10).size(), std::size_t(10));

            store.appendMetrics(2, {{"train/loss", {20, 7.0, 10.0, 0, 0}}});
            QCOMPARE(store.summaries(2)[0].last, 7.0);
            QCOMPARE(store.integrityCheck(), std::string("ok"));
        }
        RunStore again(path);  // a migrated store opens without migrating again
        QCOMPARE(again.readMetric(2, "train/loss").size(), std::size_t(21));
    }

    void version5MarksContinuousTimeBoundsInvalid() {
        // A version-4 store (this schema minus per_sentence_json) with a continuous-time run, a
        // discrete run and a run whose config is not JSON: the continuous run's evals stop claiming
        // a bound and its validation series move under invalid/; the others are untouched.
        const std::string path = freshPath();
        std::int64_t continuous = 0, discrete = 0, broken = 0;
        {
            RunStore store(path);
            for (const char *config :
                 {R"({"diffusion":{"continuous_time":true,"objective":"nelbo"}})",
                  R"({"diffusion":{"continuous_time":false}})", "not json"}) {
                RunRecord run;
                run.name = std::string("r") + std::to_string(store.listRuns().size());
                run.configJson = config;
                store.createRun(run);
                (continuous == 0 ? continuous : discrete == 0 ? discrete : broken) = run.id;
                EvalRecord eval;
                eval.runId = run.id;
                eval.step = 10;
                eval.split = "valid.txt";
                eval.recipeJson = R"({"is_bound":true,"step_size":16})";
                eval.resultsJson = R"({"nats_per_token":100.4})";
                store.addEval(eval);
                store.appendMetrics(run.id, {{"valid/nelbo", {10, 100.4, 0, 0, 0}},
                                             {"train/loss", {10, 6.0, 0, 0, 0}}});
            }
        }
        execute(path, "ALTER TABLE evals DROP COLUMN per_sentence_json; PRAGMA user_version = 4");
        RunStore store(path);
        QCOMPARE(store.schemaVersion(), 5);
        const auto marked = nlohmann::json::parse(store.evals(continuous)[0].recipeJson);
        QCOMPARE(marked["is_bound"].get<bool>(), false);
        QVERIFY(marked["invalid"].get<std::string>().find("T/s") != std::string::npos);
        QCOMPARE(marked["step_size"].get<int>(), 16);
        QVERIFY(store.readMetric(continuous, "valid/nelbo").empty());
        QCOMPARE(store.readMetric(continuous, "invalid/valid/nelbo").size(), std::size_t(1));
        QCOMPARE(store.readMetric(continuous, "train/loss").size(), std::size_t(1));
        for (const std::int64_t untouched : {discrete, broken}) {
            QCOMPARE(store.evals(untouched)[0].recipeJson,
                     std::string(R"({"is_bound":true,"step_size":16})"));
            QCOMPARE(store.readMetric(untouched, "valid/nelbo").size(), std::size_t(1));
        }
        QVERIFY(store.evals(continuous)[0].perSentenceJson.empty());
        QCOMPARE(store.integrityCheck(), std::string("ok"));
    }

    void badStoresAreRefusedUntouched_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not SQLite") << "text"
                                    << "is not a SQLite database";
        QTest::newRow("truncated mid-page") << "truncated-odd"
                                            << "the database is truncated";
        QTest::newRow("truncated at a page edge") << "truncated-page"
                                                  << "the database is truncated";
        QTest::newRow("newer schema")
            << "newer"
            << "was written by a newer DiffusionBERT Workbench (store schema 99";
        QTest::newRow("another program's SQLite file")
            << "foreign"
            << "is a SQLite database but not a run store";
        QTest::newRow("a folder") << "folder"
                                  << "is a folder";
        QTest::newRow("damaged in the middle") << "damaged"
                                               << "the database is damaged";
        QTest::newRow("read-only location") << "readonly"
                                            << "the store is read-only";
    }

    void badStoresAreRefusedUntouched() {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        std::string path = freshPath();
        if (kind == "text") {
            writeFileAtomically(path, "runs,metrics\n1,2\n");
        } else if (kind.startsWith("truncated")) {
            writeStoreWithPoints(path);
            fs::resize_file(
                path, kind == "truncated-odd" ? 10000 : fs::file_size(path) / 2 / 4096 * 4096);
        } else if (kind == "damaged") {
            // Written under another name: this process has checked that one already (the check
            // runs once per path and process).
            const std::string healthy = freshPath();
            writeStoreWithPoints(healthy);
            fs::copy_file(healthy, path);
            std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
            file.seekp(static_cast<std::streamoff>(fs::file_size(path) / 2 / 4096 * 4096));
            const std::string garbage(4096, '\x5a');
            file.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
        } else if (kind == "newer") {
            fs::copy_file(kGoldenV1, path);
            execute(path, "PRAGMA user_version = 99");
        } else if (kind == "foreign") {
            execute(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
        } else if (kind == "folder") {
            fs::create_directories(path);
        } else if (kind == "readonly") {
            path = "/proc/dbw-test-store/runs.sqlite";  // not writable, even for root
        }
        const bool exists = fs::exists(path) && !fs::is_directory(path);
        const std::string before = exists ? fileContentHash(path) : "";
        try {
            RunStore store(path);
            QFAIL("opened a bad store");
        } catch (const StoreError &error) {
            QVERIFY2(QString(error.what()).contains(expected), error.what());
            QVERIFY2(QString(error.what()).startsWith(QString::fromStdString(path)), error.what());
        }
        if (exists)
            QCOMPARE(fileContentHash(path), before);
        QVERIFY(!fs::exists(path + "-wal"));
        QVERIFY(!fs::exists(path + "-shm"));
    }

    // What another process sees while a writer checkpoints its WAL into a growing store: SQLite
    // copies page 1 (with the new page count) before the pages that extend the file, so for a
    // moment the file is shorter than its header says, while file + WAL are consistent. CI once
    // refused a healthy store this way ("the database is truncated") when two dbw processes wrote
    // at once. Here that moment is made on purpose: a WAL with frames that grow the file, and the
    // WAL's newest page 1 copied into the file ahead of the rest.
    void storeMidCheckpointIsNotTakenForTruncated() {
        const std::string path = freshPath();
        writeStoreWithPoints(path);
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
            sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
            QCOMPARE(sqlite3_exec(db,
                                  "PRAGMA wal_autocheckpoint = 0; "
                                  "CREATE TABLE filler (bytes BLOB); "
                                  "INSERT INTO filler VALUES (zeroblob(400000));",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        std::ifstream wal(path + "-wal", std::ios::binary);
        const std::string walBytes((std::istreambuf_iterator<char>(wal)),
                                   std::istreambuf_iterator<char>());
        const std::size_t pageSize = 4096, frameHeader = 24, walHeader = 32;
        QVERIFY(walBytes.size() > walHeader + frameHeader + pageSize);
        std::string newestFirstPage;
        for (std::size_t at = walHeader; at + frameHeader + pageSize <= walBytes.size();
             at += frameHeader + pageSize) {
            const auto *frame = reinterpret_cast<const unsigned char *>(walBytes.data() + at);
            const std::uint32_t page =
                (frame[0] << 24) | (frame[1] << 16) | (frame[2] << 8) | frame[3];
            if (page == 1)
                newestFirstPage = walBytes.substr(at + frameHeader, pageSize);
        }
        QCOMPARE(newestFirstPage.size(), pageSize);
        const auto fileBytes = fs::file_size(path);
        {
            std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
            file.write(newestFirstPage.data(), static_cast<std::streamsize>(pageSize));
        }
        const auto *header = reinterpret_cast<const unsigned char *>(newestFirstPage.data());
        const std::uint64_t pagesInHeader =
            (header[28] << 24) | (header[29] << 16) | (header[30] << 8) | header[31];
        QVERIFY2(pagesInHeader * pageSize > fileBytes, "the WAL must grow the file for this test");
        QVERIFY2(std::memcmp(header + 24, header + 92, 4) == 0,
                 "the header's page count must read as valid");

        RunStore store(path);
        QCOMPARE(store.listRuns().size(), std::size_t(1));
        QCOMPARE(store.integrityCheck(), std::string("ok"));
    }

    void readOnlyMode() {
        const std::string path = freshPath();
        QVERIFY_THROWS_EXCEPTION(StoreError, RunStore(path, RunStore::Mode::ReadOnly));
        QVERIFY(!fs::exists(path));
        {
            RunStore store(path);
            RunRecord run;
            run.name = "r";
            store.createRun(run);
        }
        RunStore reader(path, RunStore::Mode::ReadOnly);
        QCOMPARE(reader.listRuns().size(), std::size_t(1));
        try {
            reader.setNotes(1, "x");
            QFAIL("wrote through a read-only store");
        } catch (const StoreError &error) {
            QVERIFY2(QString(error.what()).contains("read-only"), error.what());
        }
        // An old store is not migrated behind a read-only open.
        const std::string old = freshPath();
        fs::copy_file(kGoldenV1, old);
        QVERIFY_THROWS_EXCEPTION(StoreError, RunStore(old, RunStore::Mode::ReadOnly));
    }

    // Issue 12, defect 4: a run records its writer (pid, host, heartbeat). While the writer lives
    // the run cannot be deleted; once its process is gone, or silent past the timeout, it reads as
    // interrupted (never "running" forever) and can be deleted; finishing clears the writer.
    void writersAreTrackedAndDeadOnesReadInterrupted() {
        const std::string path = freshPath();
        RunStore store(path);
        const RunRecord run = createRunning(store, "live");
        RunRecord read = *store.run(run.id);
        QCOMPARE(read.writerPid, std::int64_t(getpid()));
        QVERIFY(read.live());
        QVERIFY(read.status == RunStatus::Running);
        try {
            store.deleteRun(run.id);
            QFAIL("deleted a live run");
        } catch (const StoreError &error) {
            QVERIFY2(QString(error.what())
                         .contains("is being written by process " + QString::number(getpid())),
                     error.what());
        }
        QVERIFY(store.run(run.id));

        // Silent for longer than the timeout: interrupted; a heartbeat makes it live again.
        execute(path, "UPDATE runs SET writer_heartbeat = writer_heartbeat - 60 WHERE id = " +
                          std::to_string(run.id));
        QVERIFY(store.run(run.id)->status == RunStatus::Interrupted);
        store.heartbeat(run.id);
        QVERIFY(store.run(run.id)->live());

        // A writer whose process has exited (a pid that certainly existed and is gone).
        const pid_t child = fork();
        if (child == 0)
            _exit(0);
        waitpid(child, nullptr, 0);
        execute(path, "UPDATE runs SET writer_pid = " + std::to_string(child) +
                          " WHERE id = " + std::to_string(run.id));
        read = *store.run(run.id);
        QVERIFY(read.status == RunStatus::Interrupted);
        QVERIFY(!read.live());
        QVERIFY(store.listRuns().front().status == RunStatus::Interrupted);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 store.setStatus(run.id, RunStatus::Interrupted));
        store.heartbeat(run.id);  // not ours any more: no effect
        QVERIFY(store.run(run.id)->status == RunStatus::Interrupted);
        store.deleteRun(run.id);
        QVERIFY(!store.run(run.id));

        // Finished runs have no writer.
        const RunRecord done = createRunning(store, "done");
        store.setStatus(done.id, RunStatus::Finished);
        QCOMPARE(store.run(done.id)->writerPid, std::int64_t(0));
        QVERIFY(!store.run(done.id)->live());
    }

    // The heartbeat thread keeps a run live from its own connection.
    void heartbeatThreadRenewsTheRun() {
        const std::string path = freshPath();
        RunStore store(path);
        const RunRecord run = createRunning(store, "beating");
        execute(path, "UPDATE runs SET writer_heartbeat = writer_heartbeat - 60");
        QVERIFY(store.run(run.id)->status == RunStatus::Interrupted);
        {
            WriterHeartbeat heartbeat(path, run.id);
            QTRY_VERIFY_WITH_TIMEOUT(store.run(run.id)->status == RunStatus::Running, 10000);
            QVERIFY(store.run(run.id)->heartbeatAgeSeconds < RunStore::kHeartbeatSeconds + 1);
        }
    }

    void otherConnectionsSeeCommits() {
        const std::string path = freshPath();
        RunStore writer(path);
        RunStore reader(path);
        const std::int64_t before = reader.dataVersion();
        RunRecord run;
        run.name = "live";
        writer.createRun(run);
        QVERIFY(reader.dataVersion() != before);
        QCOMPARE(reader.listRuns().size(), std::size_t(1));
    }

    void defaultLocation() {
        qputenv("DBW_STORE", "/tmp/elsewhere/runs.sqlite");
        QCOMPARE(RunStore::defaultPath(), std::string("/tmp/elsewhere/runs.sqlite"));
        qunsetenv("DBW_STORE");
        qputenv("XDG_DATA_HOME", "/tmp/xdg");
        QCOMPARE(RunStore::defaultPath(),
                 std::string("/tmp/xdg/diffusionbert-workbench/runs.sqlite"));
        qunsetenv("XDG_DATA_HOME");
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
