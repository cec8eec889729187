// dbw config init and dbw train end to end: documented configs, JSON step lines, the run in the
// store, clear errors for bad configs, and Ctrl-C stopping cleanly with a checkpoint to resume.
#include "processrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <QFileInfo>

#include <sys/stat.h>

#include <csignal>

namespace {

const QString kDbw = QStringLiteral(DBW_BIN_DIR "/dbw");
const QString kData = QStringLiteral(DBW_SOURCE_DIR "/tests/data/");

using Result = ProcessResult;

Result dbw(const QStringList &arguments) {
    return runProcess(kDbw, arguments);
}

QList<QJsonObject> jsonLines(const QString &text) {
    QList<QJsonObject> lines;
    for (const QString &line : text.split('\n', Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}

}  // namespace

class TestCliTrain : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_config;

    QStringList overfitSettings() {
        return {"--set", "data.train=" + kData + "overfit-eight.txt",
                "--set", "data.valid=" + kData + "overfit-eight.txt",
                "--set", "tokenizer.path=" + kData + "overfit-vocab.txt",
                "--set", "training.batch_size=4",
                "--set", "diffusion.steps=64",
                "--set", "training.validate_every=3",
                "--set", "training.checkpoint_every=3",
                "--set", "training.sample_every=3",
                "--set", "training.sample_count=2"};
    }

private Q_SLOTS:
    void configInit() {
        const Result demo = dbw({"config", "init", "--preset", "cpu-demo"});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const QJsonObject config = QJsonDocument::fromJson(demo.out.toUtf8()).object();
        QCOMPARE(config["format"].toString(), QString("dbw-config/1"));
        QVERIFY(config["data"].toObject()["train"].toString().endsWith("brown-train.txt"));
        QVERIFY(config["training"].toObject()["_help"].toObject()["lr"].toString().contains(
            "learning rate"));

        m_config = m_dir.filePath("paper.json");
        QCOMPARE(dbw({"config", "init", "--preset", "paper", "--out", m_config}).exitCode, 0);
        const Result again = dbw({"config", "init", "--preset", "paper", "--out", m_config});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("the file exists"));
        QCOMPARE(
            dbw({"config", "init", "--preset", "cpu-demo", "--out", m_config, "--force"}).exitCode,
            0);
        QCOMPARE(dbw({"config", "init", "--preset", "gpu-monster"}).exitCode, 2);
    }

    void trainWritesJsonLinesAndTheStore() {
        const QString store = m_dir.filePath("runs.sqlite");
        const QString out = m_dir.filePath("run-a");
        const Result r =
            dbw(QStringList{"train", "--config", m_config, "--set", "training.steps=6", "--set",
                            "name=cli-run", "--out", out, "--store", store, "--json", "--quiet"} +
                overfitSettings());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QJsonObject> lines = jsonLines(r.out);
        int steps = 0, validations = 0, checkpoints = 0, samples = 0;
        for (const QJsonObject &line : lines) {
            const QString event = line["event"].toString();
            if (event == "samples") {
                ++samples;
                QCOMPARE(line["texts"].toArray().size(), 2);
            }
            steps += event == "step";
            validations += event == "validation";
            checkpoints += event == "checkpoint";
        }
        QCOMPARE(validations, 2);
        QCOMPARE(checkpoints, 2);
        QCOMPARE(samples, 2);
        QVERIFY(steps >= 1);
        QCOMPARE(lines.last()["event"].toString(), QString("result"));
        QCOMPARE(lines.last()["status"].toString(), QString("finished"));
        QVERIFY(QFile::exists(out + "/checkpoints/step-00000006/model.safetensors"));

        const Result list = dbw({"runs", "show", "cli-run", "--store", store, "--json"});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonObject run = QJsonDocument::fromJson(list.out.toUtf8()).object();
        QCOMPARE(run["status"].toString(), QString("finished"));
        QCOMPARE(run["evals"].toArray().size(), 2);
        QCOMPARE(run["samples"].toInt(), 4);  // two batches of two, stored with their steps
        QCOMPARE(run["checkpoints"].toArray().size(),
                 4);  // two step checkpoints, best twice or more
    }

