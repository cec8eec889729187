// Data-parallel training end to end (issue 17), on CPU with Gloo over loopback: two ranks with the
// global batch train what one process trains (losses and weights in fp32), launched by
// `dbw train --nproc 2` or by torchrun's environment; a checkpoint of two ranks resumes on one;
// a killed rank is named and the run ends failed with its checkpoints whole, and resumes; Ctrl-C
// stops both ranks at one step with a checkpoint; bad environments are clear errors.
#include "processrunner.h"

#include "model/safetensors.h"
#include "train/distributed.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <csignal>

namespace {

const QString kDbw = QStringLiteral(DBW_BIN_DIR "/dbw");
const QString kData = QStringLiteral(DBW_SOURCE_DIR "/tests/data/");

QList<QJsonObject> jsonLines(const QString &text) {
    QList<QJsonObject> lines;
    for (const QString &line : text.split('\n', Qt::SkipEmptyParts))
        lines << QJsonDocument::fromJson(line.toUtf8()).object();
    return lines;
}

QList<double> stepLosses(const QString &out) {
    QList<double> losses;
    for (const QJsonObject &line : jsonLines(out))
        if (line["event"].toString() == "step")
            losses << line["loss"].toDouble();
    return losses;
}

// The worst relative difference of two checkpoints' weights, tensor by tensor (norm of the
// difference over the norm). The attention key biases are compared apart, in `keyBiasAbsolute`:
// their gradient is zero in exact arithmetic (a softmax does not change when every score of a
// query moves by the same q.b), so what Adam makes of their rounding noise is noise, in both runs.
double worstWeightDifference(const QString &a, const QString &b, double *keyBiasAbsolute) {
    const auto left = dbw::loadSafetensors((a + "/model.safetensors").toStdString());
    const auto right = dbw::loadSafetensors((b + "/model.safetensors").toStdString());
    if (left.size() != right.size())
        return INFINITY;
    double worst = 0, keyBias = 0;
    for (const auto &[name, tensor] : left) {
        const auto other = right.at(name).to(torch::kFloat64);
        const double difference = (tensor.to(torch::kFloat64) - other).norm().item<double>();
        if (name.find("attention.self.key.bias") != std::string::npos)
            keyBias = std::max(keyBias, difference);
        else
            worst = std::max(worst, difference / std::max(other.norm().item<double>(), 1e-30));
    }
    *keyBiasAbsolute = keyBias;
    return worst;
}

}  // namespace

