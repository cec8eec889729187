// dbw end to end, as a user or a script calls it: exit codes, stdout/stderr and the files written.
#include "processrunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kDbw = QStringLiteral(DBW_BIN_DIR "/dbw");
const QString kDemo = QStringLiteral(DBW_SOURCE_DIR "/resources/demo/");

using Result = ProcessResult;

Result dbw(const QStringList &arguments, const QByteArray &input = {}) {
    return runProcess(kDbw, arguments, input);
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_model;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFile::exists(kDbw), qPrintable(kDbw));
        // The exact form the project's checks call.
        const QString prefix = m_dir.filePath("brown8k");
        const Result r = dbw({"tokenizer", "train", "--corpus", kDemo + "brown-train.txt",
                              "--vocab-size", "8000", "--out", prefix});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("8000 pieces from 50627 sentences"), qPrintable(r.out));
        m_model = prefix + ".model";
        QVERIFY(QFile::exists(m_model));
        QVERIFY(QFile::exists(prefix + ".vocab"));
    }

    void trainJson() {
        const Result r =
            dbw({"tokenizer", "train", "--corpus", kDemo + "brown-valid.txt", "--vocab-size",
                 "1000", "--type", "bpe", "--out", m_dir.filePath("bpe1k"), "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json["vocab_size"].toInt(), 1000);
        QCOMPARE(json["type"].toString(), QString("bpe"));
        QCOMPARE(json["sentences"].toInt(), 2865);
    }

    void corpusStats() {
        const Result human = dbw({"corpus", "stats", "--corpus", kDemo + "brown-valid.txt"});
        QVERIFY2(human.exitCode == 0, qPrintable(human.err));
        QVERIFY2(human.out.contains("lines       2865 (2865 examples, 0 blank)"),
                 qPrintable(human.out));
        QVERIFY(human.out.contains("words       57721"));

        const Result json = dbw({"corpus", "stats", "--corpus", kDemo + "brown-valid.txt",
                                 "--tokenizer", m_model, "--json"});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject stats = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(stats["lines"].toInt(), 2865);
        QCOMPARE(stats["words"].toInt(), 57721);
        QCOMPARE(stats["length_unit"].toString(), QString("tokens"));
        QVERIFY(stats["tokens"].toInt() > 57721);  // subword pieces outnumber words
        int histogramTotal = 0;
        for (const QJsonValue bucket : stats["histogram"].toArray())
            histogramTotal += bucket.toObject()["count"].toInt();
        QCOMPARE(histogramTotal, 2865);
    }

    void encodeDecodeRoundTrip() {
        const QByteArray lines =
            "The jury said it did find that many of Georgia's laws .\n"
            "Zürich [MASK] 東京\n";
        const Result encoded = dbw({"tokenizer", "encode", "--model", m_model}, lines);
        QVERIFY2(encoded.exitCode == 0, qPrintable(encoded.err));
        QCOMPARE(encoded.out.count('\n'), 2);
        QVERIFY(encoded.out.split('\n')[1].split(' ').contains("4"));  // [MASK] is id 4
        const Result decoded =
            dbw({"tokenizer", "decode", "--model", m_model}, encoded.out.toUtf8());
        QVERIFY2(decoded.exitCode == 0, qPrintable(decoded.err));
        QCOMPARE(decoded.out.toUtf8(), lines);
    }

    void wordFrequencies() {
        const QString out = m_dir.filePath("freq.json");
        const Result r = dbw({"wordfreq", "--corpus", kDemo + "brown-valid.txt", "--tokenizer",
                              m_model, "--out", out, "--json", "--top", "3"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary["vocab_size"].toInt(), 8000);
        QCOMPARE(summary["most_frequent"].toArray().size(), 3);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(saved["format"].toString(), QString("dbw-wordfreq/1"));
        QCOMPARE(saved["counts"].toArray().size(), 8000);
        QCOMPARE(saved["total_tokens"].toInteger(), summary["total_tokens"].toInteger());
    }

    void errors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString bad = m_dir.filePath("latin1.txt");
        QFile file(bad);
        file.open(QIODevice::WriteOnly);
        file.write("fine\ncaf\xe9\n");
        file.close();
        QTest::newRow("invalid UTF-8 names file and line")
            << QStringList{"corpus", "stats", "--corpus", bad} << 1
            << "dbw: error: " + bad + ":2: invalid UTF-8";
        QTest::newRow("missing corpus")
            << QStringList{"corpus", "stats", "--corpus", "/no/such.txt"} << 1
            << "/no/such.txt: cannot open the corpus";
        QTest::newRow("missing option") << QStringList{"tokenizer", "train", "--out", "x"} << 2
                                        << "dbw tokenizer train: missing --corpus FILE";
        QTest::newRow("unknown option")
            << QStringList{"corpus", "stats", "--corpse", "x"} << 2 << "unknown option '--corpse'";
        QTest::newRow("bad integer")
            << QStringList{"tokenizer", "train", "--corpus",     "x",
                           "--out",     "y",     "--vocab-size", "8k"}
            << 2 << "--vocab-size expects an integer from 16 to 1000000, got '8k'";
        QTest::newRow("unknown command") << QStringList{"trian"} << 2 << "unknown command 'trian'";
        QTest::newRow("bad token id")
            << QStringList{"tokenizer", "decode", "--model", m_model, "--ids", "5 99999"} << 1
            << "'99999' is not a token id";
        QTest::newRow("output folder missing")
            << QStringList{"tokenizer", "train",
                           "--corpus",  kDemo + "brown-valid.txt",
                           "--out",     "/no/such/folder/tok"}
            << 1 << "the output folder '/no/such/folder' does not exist";
    }

    void invalidUtf8OnStdin() {
        const Result r = dbw({"tokenizer", "encode", "--model", m_model}, "ok\nbad \xff\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("stdin:2: invalid UTF-8 at column 5"), qPrintable(r.err));
    }

    void errors() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result r = dbw(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void doctorChecksTheEngineAndFailsForAMissingDevice() {
        // Issue 17 (part): the self-check passes on this machine's CPU and reports each check; a
        // device that is asked for and missing is a failure (exit 1), never a skip.
        const Result r = dbw({"doctor", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QStringList names;
        for (const QJsonValue &value : json["checks"].toArray()) {
            const QJsonObject check = value.toObject();
            names << check["check"].toString();
            QVERIFY2(check["outcome"].toString() == "pass" ||
                         check["check"].toString().startsWith("training parity"),
                     qPrintable(check["check"].toString() + ": " + check["detail"].toString()));
        }
        for (const char *expected :
             {"training (cpu, fp32)", "checkpoint round trip", "ELBO (spindle, cpu)",
              "sampler (cpu)", "bf16 autocast (cpu)", "collectives (Gloo, 2 ranks on loopback)"})
            QVERIFY2(names.contains(expected), qPrintable(names.join(", ")));
        QCOMPARE(json["failed"].toBool(), false);

        const Result cuda = dbw({"doctor", "--device", "cuda"});
        if (json["cuda_devices"].toInt() == 0) {
            QCOMPARE(cuda.exitCode, 1);
            QVERIFY2(cuda.out.contains("FAIL training parity (cuda vs cpu, fp32)") &&
                         cuda.out.contains("no CUDA device"),
                     qPrintable(cuda.out));
        } else {
            QVERIFY2(cuda.exitCode == 0, qPrintable(cuda.out + cuda.err));
        }
    }

    // The first run: a real (quick) training, evaluation and sampling, recorded in the store.
    void demo() {
        const QString out = m_dir.filePath("demo");
        const QString store = m_dir.filePath("demo-store.sqlite");
        const Result r = dbw({"--threads", "2", "demo", "--quick", "--out", out, "--store", store});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        for (const char *step : {"1/3 training", "2/3 bounding", "3/3 sampling", "what to run next",
                                 "perplexity/word"})
            QVERIFY2(r.out.contains(step), qPrintable(r.out));
        const QStringList runs = QDir(out).entryList({"cpu-demo-quick-*"}, QDir::Dirs);
        QCOMPARE(runs.size(), 1);
        const QString run = out + "/" + runs.first();
        QFile summaryFile(run + "/demo-summary.json");
        QVERIFY(summaryFile.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
        QCOMPARE(summary["format"].toString(), QString("dbw-demo/2"));
        QVERIFY(QFile::exists(summary["checkpoint"].toString() + "/model.safetensors"));
        QFile samples(run + "/demo-samples.txt");
        QVERIFY(samples.open(QIODevice::ReadOnly));
        QCOMPARE(samples.readAll().count('\n'), 8);
        QFile replay(summary["replay_html"].toString());
        QVERIFY(replay.open(QIODevice::ReadOnly));
        QVERIFY(replay.readAll().contains("<html"));
        QVERIFY2(r.out.contains(summary["replay_html"].toString()), qPrintable(r.out));

        // The workbench reads the same store: the run is there, finished, with its evaluation and
        // samples.
        const int runId = summary["run_id"].toInt();
        QVERIFY(runId > 0);
        const Result shown =
            dbw({"runs", "show", QString::number(runId), "--store", store, "--json"});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject record = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(record["status"].toString(), QString("finished"));
        bool chainEvaluation = false;
        for (const QJsonValue &evaluation : record["evals"].toArray())
            chainEvaluation |=
                evaluation.toObject()["recipe"].toObject()["estimator"].toString() == "chain";
        QVERIFY2(chainEvaluation, qPrintable(shown.out));
        QCOMPARE(record["samples"].toInt(), 8);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
