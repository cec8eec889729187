// dbw runs and dbw bench end to end, on a store filled by real writer processes; the benchmarks
// against the shipped Python references.
#include "processrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

namespace {

const QString kDbw = QStringLiteral(DBW_BIN_DIR "/dbw");
const QString kWriter = QStringLiteral(DBW_BIN_DIR "/store_writer");
const QString kReference = QStringLiteral(DBW_SOURCE_DIR "/bench/");

using Result = ProcessResult;

Result run(const QString &program, const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) {
    return runProcess(program, arguments, {}, environment);
}

}  // namespace

class TestCliRuns : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    Result dbw(QStringList arguments) {
        arguments << "--store" << m_store;
        return run(kDbw, arguments);
    }

private Q_SLOTS:
    void initTestCase() {
        m_store = m_dir.filePath("runs.sqlite");
        QCOMPARE(run(kWriter, {m_store, "alpha", "3000", "1000"}).exitCode, 0);
        QCOMPARE(run(kWriter, {m_store, "beta", "500", "100"}).exitCode, 0);
    }

    void listFormats() {
        const Result table = dbw({"runs", "list"});
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        const QStringList lines = table.out.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith("id  "));
        QVERIFY(lines[1].contains("beta") && lines[1].contains("finished"));  // newest first
        QVERIFY(lines[2].contains("alpha") && lines[2].contains("train/loss 1"));

        const Result json = dbw({"runs", "list", "--json"});
        const QJsonArray runs = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[1].toObject()["name"].toString(), QString("alpha"));
        QCOMPARE(runs[1].toObject()["metrics"].toArray()[0].toObject()["count"].toInt(), 3000);

        const Result csv = dbw({"runs", "list", "--format", "csv"});
        QVERIFY(csv.out.startsWith("id,uuid,name,status,created,tags,best,last step\r\n"));
        QCOMPARE(csv.out.count("\r\n"), 3);
    }

    void show() {
        const Result human = dbw({"runs", "show", "alpha"});
        QVERIFY2(human.exitCode == 0, qPrintable(human.err));
        QVERIFY(human.out.contains("alpha  (finished)"));
        QVERIFY(human.out.contains("train/loss  3000"));
        const Result json = dbw({"runs", "show", "1", "--json"});
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object["name"].toString(), QString("alpha"));
        QCOMPARE(object["metrics"].toArray()[0].toObject()["last"].toDouble(), 2999 * 0.5 + 1);
        const Result missing = dbw({"runs", "show", "gamma"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("no run 'gamma'"), qPrintable(missing.err));
    }

    void exportCsv() {
        const Result csv = dbw({"runs", "export", "beta"});
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        const QStringList lines = csv.out.split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 501);
        QCOMPARE(lines[0], QString("metric,step,value,wall_time,tokens_seen,flags"));
        QCOMPARE(lines[3], QString("train/loss,2,3,0.02,128,0"));  // value = step/2 + run id 2

        const QString out = m_dir.filePath("beta.csv");
        QCOMPARE(dbw({"runs", "export", "beta", "--out", out}).exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), csv.out);
        const Result again = dbw({"runs", "export", "beta", "--out", out});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("the file exists"));
        QCOMPARE(dbw({"runs", "export", "beta", "--out", out, "--force"}).exitCode, 0);
        const Result unknown = dbw({"runs", "export", "beta", "--metric", "valid/ppl"});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains("has no metric 'valid/ppl' (it has: train/loss)"));
    }

    void tags() {
        Result r = dbw({"runs", "tag", "alpha", "baseline", "cpu"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("tags: baseline, cpu"));
        r = dbw({"runs", "tag", "alpha", "cpu", "--remove"});
        QVERIFY(r.out.contains("tags: baseline\n"));
        QCOMPARE(dbw({"runs", "tag", "alpha", "a,b"}).exitCode, 2);
    }

    void deleteNeedsConfirmation() {
        const Result refused = dbw({"runs", "delete", "beta"});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("without confirmation; add --yes"));
        QCOMPARE(dbw({"runs", "list", "--json"}).out.count("\"uuid\""), 2);
        const Result deleted = dbw({"runs", "delete", "beta", "--yes"});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
        QVERIFY(deleted.out.contains("deleted run 2 'beta' (500 metric points)"));
        QCOMPARE(dbw({"runs", "list", "--json"}).out.count("\"uuid\""), 1);
    }

    void storeFromEnvironmentAndBadStores() {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("DBW_STORE", m_store);
        const Result fromEnvironment = run(kDbw, {"runs", "list"}, environment);
        QVERIFY(fromEnvironment.out.contains("alpha"));

        const QString text = m_dir.filePath("notes.txt");
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();
        const Result bad = run(kDbw, {"runs", "list", "--store", text});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(text + ": is not a SQLite database"), qPrintable(bad.err));
        const Result none = run(kDbw, {"runs", "list", "--store", m_dir.filePath("none.sqlite")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("no run store here yet"));
        QVERIFY(!QFile::exists(m_dir.filePath("none.sqlite")));
    }

    void benchStore() {
        const Result r = run(kDbw, {"bench", "store", "--points", "20000", "--batch", "500",
                                    "--buckets", "100", "--repeat", "2", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json["points"].toInt(), 20000);
        QCOMPARE(json["raw_points_read"].toInt(), 20000);
        QCOMPARE(json["buckets_returned"].toInt(), 100);
        QVERIFY(json["decimated_read_ms"].toDouble() > 0);
        QVERIFY(json["points_per_s"].toDouble() > 0);
    }

    // Issue 13, item 11: the headline compares fp32 with the fp32 Python reference on the same
    // batches (the reference replays the batches dbw trained on: equal token counts), the
    // requested precision beside it, and the ratios are the quotients of the reported rates.
    void benchTrainComparesLikeWithLike() {
        const Result r = run(kDbw, {"bench", "train", "--preset", "tiny", "--vocab-size", "600",
                                    "--batch", "4", "--steps", "3", "--warmup", "1", "--reference",
                                    kReference + "reference_train.py", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject lean = json["reference_lean"].toObject(),
                          official = json["reference_official"].toObject();
        QVERIFY2(!lean.contains("error") && !official.contains("error"), qPrintable(r.out));
        QCOMPARE(json["precision"].toString(), QString("fp32"));
        QCOMPARE(lean["batches"].toString(), QString("given"));
        QVERIFY(json["same_batches"].toBool());
        QCOMPARE(json["tokens"].toInt(), lean["tokens"].toInt());
        QVERIFY(std::abs(json["tokens_per_s"].toDouble() -
                         json["tokens"].toDouble() / json["seconds"].toDouble()) <
                1e-6 * json["tokens_per_s"].toDouble());
        QVERIFY(std::abs(json["speedup_vs_lean"].toDouble() -
                         json["tokens_per_s"].toDouble() / lean["tokens_per_s"].toDouble()) <
                1e-9 * json["speedup_vs_lean"].toDouble());
        const QJsonObject requested = json["with_requested_precision"].toObject();
        QVERIFY(requested["precision"].toString() == "fp32" ||
                requested["precision"].toString() == "bf16");
        QCOMPARE(requested["tokens"].toInt(), json["tokens"].toInt());  // the same batches again
        QVERIFY(std::abs(json["speedup_vs_lean_with_requested_precision"].toDouble() -
                         requested["tokens_per_s"].toDouble() / lean["tokens_per_s"].toDouble()) <
                1e-9);
    }

    void benchSampleComparesLikeWithLike() {
        const Result r = run(
            kDbw, {"bench", "sample", "--num", "4", "--length", "8", "--T", "64", "--step", "4",
                   "--top-k", "0", "--reference", kReference + "reference_sample.py", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject reference = json["reference"].toObject();
        QVERIFY2(!reference.contains("error"), qPrintable(r.out));
        QCOMPARE(json["precision"].toString(), QString("fp32"));
        QCOMPARE(json["steps"].toInt(), 16);
        QCOMPARE(reference["network_calls"].toInt(), 16);
        QCOMPARE(reference["topk"].toInt(), 0);  // --top-k 0 reaches the reference as "no filter"
        QCOMPARE(json["masks_left"].toInt(), 0);
        QCOMPARE(reference["masks_left"].toInt(), 0);
        const double sequenceSteps = json["sequence_steps"].toDouble(),
                     evaluations = json["network_evaluations"].toDouble();
        QVERIFY(sequenceSteps <= 4 * 16 && evaluations <= sequenceSteps);
        QVERIFY(std::abs(json["calls_saved_share"].toDouble() - (1 - evaluations / sequenceSteps)) <
                1e-12);
        QVERIFY(std::abs(json["tokens_per_s"].toDouble() - 32 / json["seconds"].toDouble()) <
                1e-6 * json["tokens_per_s"].toDouble());
        QVERIFY(std::abs(json["speedup_vs_reference"].toDouble() -
                         json["tokens_per_s"].toDouble() / reference["tokens_per_s"].toDouble()) <
                1e-9 * json["speedup_vs_reference"].toDouble());

        // The spindle schedule beside mutual in the same run, on the same sizes and seed.
        const QJsonObject spindle = json["spindle"].toObject();
        QCOMPARE(spindle["masks_left"].toInt(), 0);
        QCOMPARE(spindle["steps"].toInt(), 16);
        QVERIFY(std::abs(json["spindle_time_vs_mutual"].toDouble() -
                         spindle["seconds"].toDouble() / json["seconds"].toDouble()) < 1e-9);

        const Result bad = run(kDbw, {"bench", "sample", "--precision", "fp16", "--json"});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("--precision must be auto, fp32 or bf16"), qPrintable(bad.err));
    }

    void benchEvalTimesBothSchedulesAndRecordsThePrecision() {
        const Result r = run(kDbw, {"bench", "eval", "--sentences", "6", "--T", "64", "--step", "4",
                                    "--precision", "bf16", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json["benchmark"].toString(), QString("eval"));
        QCOMPARE(json["sentences"].toInt(), 6);
        QCOMPARE(json["estimator"].toString(), QString("chain"));
        QVERIFY(json["tokens"].toInt() > 6);
        QVERIFY(std::abs(json["sentences_per_s"].toDouble() - 6 / json["seconds"].toDouble()) <
                1e-9 * json["sentences_per_s"].toDouble());
        QVERIFY(std::abs(json["tokens_per_s"].toDouble() -
                         json["tokens"].toDouble() / json["seconds"].toDouble()) <
                1e-9 * json["tokens_per_s"].toDouble());
        // The headline is fp32; the requested bf16 beside it, each recorded with its result.
        QCOMPARE(json["precision"].toString(), QString("fp32"));
        QCOMPARE(json["recipe"].toObject()["precision"].toString(), QString("fp32"));
        const QJsonObject requested = json["with_requested_precision"].toObject();
        QCOMPARE(requested["precision"].toString(), QString("bf16"));
        QCOMPARE(requested["recipe"].toObject()["precision"].toString(), QString("bf16"));
        QCOMPARE(requested["tokens"].toInt(), json["tokens"].toInt());
        QVERIFY(
            std::abs(requested["nats_per_token"].toDouble() - json["nats_per_token"].toDouble()) <
            0.05 * json["nats_per_token"].toDouble());
        const QJsonObject spindle = json["spindle"].toObject();
        QCOMPARE(spindle["tokens"].toInt(), json["tokens"].toInt());
        QVERIFY(spindle["nats_per_token"].toDouble() > 0);
        QVERIFY(std::abs(json["spindle_time_vs_mutual"].toDouble() -
                         spindle["seconds"].toDouble() / json["seconds"].toDouble()) < 1e-9);

        const Result bad = run(kDbw, {"bench", "eval", "--estimator", "exact", "--sentences", "2",
                                      "--T", "64", "--step", "4", "--json"});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("estimator"), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestCliRuns)
#include "tst_cli_runs.moc"