class TestCliDistributed : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_corpus;

    // 20 fp32 steps of the tiny model on 400 Brown sentences, global batch 32, without dropout
    // (its masks are drawn per rank, so they cannot match one process's).
    QStringList trainArguments(const QString &out, int steps, const QStringList &extra = {}) const {
        QStringList arguments = {"--threads",
                                 "1",
                                 "train",
                                 "--preset",
                                 "cpu-demo",
                                 "--set",
                                 "data.train=" + m_corpus,
                                 "--set",
                                 "data.valid=" + m_corpus,
                                 "--set",
                                 "tokenizer.path=" + kData + "overfit-vocab.txt",
                                 "--set",
                                 "diffusion.steps=64",
                                 "--set",
                                 "training.batch_size=32",
                                 "--set",
                                 "training.steps=" + QString::number(steps),
                                 "--set",
                                 "training.log_every=1",
                                 "--set",
                                 "training.sample_every=0",
                                 "--set",
                                 "training.validate_every=0",
                                 "--set",
                                 "training.checkpoint_every=10",
                                 "--set",
                                 "training.warmup_steps=5",
                                 "--set",
                                 "model.dropout=0",
                                 "--set",
                                 "training.precision=fp32",
                                 "--out",
                                 out,
                                 "--json",
                                 "--quiet"};
        return arguments + extra;
    }

    // One rank of a torchrun-style launch: the variables torchrun sets.
    static QProcessEnvironment rankEnvironment(int rank, int world, int port) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("RANK", QString::number(rank));
        environment.insert("LOCAL_RANK", QString::number(rank));
        environment.insert("WORLD_SIZE", QString::number(world));
        environment.insert("MASTER_ADDR", "127.0.0.1");
        environment.insert("MASTER_PORT", QString::number(port));
        return environment;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QFile brown(DBW_SOURCE_DIR "/resources/demo/brown-valid.txt");
        QVERIFY(brown.open(QIODevice::ReadOnly));
        m_corpus = m_dir.filePath("brown-400.txt");
        QFile corpus(m_corpus);
        QVERIFY(corpus.open(QIODevice::WriteOnly));
        for (int line = 0; line < 400 && !brown.atEnd(); ++line)
            corpus.write(brown.readLine());
    }

    void twoRanksTrainWhatOneRankTrains() {
        // Validation at steps 10 and 20 (256 sentences in 8 batches of 32, shared by the ranks).
        const QStringList validate = {"--set", "training.validate_every=10"};
        const ProcessResult one = runProcess(
            kDbw, trainArguments(m_dir.filePath("one"), 20, QStringList{"--no-store"} + validate));
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        const QString store = m_dir.filePath("two.sqlite");
        const ProcessResult two = runProcess(
            kDbw, trainArguments(m_dir.filePath("two"), 20,
                                 QStringList{"--nproc", "2", "--store", store} + validate));
        QVERIFY2(two.exitCode == 0, qPrintable(two.err));
        QVERIFY2(two.err.contains("started 2 ranks"), qPrintable(two.err));

        const QList<double> a = stepLosses(one.out),
                            b = stepLosses(two.out);  // rank 0 alone prints
        QCOMPARE(a.size(), 20);
        QCOMPARE(b.size(), 20);
        for (int step = 0; step < 20; ++step)
            QVERIFY2(std::abs(a[step] - b[step]) <= 1e-5 * std::abs(a[step]),
                     qPrintable(QString("step %1: loss %2 (1 rank) vs %3 (2 ranks)")
                                    .arg(step + 1)
                                    .arg(a[step], 0, 'g', 10)
                                    .arg(b[step], 0, 'g', 10)));
        QList<QJsonObject> validationsOne, validationsTwo;
        for (const QJsonObject &line : jsonLines(one.out))
            if (line["event"].toString() == "validation")
                validationsOne << line;
        for (const QJsonObject &line : jsonLines(two.out))
            if (line["event"].toString() == "validation")
                validationsTwo << line;
        QCOMPARE(validationsOne.size(), 2);
        QCOMPARE(validationsTwo.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(validationsTwo[i]["tokens"].toInt(), validationsOne[i]["tokens"].toInt());
            const double a = validationsOne[i]["nelbo_per_token"].toDouble(),
                         b = validationsTwo[i]["nelbo_per_token"].toDouble();
            QVERIFY2(std::abs(a - b) <= 1e-5 * std::abs(a),
                     qPrintable(QString("validation %1: %2 vs %3").arg(i).arg(a).arg(b)));
        }
        double keyBias = 0;
        const double worst =
            worstWeightDifference(m_dir.filePath("one/checkpoints/step-00000020"),
                                  m_dir.filePath("two/checkpoints/step-00000020"), &keyBias);
        QVERIFY2(worst <= 1e-5, qPrintable(QString("weights differ by %1 (relative)").arg(worst)));
        QVERIFY2(keyBias <= 1e-4, qPrintable(QString("key biases differ by %1").arg(keyBias)));

        // Rank 0 alone writes: one run in the store, one run folder, its state says two ranks.
        const ProcessResult listed = runProcess(kDbw, {"runs", "list", "--json", "--store", store});
        const QJsonArray runs = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].toObject()["status"].toString(), QString("finished"));
        QFile state(m_dir.filePath("two/checkpoints/step-00000020/trainer_state.json"));
        QVERIFY(state.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(state.readAll()).object()["world_size"].toInt(), 2);
        QCOMPARE(QDir(m_dir.path()).entryList({"two*"}, QDir::Dirs).size(), 1);
    }

    // Launched as torchrun launches (the environment, one process each), then resumed from the
    // step-10 checkpoint on one rank: the same global batches, so the same weights at step 20.
    void checkpointOfTwoRanksResumesOnOne() {
        const int port = dbw::freeLoopbackPort();
        QVERIFY(port > 0);
        QProcess ranks[2];
        for (int rank = 0; rank < 2; ++rank) {
            ranks[rank].setProcessEnvironment(rankEnvironment(rank, 2, port));
            ranks[rank].start(kDbw, trainArguments(m_dir.filePath("torchrun"), 20, {"--no-store"}));
        }
        for (QProcess &rank : ranks) {
            QVERIFY(rank.waitForFinished(300000));
            QVERIFY2(rank.exitStatus() == QProcess::NormalExit && rank.exitCode() == 0,
                     rank.readAllStandardError().constData());
        }
        QVERIFY2(ranks[1].readAllStandardOutput().isEmpty(), "a rank other than 0 printed results");
        const QString checkpoint = m_dir.filePath("torchrun/checkpoints/step-00000010");
        QVERIFY(QFile::exists(checkpoint + "/trainer_state.json"));

        const ProcessResult resumed =
            runProcess(kDbw, {"--threads", "1", "train", "--resume", checkpoint, "--out",
                              m_dir.filePath("resumed-on-one"), "--no-store", "--json", "--quiet"});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QFile state(m_dir.filePath("resumed-on-one/checkpoints/step-00000020/trainer_state.json"));
        QVERIFY(state.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(state.readAll()).object()["world_size"].toInt(), 1);
        double keyBias = 0;
        const double worst = worstWeightDifference(
            m_dir.filePath("torchrun/checkpoints/step-00000020"),
            m_dir.filePath("resumed-on-one/checkpoints/step-00000020"), &keyBias);
        QVERIFY2(worst <= 1e-5, qPrintable(QString("weights differ by %1 (relative)").arg(worst)));
    }

    void killedRankIsNamedAndTheRunResumes() {
        const QString store = m_dir.filePath("killed.sqlite");
        QProcess launcher;
        launcher.start(kDbw, trainArguments(m_dir.filePath("killed"), 100000,
                                            {"--nproc", "2", "--store", store, "--set",
                                             "training.checkpoint_every=3"}));
        QVERIFY(launcher.waitForStarted());
        bool checkpointed = false;
        while (!checkpointed) {
            QVERIFY2(launcher.waitForReadyRead(120000), "the ranks stopped reporting");
            while (launcher.canReadLine())
                checkpointed =
                    checkpointed || launcher.readLine().contains("\"event\":\"checkpoint\"");
        }
        const QString started = QString::fromUtf8(launcher.readAllStandardError());
        const QRegularExpressionMatch pids =
            QRegularExpression("pids (\\d+) (\\d+)").match(started);
        QVERIFY2(pids.hasMatch(), qPrintable(started));
        const pid_t victim = static_cast<pid_t>(pids.captured(2).toLongLong());
        QElapsedTimer timer;
        timer.start();
        ::kill(victim, SIGKILL);
        QVERIFY(launcher.waitForFinished(120000));
        QVERIFY2(timer.elapsed() < 60000, "the surviving rank took longer than a minute to stop");
        QCOMPARE(launcher.exitCode(), 1);
        const QString errors = started + QString::fromUtf8(launcher.readAllStandardError());
        QVERIFY2(errors.contains(QString("rank 1 (pid %1) was killed by signal 9").arg(victim)),
                 qPrintable(errors));
        QVERIFY2(
            errors.contains("rank 0 of 2") && errors.contains("lost contact with another rank"),
            qPrintable(errors));
        QCOMPARE(::kill(static_cast<pid_t>(pids.captured(1).toLongLong()), 0),
                 -1);  // rank 0 is gone too

        const QJsonArray runs =
            QJsonDocument::fromJson(
                runProcess(kDbw, {"runs", "list", "--json", "--store", store}).out.toUtf8())
                .array();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].toObject()["status"].toString(), QString("failed"));
        // No partial checkpoint: every folder is complete, none is a leftover of a write.
        const QDir checkpoints(m_dir.filePath("killed/checkpoints"));
        QVERIFY(!checkpoints.entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        for (const QString &name :
             checkpoints.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
            QVERIFY2(!name.startsWith('.'), qPrintable(name));
            QVERIFY(QFile::exists(checkpoints.filePath(name) + "/trainer_state.json"));
        }
        const ProcessResult resumed = runProcess(
            kDbw, {"--threads", "1", "train", "--resume", runs[0].toObject()["uuid"].toString(),
                   "--nproc", "2", "--steps", "12", "--store", store, "--json", "--quiet"});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QCOMPARE(jsonLines(resumed.out).last()["status"].toString(), QString("finished"));
    }

    void interruptStopsEveryRankWithOneCheckpoint() {
        QProcess launcher;
        launcher.start(kDbw, trainArguments(m_dir.filePath("interrupted"), 100000,
                                            {"--nproc", "2", "--no-store"}));
        QVERIFY(launcher.waitForStarted());
        QVERIFY(launcher.waitForReadyRead(120000));  // the first step line
        ::kill(static_cast<pid_t>(launcher.processId()),
               SIGINT);  // the launcher alone, as from another shell
        QVERIFY(launcher.waitForFinished(120000));
        QCOMPARE(launcher.exitCode(), 130);
        const QJsonObject result =
            jsonLines(QString::fromUtf8(launcher.readAllStandardOutput())).last();
        QCOMPARE(result["status"].toString(), QString("stopped"));
        const QString checkpoint = result["last_checkpoint"].toString();
        QVERIFY2(
            checkpoint.endsWith(QString("step-%1").arg(result["steps"].toInt(), 8, 10, QChar('0'))),
            qPrintable(checkpoint));
        QVERIFY(QFile::exists(checkpoint + "/trainer_state.json"));
    }

    void badEnvironmentsAndSharesAreClearErrors() {
        QProcessEnvironment noRank = QProcessEnvironment::systemEnvironment();
        noRank.insert("WORLD_SIZE", "2");
        noRank.remove("RANK");
        const ProcessResult missing = runProcess(
            kDbw, trainArguments(m_dir.filePath("bad-env"), 2, {"--no-store"}), {}, noRank);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("environment variable RANK: is not set"),
                 qPrintable(missing.err));

        QProcessEnvironment badRank = rankEnvironment(5, 2, 29999);
        const ProcessResult outOfRange = runProcess(
            kDbw, trainArguments(m_dir.filePath("bad-env"), 2, {"--no-store"}), {}, badRank);
        QCOMPARE(outOfRange.exitCode, 1);
        QVERIFY2(outOfRange.err.contains(
                     "environment variable RANK: expected a whole number from 0 to 1, found '5'"),
                 qPrintable(outOfRange.err));

        const ProcessResult both = runProcess(
            kDbw, trainArguments(m_dir.filePath("bad-env"), 2, {"--nproc", "2", "--no-store"}), {},
            rankEnvironment(0, 1, 29999));
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains("under torchrun"), qPrintable(both.err));

        const ProcessResult tooSmall = runProcess(
            kDbw, trainArguments(m_dir.filePath("too-small"), 2,
                                 {"--nproc", "2", "--no-store", "--set", "training.batch_size=1"}));
        QCOMPARE(tooSmall.exitCode, 1);
        QVERIFY2(tooSmall.err.contains(
                     "training.batch_size: is the global batch, shared by the 2 ranks"),
                 qPrintable(tooSmall.err));
        // The launcher names the failed rank: both fail the same check, either may exit first.
        QVERIFY2(tooSmall.err.contains(
                     QRegularExpression("rank [01] \\(pid \\d+\\) exited with status 1")),
                 qPrintable(tooSmall.err));
        QVERIFY(!QFile::exists(m_dir.filePath("too-small/config.json")));
    }
};

QTEST_GUILESS_MAIN(TestCliDistributed)
#include "tst_cli_distributed.moc"
