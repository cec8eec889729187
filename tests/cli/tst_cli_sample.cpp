// dbw sample and dbw eval on a checkpoint trained here: files in three formats, trajectories,
// samples and evaluations recorded with the run, clear errors.
#include "processrunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <functional>

#include <unistd.h>

namespace {
const QString kDbw = QStringLiteral(DBW_BIN_DIR "/dbw");
const QString kData = QStringLiteral(DBW_SOURCE_DIR "/tests/data/");

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}  // namespace

class TestCliSample : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store, m_checkpoint;

private Q_SLOTS:
    void initTestCase() {
        m_store = m_dir.filePath("runs.sqlite");
        const ProcessResult trained = trainOverfitRun(
            kDbw, kData, m_dir.filePath("run"), m_store, "sampled", 200,
            {"training.lr=0.002", "training.lr_schedule=linear", "training.warmup_steps=20",
             "model.dropout=0", "training.validate_every=100"});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        m_checkpoint = m_dir.filePath("run/checkpoints/best");
    }

    void sampleWritesThreeFormatsAndTheStore() {
        const QString prefix = m_dir.filePath("out/samples");
        QDir().mkpath(m_dir.filePath("out"));
        const ProcessResult r =
            runProcess(kDbw, {"sample", "--checkpoint", m_checkpoint, "--num", "6", "--length", "0",
                              "--step-size", "4", "--out", prefix, "--trajectory",
                              prefix + ".trajectory.json", "--store", m_store, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary["samples"].toInt(), 6);
        QCOMPARE(summary["steps"].toInt(), 16);
        QVERIFY(summary["network_evaluations"].toInt() <= summary["sequence_steps"].toInt());
        QVERIFY(summary["metrics"].toObject()["references"].toInt() ==
                8);  // the run's validation corpus

        QFile txt(prefix + ".txt"), jsonl(prefix + ".jsonl"), csv(prefix + ".csv"),
            trajectory(prefix + ".trajectory.json");
        QVERIFY(txt.open(QIODevice::ReadOnly) && jsonl.open(QIODevice::ReadOnly) &&
                csv.open(QIODevice::ReadOnly) && trajectory.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(txt.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        const QStringList records =
            QString::fromUtf8(jsonl.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(records.size(), 6);
        const QJsonObject first = QJsonDocument::fromJson(records[0].toUtf8()).object();
        QCOMPARE(first["text"].toString(), lines[0]);
        QCOMPARE(first["sampler"].toObject()["step_size"].toInt(), 4);
        QVERIFY(first["run_id"].toInt() > 0);
        QVERIFY(!first["ids"].toArray().contains(4));  // no [MASK]
        QVERIFY(csv.readLine().startsWith("index,text,length,bleu4,repetition_rate"));
        QCOMPARE(QJsonDocument::fromJson(trajectory.readAll()).object()["format"].toString(),
                 QString("dbw-trajectory/1"));

        const ProcessResult shown =
            runProcess(kDbw, {"runs", "show", "sampled", "--store", m_store, "--json"});
        QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).object()["samples"].toInt(), 6);

        const ProcessResult again = runProcess(
            kDbw, {"sample", "--checkpoint", m_checkpoint, "--out", prefix, "--no-store"});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("the file exists"));
    }

    void evalPrintsAndStoresTheBound() {
        const ProcessResult r = runProcess(
            kDbw, {"eval", "--checkpoint", m_checkpoint, "--split", kData + "overfit-eight.txt",
                   "--step-size", "4", "--store", m_store, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject recipe = out["recipe"].toObject(), results = out["results"].toObject();
        QCOMPARE(recipe["terms"].toInt(), 16);
        QCOMPARE(recipe["step_size"].toInt(), 4);
        QCOMPARE(recipe["is_bound"].toBool(), true);
        QCOMPARE(results["words"].toInt(), 83);
        QVERIFY(results["nats_per_token"].toDouble() > 0);
        QVERIFY(results["perplexity_per_word"].toDouble() >= 1.0);
        const double natsPerToken = results["nats_per_token"].toDouble();
        QVERIFY(std::abs(results["bits_per_token"].toDouble() - natsPerToken / std::log(2.0)) <
                1e-9);

        const ProcessResult shown =
            runProcess(kDbw, {"runs", "show", "sampled", "--store", m_store, "--json"});
        const QJsonArray evals =
            QJsonDocument::fromJson(shown.out.toUtf8()).object()["evals"].toArray();
        QCOMPARE(evals.last().toObject()["recipe"].toObject()["step_size"].toInt(), 4);

        const ProcessResult human =
            runProcess(kDbw, {"eval", "--checkpoint", m_checkpoint, "--split",
                              kData + "overfit-eight.txt", "--step-size", "4", "--no-store"});
        QVERIFY(human.out.contains("perplexity/word"));
        const ProcessResult bad =
            runProcess(kDbw, {"eval", "--checkpoint", m_checkpoint, "--split",
                              kData + "overfit-eight.txt", "--step-size", "5", "--no-store"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("T = 64 is not a multiple of the step size 5"),
                 qPrintable(bad.err));
        const ProcessResult missing =
            runProcess(kDbw, {"sample", "--checkpoint", m_dir.path(), "--no-store"});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("not a checkpoint folder"));
    }

    // Issue 13, items 2, 4, 5 and 9: the headline adds -log p(length) of the sampler's length
    // distribution (checked against add-one counts of the training lengths computed here), the
    // per-sentence file sums to the headline, and --against pairs two models sentence by sentence
    // (checked against the paired and unpaired standard errors computed here from the two files).
    void evalPairsTwoModelsSentenceBySentence() {
        const ProcessResult other =
            trainOverfitRun(kDbw, kData, m_dir.filePath("other"), m_store, "other", 30,
                            {"training.warmup_steps=5", "training.validate_every=30"});
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        const QString split = kData + "overfit-eight.txt";
        const QString otherFile = m_dir.filePath("other.per-sentence.json"),
                      mineFile = m_dir.filePath("mine.per-sentence.json");
        const QStringList recipe = {"--split",     split,  "--step-size", "4",
                                    "--precision", "fp32", "--store",     m_store};
        const ProcessResult first = runProcess(
            kDbw, QStringList{"eval", "--checkpoint", m_dir.filePath("other/checkpoints/best"),
                              "--per-sentence", otherFile} +
                      recipe);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const ProcessResult paired =
            runProcess(kDbw, QStringList{"eval", "--checkpoint", m_checkpoint, "--per-sentence",
                                         mineFile, "--against", "other", "--json"} +
                                 recipe);
        QVERIFY2(paired.exitCode == 0, qPrintable(paired.err));
        const QJsonObject out = QJsonDocument::fromJson(paired.out.toUtf8()).object();
        const QJsonObject results = out["results"].toObject(),
                          recipeJson = out["recipe"].toObject();
        QCOMPARE(recipeJson["precision"].toString(), QString("fp32"));
        QCOMPARE(recipeJson["device"].toString(), QString("cpu"));
        QVERIFY(!recipeJson["libtorch"].toString().isEmpty());
        QVERIFY(recipeJson["bound_on"].toString().contains("log p(length)"));

        auto rows = [](const QString &path) {
            const QJsonObject document = QJsonDocument::fromJson(fileBytes(path)).object();
            return document["format"].toString() == "dbw-per-sentence/1"
                       ? document["sentences"].toArray()
                       : QJsonArray();
        };
        const QJsonArray mine = rows(mineFile), theirs = rows(otherFile);
        QCOMPARE(mine.size(), 8);
        QCOMPARE(theirs.size(), 8);

        // The length term from the training corpus (the split itself here): add-one smoothing over
        // 1..max_positions - 3.
        const QJsonObject config =
            QJsonDocument::fromJson(fileBytes(m_checkpoint + "/config.json")).object();
        const int support = config["model"].toObject()["max_positions"].toInt() - 3;
        QVERIFY(support > 10);
        QMap<int, int> counts;
        for (const QJsonValue &row : mine)
            ++counts[row.toArray()[1].toInt()];
        double tokens = 0, headline = 0, givenLength = 0, lengthNats = 0;
        for (const QJsonValue &value : mine) {
            const QJsonArray row = value.toArray();
            const double expectedLength =
                -std::log((counts[row[1].toInt()] + 1.0) / (8.0 + support));
            QVERIFY2(std::abs(row[4].toDouble() - expectedLength) < 1e-9,
                     qPrintable(QString("length nats %1, expected %2")
                                    .arg(row[4].toDouble())
                                    .arg(expectedLength)));
            tokens += row[1].toDouble();
            givenLength += row[3].toDouble();
            lengthNats += row[4].toDouble();
            headline += row[3].toDouble() + row[4].toDouble();
        }
        QVERIFY(std::abs(results["nats_per_token"].toDouble() - headline / tokens) < 1e-9);
        QVERIFY(std::abs(results["nats_per_token_given_length"].toDouble() - givenLength / tokens) <
                1e-9);
        QVERIFY(std::abs(results["length_nats_per_token"].toDouble() - lengthNats / tokens) < 1e-9);

        // The paired difference and both standard errors (ratio estimator: residuals d_i - r n_i).
        auto standardError = [&](const std::function<double(int)> &value) {
            double sum = 0;
            for (int i = 0; i < 8; ++i)
                sum += value(i);
            double squares = 0;
            for (int i = 0; i < 8; ++i) {
                const double residual = value(i) - sum / tokens * mine[i].toArray()[1].toDouble();
                squares += residual * residual;
            }
            return std::sqrt(squares * 8.0 / 7.0) / tokens;
        };
        auto total = [](const QJsonArray &set, int i) {
            return set[i].toArray()[3].toDouble() + set[i].toArray()[4].toDouble();
        };
        double difference = 0;
        for (int i = 0; i < 8; ++i)
            difference += total(mine, i) - total(theirs, i);
        const double pairedError =
            standardError([&](int i) { return total(mine, i) - total(theirs, i); });
        const double unpairedError =
            std::hypot(standardError([&](int i) { return total(mine, i); }),
                       standardError([&](int i) { return total(theirs, i); }));
        const QJsonObject pairing = out["paired"].toObject();
        QCOMPARE(pairing["sentences"].toInt(), 8);
        QVERIFY(std::abs(pairing["difference_nats_per_token"].toDouble() - difference / tokens) <
                1e-9);
        QVERIFY(std::abs(pairing["paired_standard_error"].toDouble() - pairedError) < 1e-9);
        QVERIFY(std::abs(pairing["unpaired_standard_error"].toDouble() - unpairedError) < 1e-9);
        QVERIFY2(difference < 0, "200 steps of overfitting should beat 30");

        // The human summary says the same; against its own run it pairs with the stored eval, not
        // itself.
        const ProcessResult human = runProcess(
            kDbw, QStringList{"eval", "--checkpoint", m_checkpoint, "--against", "other"} + recipe);
        QVERIFY2(human.out.contains("paired standard error") && human.out.contains("length"),
                 qPrintable(human.out));
        const ProcessResult self = runProcess(
            kDbw,
            QStringList{"eval", "--checkpoint", m_checkpoint, "--against", "sampled", "--json"} +
                recipe);
        QVERIFY2(self.exitCode == 0, qPrintable(self.err));
        QVERIFY(QJsonDocument::fromJson(self.out.toUtf8())
                    .object()["paired"]
                    .toObject()["against_eval"]
                    .toInt() > 0);

        // Bad input: an unknown run, a recipe the other run lacks, a precision that does not exist.
        const ProcessResult unknown = runProcess(
            kDbw,
            QStringList{"eval", "--checkpoint", m_checkpoint, "--against", "nosuch"} + recipe);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("there is no run 'nosuch'"), qPrintable(unknown.err));
        const ProcessResult unmatched =
            runProcess(kDbw, {"eval", "--checkpoint", m_checkpoint, "--split", split, "--step-size",
                              "2", "--against", "other", "--store", m_store});
        QCOMPARE(unmatched.exitCode, 1);
        QVERIFY2(unmatched.err.contains(
                     "no stored evaluation of overfit-eight.txt with the same recipe"),
                 qPrintable(unmatched.err));
        const ProcessResult precision =
            runProcess(kDbw, {"eval", "--checkpoint", m_checkpoint, "--split", split, "--precision",
                              "fp16", "--no-store"});
        QVERIFY(precision.exitCode != 0);
        QVERIFY2(precision.err.contains("--precision must be auto, fp32 or bf16"),
                 qPrintable(precision.err));
    }

    void generateAndEvalGenerateOnASeq2seqRun() {
        // Issue 16: a seq2seq run (sources = the eight sentences reversed) generates targets for
        // sources: S candidates, an MBR choice, metrics per pair and beside copying the source;
        // dbw eval --generate stores the same metrics with the evaluation.
        const ProcessResult trained = trainOverfitRun(
            kDbw, kData, m_dir.filePath("seq2seq"), m_store, "seq2seq", 300,
            {"data.train=" + kData + "overfit-pairs.jsonl",
             "data.valid=" + kData + "overfit-pairs.jsonl", "data.task=seq2seq",
             "data.format=jsonl", "training.lr=0.002", "training.lr_schedule=linear",
             "training.warmup_steps=20", "model.dropout=0", "training.validate_every=300"});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const QString checkpoint = m_dir.filePath("seq2seq/checkpoints/best");
        const QString prefix = m_dir.filePath("generated");
        const ProcessResult r =
            runProcess(kDbw, {"generate", "--checkpoint", checkpoint, "--src",
                              kData + "overfit-pairs.jsonl", "--candidates", "3", "--mbr",
                              "--step-size", "4", "--out", prefix, "--store", m_store, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject model = summary["results"].toObject()["model"].toObject();
        const QJsonObject copy = summary["results"].toObject()["copy_source"].toObject();
        qDebug("sentence BLEU %.3f, exact match %.3f; copying the source: %.3f, %.3f",
               model["sentence_bleu"].toDouble(), model["exact_match"].toDouble(),
               copy["sentence_bleu"].toDouble(), copy["exact_match"].toDouble());
        QCOMPARE(summary["results"].toObject()["sources"].toInt(), 8);
        QVERIFY(summary["recipe"].toObject()["selection"].toString().contains("diagonal excluded"));
        QCOMPARE(copy["exact_match"].toDouble(),
                 0.0);  // a reversed sentence is never its own target
        QVERIFY2(model["sentence_bleu"].toDouble() > copy["sentence_bleu"].toDouble() + 0.2,
                 qPrintable(r.out));
        const QList<QByteArray> lines = fileBytes(prefix + ".jsonl").trimmed().split('\n');
        QCOMPARE(lines.size(), 8);
        for (const QByteArray &line : lines) {
            const QJsonObject pair = QJsonDocument::fromJson(line).object();
            const QJsonArray candidates = pair["candidates"].toArray();
            QCOMPARE(candidates.size(), 3);
            const int choice = pair["choice"].toInt(-1);
            QVERIFY(choice >= 0 && choice < 3);
            QCOMPARE(pair["output"].toString(), candidates[choice].toString());
            QVERIFY(pair.contains("src") && pair.contains("trg"));
            QVERIFY(pair["metrics"].toObject().contains("sentence_bleu"));
            QVERIFY(pair["metrics"].toObject()["candidates"].toObject().contains("self_bleu"));
            // The target has as many words as its source here (the default target length, and
            // one vocabulary word per token).
            QCOMPARE(pair["output"].toString().split(' ', Qt::SkipEmptyParts).size(),
                     pair["src"].toString().split(' ', Qt::SkipEmptyParts).size());
        }
        QCOMPARE(fileBytes(prefix + ".txt").trimmed().split('\n').size(), 8);

        const ProcessResult evaluated = runProcess(
            kDbw, {"eval", "--checkpoint", checkpoint, "--split", kData + "overfit-pairs.jsonl",
                   "--step-size", "4", "--generate", "--store", m_store, "--json"});
        QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.err));
        const QJsonObject document = QJsonDocument::fromJson(evaluated.out.toUtf8()).object();
        QVERIFY(document["recipe"].toObject()["task"].toString().startsWith("seq2seq"));
        QCOMPARE(document["results"].toObject()["tokens"].toInt(),
                 83);  // the targets' 83 words, one token each
        QVERIFY(
            document["results"].toObject()["generation"].toObject()["model"].toObject().contains(
                "corpus_bleu"));
        QCOMPARE(document["recipe"].toObject()["generation"].toObject()["candidates"].toInt(), 1);
        const ProcessResult shown =
            runProcess(kDbw, {"runs", "show", "seq2seq", "--store", m_store, "--json"});
        QVERIFY2(shown.out.contains("copy_source"), qPrintable(shown.out));  // stored with the run

        // Sources without references (a text file): outputs, no scores.
        const QString plain = m_dir.filePath("sources.txt");
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sat cat the\n");
        file.close();
        const ProcessResult unscored =
            runProcess(kDbw, {"generate", "--checkpoint", checkpoint, "--src", plain, "--out",
                              m_dir.filePath("plain"), "--no-store", "--json"});
        QVERIFY2(unscored.exitCode == 0, qPrintable(unscored.err));
        QVERIFY(!QJsonDocument::fromJson(unscored.out.toUtf8())
                     .object()["results"]
                     .toObject()
                     .contains("model"));

        // Each model refuses what it cannot do, saying what to use instead.
        const ProcessResult lm =
            runProcess(kDbw, {"generate", "--checkpoint", m_checkpoint, "--src", plain, "--out",
                              m_dir.filePath("lm"), "--no-store"});
        QCOMPARE(lm.exitCode, 1);
        QVERIFY2(lm.err.contains("language model"), qPrintable(lm.err));
        const ProcessResult unprompted =
            runProcess(kDbw, {"sample", "--checkpoint", checkpoint, "--no-store"});
        QCOMPARE(unprompted.exitCode, 1);
        QVERIFY2(unprompted.err.contains("seq2seq"), qPrintable(unprompted.err));
        const ProcessResult textSplit =
            runProcess(kDbw, {"eval", "--checkpoint", checkpoint, "--split",
                              kData + "overfit-eight.txt", "--no-store"});
        QCOMPARE(textSplit.exitCode, 1);
        QVERIFY2(textSplit.err.contains("jsonl"), qPrintable(textSplit.err));
    }

    void samplerSettingsMustBeFiniteAndInRange_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("temperature nan") << "--temperature"
                                         << "nan";
        QTest::newRow("temperature inf") << "--temperature"
                                         << "inf";
        QTest::newRow("temperature 0") << "--temperature"
                                       << "0";
        QTest::newRow("top-p nan") << "--top-p"
                                   << "nan";
        QTest::newRow("top-p -inf") << "--top-p"
                                    << "-inf";
        QTest::newRow("top-p 2") << "--top-p"
                                 << "2";
        QTest::newRow("top-k -1") << "--top-k"
                                  << "-1";
    }

    void samplerSettingsMustBeFiniteAndInRange() {
        // Before: --temperature nan printed "qqqq..." and exited 0.
        QFETCH(QString, option);
        QFETCH(QString, value);
        const ProcessResult r = runProcess(kDbw, {"sample", "--checkpoint", m_checkpoint, "--num",
                                                  "2", "--no-store", option, value});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(option) && r.err.contains(value), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // Issue 12, defect 5: every command checks the store the same way before it writes. A store
    // damaged in the middle is refused by sample and eval (which used to exit 0 and write into
    // it), train, tag and list alike, and stays byte-identical.
    void damagedStoresAreRefusedByEveryCommandUntouched() {
        const QString damaged = m_dir.filePath("damaged.sqlite");
        QVERIFY(QFile::copy(m_store, damaged));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() >= 8 * 4096);
            file.seek(file.size() / 2 / 4096 * 4096);
            file.write(QByteArray(4096, '\x5a'));
        }
        const QByteArray before = fileBytes(damaged);
        const QList<QStringList> commands = {
            {"sample", "--checkpoint", m_checkpoint, "--num", "1", "--out",
             m_dir.filePath("never")},
            {"eval", "--checkpoint", m_checkpoint, "--split", kData + "overfit-eight.txt"},
            {"runs", "tag", "1", "x"},
            {"runs", "list"},
            {"runs", "delete", "1", "--yes"},
        };
        for (const QStringList &command : commands) {
            const ProcessResult r = runProcess(kDbw, command + QStringList{"--store", damaged});
            QVERIFY2(r.exitCode == 1, qPrintable(command.join(' ') + ": exit " +
                                                 QString::number(r.exitCode) + "\n" + r.err));
            QVERIFY2(r.err.contains(damaged + ": the database is damaged"),
                     qPrintable(command.join(' ') + ": " + r.err));
            QVERIFY2(fileBytes(damaged) == before,
                     qPrintable(command.join(' ') + " changed the store"));
        }
        const ProcessResult trained =
            trainOverfitRun(kDbw, kData, m_dir.filePath("never-run"), damaged, "never", 2);
        QCOMPARE(trained.exitCode, 1);
        QVERIFY2(trained.err.contains("the database is damaged"), qPrintable(trained.err));
        QVERIFY(fileBytes(damaged) == before);
    }

    // Issue 12, defect 6: a store in a read-only place (file and folder without write
    // permission) is read by the reading commands, which say so, and left as it was; writing
    // commands refuse with the same words. Run as an unprivileged user when the test is root
    // (root ignores permission bits).
    void readOnlyStoresCanBeRead() {
        const QString folder = m_dir.filePath("readonly");
        QVERIFY(QDir().mkpath(folder));
        const QString store = folder + "/runs.sqlite";
        QVERIFY(QFile::copy(m_store, store));
        const QByteArray before = fileBytes(store);
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                QFile::ReadOther | QFile::ExeOther |
                                                QFile::ReadGroup | QFile::ExeGroup);
        QFile::setPermissions(store, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        const bool root = ::geteuid() == 0;
        auto asUser = [&](const QStringList &arguments) {
            return root ? runProcess("setpriv", QStringList{"--reuid=65534", "--regid=65534",
                                                            "--clear-groups", kDbw} +
                                                    arguments)
                        : runProcess(kDbw, arguments);
        };
        const ProcessResult listed = asUser({"runs", "list", "--store", store});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains("sampled"));
        QVERIFY2(listed.err.contains(store + " is read-only"), qPrintable(listed.err));
        const ProcessResult shown = asUser({"runs", "show", "sampled", "--store", store, "--json"});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const ProcessResult tagged = asUser({"runs", "tag", "sampled", "x", "--store", store});
        QCOMPARE(tagged.exitCode, 1);
        QVERIFY2(tagged.err.contains("the store is read-only"), qPrintable(tagged.err));
        QVERIFY(fileBytes(store) == before);
        QVERIFY(!QFile::exists(store + "-wal") && !QFile::exists(store + "-shm"));
    }
};

QTEST_GUILESS_MAIN(TestCliSample)
#include "tst_cli_sample.moc"