    void badConfigsAreClearErrors() {
        const QString bad = m_dir.filePath("bad.json");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "dbw-config/1", "training": {"stepz": 10}})");
        file.close();
        Result r = dbw({"train", "--config", bad, "--no-store"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(bad + ": training.stepz: unknown key (did you mean training.steps?)"),
            qPrintable(r.err));
        r = dbw({"train", "--no-store"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("missing --config FILE"));
        r = dbw(QStringList{"train", "--config", m_config, "--set", "model.heads=3", "--no-store",
                            "--out", m_dir.filePath("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("model.heads (3) must divide model.hidden (128)"),
                 qPrintable(r.err));
        r = dbw({"train", "--resume", m_dir.filePath("nothing"), "--no-store"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not a checkpoint"));
    }

    void interruptStopsWithACheckpointToResume() {
        const QString out = m_dir.filePath("run-int");
        QProcess process;
        process.start(kDbw, QStringList{"train", "--config", m_config, "--set",
                                        "training.steps=100000", "--set", "training.log_every=1",
                                        "--out", out, "--no-store", "--json", "--quiet"} +
                                overfitSettings());
        QVERIFY(process.waitForStarted());
        QVERIFY(process.waitForReadyRead(120000));  // the first step line
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 130);
        const QList<QJsonObject> lines =
            jsonLines(QString::fromUtf8(process.readAllStandardOutput()));
        QCOMPARE(lines.last()["status"].toString(), QString("stopped"));
        const QString checkpoint = lines.last()["last_checkpoint"].toString();
        QVERIFY(QFile::exists(checkpoint + "/trainer_state.json"));
        const int stoppedAt = lines.last()["steps"].toInt();
        QVERIFY(stoppedAt < 100000);

        const Result resumed =
            dbw({"train", "--resume", checkpoint, "--steps", QString::number(stoppedAt + 2),
                 "--no-store", "--json", "--quiet"});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QCOMPARE(jsonLines(resumed.out).last()["steps"].toInt(), stoppedAt + 2);
    }

    // Issue 12, defect 4 end to end: a run that a live dbw writes cannot be deleted; killed with
    // SIGKILL it reads as interrupted (not running forever), `runs show` says how to continue,
    // `dbw train --resume RUN` continues it from its last checkpoint as a child run, and then the
    // interrupted run can be deleted.
    void liveRunsAreKeptAndKilledOnesResume() {
        const QString store = m_dir.filePath("lifecycle.sqlite");
        QProcess trainer;
        trainer.start(kDbw,
                      QStringList{"train", "--config", m_config, "--set", "training.steps=100000",
                                  "--set", "training.log_every=1", "--set",
                                  "training.checkpoint_every=2", "--set", "name=victim", "--out",
                                  m_dir.filePath("victim"), "--store", store, "--json", "--quiet"} +
                          overfitSettings());
        QVERIFY(trainer.waitForStarted());
        bool checkpointed = false;
        while (!checkpointed) {
            QVERIFY2(trainer.waitForReadyRead(120000), "the trainer stopped reporting");
            while (trainer.canReadLine())
                checkpointed =
                    checkpointed || trainer.readLine().contains("\"event\":\"checkpoint\"");
        }
        const Result refused = dbw({"runs", "delete", "victim", "--yes", "--store", store});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("is being written by process " +
                                      QString::number(trainer.processId())),
                 qPrintable(refused.err));
        QVERIFY(dbw({"runs", "list", "--json", "--store", store}).out.contains("\"running\""));

        trainer.kill();  // SIGKILL: no chance to record anything
        QVERIFY(trainer.waitForFinished(30000));
        const Result listed = dbw({"runs", "list", "--json", "--store", store});
        const QJsonObject victim =
            QJsonDocument::fromJson(listed.out.toUtf8()).array().first().toObject();
        QCOMPARE(victim["status"].toString(), QString("interrupted"));
        QVERIFY(listed.err.contains("1 run(s) interrupted"));
        const Result shown = dbw({"runs", "show", "victim", "--store", store});
        QVERIFY2(shown.out.contains("continue with: dbw train --resume " +
                                    QString::number(victim["id"].toInt())),
                 qPrintable(shown.out));

        const Result resumed = dbw(
            {"train", "--resume", "victim", "--steps", "6", "--store", store, "--json", "--quiet"});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const QJsonObject result = jsonLines(resumed.out).last();
        QCOMPARE(result["status"].toString(), QString("finished"));
        QVERIFY(result["last_checkpoint"].toString().startsWith(m_dir.filePath("victim-resumed/")));
        const QJsonArray runs =
            QJsonDocument::fromJson(dbw({"runs", "list", "--json", "--store", store}).out.toUtf8())
                .array();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].toObject()["parent_run_id"].toInt(), victim["id"].toInt());
        QCOMPARE(runs[0].toObject()["status"].toString(), QString("finished"));
        const Result deleted = dbw(
            {"runs", "delete", QString::number(victim["id"].toInt()), "--yes", "--store", store});
        QVERIFY2(deleted.exitCode == 0, qPrintable(deleted.err));
    }

    // Issue 12, defects 7 and 9: names are labels, never paths; numbers are range-checked; the
    // command line's thread count wins; --steps alone is an error, not ignored.
    void namesAndOptionsAreChecked() {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("XDG_DATA_HOME", m_dir.filePath("xdg"));
        const QString runs = m_dir.filePath("xdg/diffusionbert-workbench/runs");
        const Result escaped =
            runProcess(kDbw,
                       QStringList{"--threads", "1", "train", "--config", m_config, "--set",
                                   "name=../../../escape", "--set", "training.steps=1", "--set",
                                   "training.threads=2", "--no-store", "--json", "--quiet"} +
                           overfitSettings(),
                       {}, environment);
        QVERIFY2(escaped.exitCode == 0, qPrintable(escaped.err));
        const QString checkpoint = jsonLines(escaped.out).last()["last_checkpoint"].toString();
        QVERIFY2(QFileInfo(checkpoint).absoluteFilePath().startsWith(runs + "/escape-"),
                 qPrintable(checkpoint));
        QVERIFY(!QFileInfo::exists(m_dir.filePath("escape")) &&
                !QFileInfo::exists(m_dir.filePath("xdg/escape")));
        QFile config(checkpoint + "/config.json");
        QVERIFY(config.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(config.readAll())
                     .object()["training"]
                     .toObject()["threads"]
                     .toInt(),
                 1);

        Result r = dbw({"--threads", "99999999999", "info"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--threads expects an integer from 1 to 4096, got '99999999999'"),
                 qPrintable(r.err));
        r = dbw({"train", "--config", m_config, "--steps", "5", "--no-store"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--steps sets the new total of a resumed run"), qPrintable(r.err));
        r = dbw({"train", "--resume", m_dir.filePath("nothing"), "--steps", "99999999999",
                 "--no-store"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--steps expects an integer"), qPrintable(r.err));
    }

    // Issue 12, defect 9: a FIFO corpus is read once (it used to be opened a second time for its
    // hash and hang).
    void fifoCorpusIsReadOnce() {
        const QString fifo = m_dir.filePath("corpus.fifo");
        QCOMPARE(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        QProcess stats;  // the reader first: opening a FIFO for writing waits for one
        stats.start(kDbw, {"corpus", "stats", "--corpus", fifo, "--json"});
        QVERIFY(stats.waitForStarted());
        QProcess feeder;
        feeder.setStandardOutputFile(fifo);
        feeder.start("cat", {kData + "overfit-eight.txt"});
        QVERIFY(feeder.waitForFinished(30000));
        QVERIFY2(stats.waitForFinished(30000), "dbw corpus stats hangs on a FIFO");
        const Result r{stats.exitCode(), QString::fromUtf8(stats.readAllStandardOutput()),
                       QString::fromUtf8(stats.readAllStandardError())};
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()["examples"].toInt(), 8);
    }
};

QTEST_GUILESS_MAIN(TestCliTrain)
#include "tst_cli_train.moc"
