// Training from the window: a real tiny training through the GUI controller, after which the
// chart series, the run list row and the store agree; pause and stop; the new-experiment dialog's
// validation rows; QAbstractItemModelTester on the run list and samples models; a chart fed with
// the decimated buckets of a million points.
#include "mainwindow.h"
#include "metricchart.h"
#include "newexperimentdialog.h"
#include "runhistorypanel.h"
#include "runlistmodel.h"
#include "runpage.h"
#include "runprogress.h"
#include "schedulechart.h"
#include "trainingcontroller.h"

#include "store/runstore.h"
#include "train/runconfig.h"

#include "../cli/processrunner.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QtTest>

namespace {
const QString kData = QStringLiteral(DBW_SOURCE_DIR "/tests/data/");
const QString kDbw = QStringLiteral(DBW_BIN_DIR "/dbw");

// Measures how long the event loop stalls: a 5 ms timer notes the longest gap beyond its interval.
class StallProbe {
public:
    StallProbe() {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last - 5);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 worst() const { return m_worst; }

private:
    QElapsedTimer m_clock;
    QTimer m_timer;
    qint64 m_worst = 0, m_last = 0;
};

dbw::RunConfig tinyConfig(int steps) {
    dbw::RunConfig config = dbw::presetRunConfig("cpu-demo");
    config.name = "gui-run";
    config.data.trainCorpus = (kData + "overfit-eight.txt").toStdString();
    config.data.validCorpus = (kData + "overfit-eight.txt").toStdString();
    config.tokenizer.path = (kData + "overfit-vocab.txt").toStdString();
    config.diffusion.steps = 64;
    config.training.batchSize = 4;
    config.training.steps = steps;
    config.training.logEvery = 1;
    config.training.validateEvery = 5;
    config.training.sampleEvery = 5;
    config.training.sampleCount = 2;
    config.training.checkpointEvery = 0;
    return config;
}
}  // namespace

class TestTraining : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("DBW_STORE", m_dir.filePath("store.sqlite").toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath("data").toUtf8());
    }

    void firstStartOffersTheDemo() {
        // An empty store of its own (the other tests count the runs of theirs).
        const QByteArray previous = qgetenv("DBW_STORE");
        qputenv("DBW_STORE", m_dir.filePath("first-start.sqlite").toUtf8());
        const auto restore = qScopeGuard([&] { qputenv("DBW_STORE", previous); });
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.runPage()->showsStartPage());  // not eight empty charts
        auto *demo = window.runPage()->findChild<QPushButton *>("trainDemo");
        QVERIFY(demo->isVisibleTo(&window));
        auto *generate = window.findChild<QPushButton *>("generate");
        QVERIFY(!generate->isEnabled());  // nothing to sample from yet
        QVERIFY(generate->toolTip().contains("checkpoint"));
        if (const QString shots = qEnvironmentVariable("DBW_SCREENSHOT_DIR"); !shots.isEmpty())
            window.grab().save(shots + "/first-start-1280.png");

        QSignalSpy created(window.trainingController(), &TrainingController::runCreated);
        demo->click();
        QTRY_VERIFY_WITH_TIMEOUT(created.size() == 1, 120000);
        const qint64 runId = created.first().at(0).toLongLong();
        QCOMPARE(window.runPage()->runId(), runId);
        QVERIFY(!window.runPage()->showsStartPage());
        window.trainingController()->stop();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.trainingController()->state() == TrainingController::State::Idle, 120000);
        // It was the demo recipe on the bundled corpus.
        const dbw::RunStore store(window.storePath().toStdString(), dbw::RunStore::Mode::ReadOnly);
        const auto config = dbw::runConfigFromJson(store.run(runId)->configJson, "stored config");
        QCOMPARE(QFileInfo(QString::fromStdString(config.data.trainCorpus)).fileName(),
                 QString("brown-train.txt"));
        const dbw::RunConfig demoConfig = demoRunConfig();
        QCOMPARE(config.model.preset, demoConfig.model.preset);
        QCOMPARE(config.diffusion.schedule, demoConfig.diffusion.schedule);
        QCOMPARE(config.training.steps, demoConfig.training.steps);
    }

    void staysResponsiveWhileAnotherProcessWrites() {
        // The window trains a run while a dbw process trains another into the same store, and
        // shows that other run's live charts: the GUI thread's worst stall is reported.
        const QByteArray previous = qgetenv("DBW_STORE");
        const QString store = m_dir.filePath("two-writers.sqlite");
        qputenv("DBW_STORE", store.toUtf8());
        const auto restore = qScopeGuard([&] { qputenv("DBW_STORE", previous); });
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QProcess other;
        other.start(
            kDbw,
            overfitTrainArguments(
                kData, m_dir.filePath("other-process"), store, "other-process", 100000,
                {"training.log_every=1", "training.validate_every=10", "training.threads=1"}));
        QVERIFY(other.waitForStarted());
        const auto stopOther = qScopeGuard([&] {
            other.kill();
            other.waitForFinished(30000);
        });
        QTRY_VERIFY_WITH_TIMEOUT(window.runList()->rowCount() == 1, 60000);
        const qint64 otherRun = window.runList()->rows().front().id;

        StallProbe probe;
        QSignalSpy finished(window.trainingController(), &TrainingController::finished);
        dbw::RunConfig config = tinyConfig(20);
        config.training.threads = 1;  // one core each for the two trainers, the GUI shares them
        QVERIFY(window.startTraining(config));
        QTRY_VERIFY_WITH_TIMEOUT(window.runList()->rowCount() == 2, 60000);
        window.findChild<RunHistoryPanel *>("runHistory")
            ->selectRun(otherRun);  // its charts follow the other writer
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 300000);
        probe.stop();
        const qint64 worstStall = probe.worst();
        QVERIFY2(other.state() == QProcess::Running,
                 other.readAllStandardError().constData());  // wrote all along
        QCOMPARE(finished.first().at(0).toString(), QString("finished"));
        qInfo(
            "worst GUI-thread stall while the window trained 20 steps and another process wrote "
            "the store: %lld ms",
            worstStall);
        QVERIFY(worstStall < 2000);  // generous: the number is reported, not judged here
    }

    void trainingThroughTheWindow() {
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.trainingController(), &TrainingController::finished);
        QSignalSpy steps(window.trainingController(), &TrainingController::stepReported);
        QSignalSpy samples(window.trainingController(), &TrainingController::samplesReported);

        // Measure how long the event loop stalls while the worker trains.
        StallProbe probe;
        QVERIFY(window.startTraining(tinyConfig(20)));
        QVERIFY(!window.startTraining(tinyConfig(20)));  // one training at a time
        QTRY_VERIFY_WITH_TIMEOUT(steps.size() >= 6, 60000);
        if (const QString shots = qEnvironmentVariable("DBW_SCREENSHOT_DIR"); !shots.isEmpty()) {
            window.refreshRuns();
            window.runPage()->refresh();
            QTest::qWait(200);
            window.grab().save(shots + "/mainwindow-training.png");
        }
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 120000);
        probe.stop();
        const qint64 worstStall = probe.worst();
        qDebug("worst event-loop stall during training: %lld ms", worstStall);
        QCOMPARE(finished.first().at(0).toString(), QString("finished"));
        QCOMPARE(steps.size(), 20);
        QCOMPARE(samples.size(), 4);  // batches at steps 5, 10, 15, 20

        // The store, the run list and the chart agree.
        const dbw::RunStore store(window.storePath().toStdString(), dbw::RunStore::Mode::ReadOnly);
        const auto runs = store.listRuns();
        QCOMPARE(runs.size(), std::size_t(1));
        const qint64 runId = runs.front().id;
        QVERIFY(runs.front().status == dbw::RunStatus::Finished);
        window.refreshRuns();
        const int row = window.runList()->rowOf(runId);
        QVERIFY(row >= 0);
        const RunListModel::Row listed = window.runList()->rows()[row];
        QCOMPARE(listed.name, QString("gui-run"));
        QCOMPARE(listed.status, QString("finished"));
        QCOMPARE(listed.steps, qint64(20));
        double bestPerplexity = 0;
        for (const auto &summary : store.summaries(runId))
            if (summary.name == "valid/ppl_bound")
                bestPerplexity = summary.best;
        QCOMPARE(listed.metrics.value("valid/ppl_bound").best, bestPerplexity);

        window.runPage()->showRun(window.storePath(), runId);
        // The NELBO chart: validation (as it is) and training (smoothed) in nats/token.
        const MetricChart *nelbo = window.runPage()->chart("valid/nelbo");
        QCOMPARE(nelbo->seriesCount(), 2);
        QVERIFY(!nelbo->isSmoothable(0) && nelbo->isSmoothable(1));
        QCOMPARE(nelbo->buckets(1).size(), qsizetype(20));  // train/nelbo, one point per step
        QVERIFY(nelbo->title().contains("nats/token"));
        // No skipped steps: a badge, not a chart.
        QVERIFY(!window.runPage()->chart("train/skipped")->isVisibleTo(window.runPage()));
        QCOMPARE(window.runPage()->findChild<QLabel *>("skippedBadge")->text(),
                 QString("no skipped steps"));
        QVERIFY(window.runPage()->progress()->isVisibleTo(window.runPage()));
        QCOMPARE(window.runPage()->progress()->value(), 20);
        QCOMPARE(window.runPage()->progress()->maximum(), 20);
        QVERIFY2(window.runPage()->progress()->text().contains("finished"),
                 qPrintable(window.runPage()->progress()->text()));
        const auto loss = store.readMetric(runId, "train/loss");
        QCOMPARE(loss.size(), std::size_t(20));
        const QVector<MetricChart::Bucket> buckets =
            window.runPage()->chart("train/loss")->buckets(0);
        QCOMPARE(buckets.size(), 20);  // fewer points than pixels: one bucket each
        for (int i = 0; i < buckets.size(); ++i) {
            QCOMPARE(buckets[i].x, double(loss[i].step));
            QCOMPARE(buckets[i].last, loss[i].value);
        }
        QCOMPARE(window.runPage()->samples()->rowCount(), 8);  // 4 batches of 2
        QCOMPARE(static_cast<int>(store.samples(runId).size()), 8);
        QVERIFY(worstStall < 500);  // generous: the number is reported, not judged here

        // The training loss is explained for the run's objective.
        QVERIFY2(window.runPage()->overviewText().contains("d3pm-hybrid") &&
                     window.runPage()->overviewText().contains("λ = 0.01"),
                 qPrintable(window.runPage()->overviewText()));
        QVERIFY(window.runPage()->chart("train/loss")->toolTip().contains("not a bound"));

        // The status bar names the run it speaks of, and says nothing of it once another run is
        // shown.
        const auto *status = window.findChild<QLabel *>("trainingStatus");
        QVERIFY2(status->text().contains(QString("#%1 finished").arg(runId)),
                 qPrintable(status->text()));
        dbw::RunRecord other;
        other.name = "other";
        other.configJson = dbw::runConfigToJson(tinyConfig(2));
        other.status = dbw::RunStatus::Finished;
        dbw::RunStore(window.storePath().toStdString()).createRun(other);
        window.refreshRuns();
        window.findChild<RunHistoryPanel *>("runHistory")->selectRun(other.id);
        QCOMPARE(window.runPage()->runId(), other.id);
        QVERIFY2(status->text().isEmpty(), qPrintable(status->text()));
    }

    void pauseResumeAndStop() {
        TrainingController controller;
        QSignalSpy states(&controller, &TrainingController::stateChanged);
        QSignalSpy steps(&controller, &TrainingController::stepReported);
        QSignalSpy finished(&controller, &TrainingController::finished);
        QVERIFY(controller.start(tinyConfig(100000), m_dir.filePath("paused"),
                                 m_dir.filePath("store.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() == TrainingController::State::Running, 60000);
        controller.pause();
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() == TrainingController::State::Paused, 30000);
        const int pausedAt = steps.size();
        QTest::qWait(500);
        QCOMPARE(steps.size(), pausedAt);  // nothing moves while paused
        controller.resume();
        QTRY_VERIFY_WITH_TIMEOUT(steps.size() > pausedAt, 30000);
        controller.stop();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QCOMPARE(finished.first().at(0).toString(), QString("stopped"));
        QVERIFY(QFile::exists(finished.first().at(1).toString() +
                              "/model.safetensors"));  // stop writes a checkpoint
    }

    void resumeFromACheckpoint() {
        TrainingController controller;
        QSignalSpy finished(&controller, &TrainingController::finished);
        dbw::RunConfig config = tinyConfig(6);
        config.training.checkpointEvery = 3;
        config.training.keepCheckpoints = 5;
        const QString store = m_dir.filePath("resume.sqlite");
        QVERIFY(controller.start(config, m_dir.filePath("resumed"), store));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QVERIFY(controller.resumeFrom(m_dir.filePath("resumed/checkpoints/step-00000003"), store));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 60000);
        QCOMPARE(finished.last().at(0).toString(), QString("finished"));
        const dbw::RunStore runs(store.toStdString(), dbw::RunStore::Mode::ReadOnly);
        const auto list = runs.listRuns();
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(list.front().parentRunId,
                 std::optional<std::int64_t>(list.back().id));  // the child run
        QCOMPARE(runs.readMetric(list.front().id, "train/loss").front().step, std::int64_t(4));
    }

    // Issue 17: the workbench launches data-parallel runs (dbw train --nproc) and follows them
    // through the same signals; stop ends every rank with a checkpoint; there is no pause.
    void multiProcessRunsReportLikeAThread() {
        TrainingController controller;
        QSignalSpy created(&controller, &TrainingController::runCreated);
        QSignalSpy steps(&controller, &TrainingController::stepReported);
        QSignalSpy validations(&controller, &TrainingController::validationReported);
        QSignalSpy samples(&controller, &TrainingController::samplesReported);
        QSignalSpy finished(&controller, &TrainingController::finished);
        const QString store = m_dir.filePath("processes.sqlite");
        QVERIFY(
            controller.startProcesses(tinyConfig(6), m_dir.filePath("two-processes"), store, 2));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 120000);
        QCOMPARE(finished.first().at(0).toString(), QString("finished"));
        QVERIFY(QFile::exists(finished.first().at(1).toString() + "/model.safetensors"));
        QCOMPARE(created.size(), 1);
        QCOMPARE(steps.size(), 6);
        QCOMPARE(steps.last().at(0).toLongLong(), 6);
        QCOMPARE(steps.last().at(1).toLongLong(), 6);
        QVERIFY(validations.size() >= 1);
        QCOMPARE(samples.size(), 1);
        const dbw::RunStore runs(store.toStdString(), dbw::RunStore::Mode::ReadOnly);
        QCOMPARE(runs.listRuns().size(), std::size_t(1));  // rank 0 alone records the run
        QCOMPARE(runs.listRuns().front().id, created.first().at(0).toLongLong());
        QVERIFY(runs.listRuns().front().status == dbw::RunStatus::Finished);

        QVERIFY(
            controller.startProcesses(tinyConfig(100000), m_dir.filePath("two-stopped"), store, 2));
        QTRY_VERIFY_WITH_TIMEOUT(controller.state() == TrainingController::State::Running, 60000);
        QVERIFY(!controller.canPause());
        controller.stop();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 2, 60000);
        QCOMPARE(finished.last().at(0).toString(), QString("stopped"));
        QVERIFY(QFile::exists(finished.last().at(1).toString() + "/trainer_state.json"));

        QVERIFY(controller.startProcesses(tinyConfig(5), m_dir.filePath("no-dbw"), store, 2,
                                          m_dir.filePath("missing/dbw")));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 3, 30000);
        QCOMPARE(finished.last().at(0).toString(), QString("failed"));
        QVERIFY2(finished.last().at(1).toString().contains("cannot start " +
                                                           m_dir.filePath("missing/dbw")),
                 qPrintable(finished.last().at(1).toString()));
        QVERIFY(controller.state() == TrainingController::State::Idle);
    }

    void badCorpusFailsCleanly() {
        TrainingController controller;
        QSignalSpy finished(&controller, &TrainingController::finished);
        dbw::RunConfig config = tinyConfig(5);
        config.data.trainCorpus = "/no/such/corpus.txt";
        QVERIFY(controller.start(config, m_dir.filePath("bad"), m_dir.filePath("store.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
        QCOMPARE(finished.first().at(0).toString(), QString("failed"));
        QVERIFY(finished.first().at(1).toString().contains(
            "/no/such/corpus.txt: cannot open the corpus"));
        QVERIFY(controller.state() == TrainingController::State::Idle);
    }

    void dialogValidation_data() {
        QTest::addColumn<QString>("field");  // objectName suffix of the editor
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");  // message shown next to the field
        QTest::newRow("no corpus") << "data.train"
                                   << ""
                                   << "choose a training corpus";
        QTest::newRow("missing corpus") << "data.train"
                                        << "/no/such.txt"
                                        << "no such file";
        QTest::newRow("missing validation file") << "data.valid"
                                                 << "/no/valid.txt"
                                                 << "no such file";
        QTest::newRow("tokenizer of the wrong kind")
            << "tokenizer.path" << DBW_SOURCE_DIR "/README.md"
            << "expected a SentencePiece .model or a BERT vocab.txt";
        QTest::newRow("no name") << "name"
                                 << ""
                                 << "give the run a name";
        QTest::newRow("nelbo without continuous time") << "diffusion.objective"
                                                       << "nelbo"
                                                       << "nelbo is the continuous-time objective";
        QTest::newRow("spindle too strong for its base") << "diffusion.spindle_base"
                                                         << "loglinear"
                                                         << "rises over time";
        QTest::newRow("more processes than rows") << "processes"
                                                  << "64"
                                                  << "the batch of 32 is shared by the processes";
    }

    void dialogValidation() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        NewExperimentDialog dialog;
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY2(
            ok->isEnabled(),
            qPrintable(dialog.problems().values().join("; ")));  // the CPU demo preset is valid
        if (field == "diffusion.spindle_base")
            dialog.findChild<QDoubleSpinBox *>("field:diffusion.spindle_lambda")->setValue(1.0);
        QWidget *editor = dialog.findChild<QWidget *>("field:" + field);
        QVERIFY2(editor, qPrintable(field));
        if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->setText(value);
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentText(value);
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(value.toInt());
        QVERIFY(!ok->isEnabled());
        const QString messageField =
            field == "diffusion.spindle_base" ? "diffusion.spindle_lambda" : field;
        const auto *message = dialog.findChild<QLabel *>("message:" + messageField);
        QVERIFY2(message && message->text().contains(expected),
                 qPrintable(message ? message->text() : "no label"));
    }

    void dialogRoundTripsConfigs() {
        NewExperimentDialog dialog;
        if (const QString shots = qEnvironmentVariable("DBW_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.show();
            dialog.findChild<QLineEdit *>("field:data.valid")
                ->setText("/no/valid.txt");  // one problem shown
            QTest::qWait(100);
            dialog.grab().save(shots + "/new-experiment-dialog.png");
            dialog.findChild<QLineEdit *>("field:data.valid")->setText("");
            auto *processes = dialog.findChild<QSpinBox *>(
                "field:processes");  // the training section, scrolled to
            processes->setValue(64);
            dialog.findChild<QScrollArea *>()->ensureWidgetVisible(processes);
            QTest::qWait(100);
            dialog.grab().save(shots + "/new-experiment-dialog-training.png");
            processes->setValue(1);
        }
        const auto *preview = dialog.findChild<ScheduleChart *>("schedulePreview");
        QVERIFY(preview->hasBand());  // the CPU demo uses the spindle
        const auto *spindleNote = dialog.findChild<QLabel *>("spindleNote");
        QVERIFY(spindleNote->isVisibleTo(&dialog));
        dialog.findChild<QComboBox *>("field:diffusion.schedule")->setCurrentText("cosine");
        QVERIFY(!preview->hasBand());
        QVERIFY(!spindleNote->isVisibleTo(&dialog));  // it explains a band no longer drawn
        QCOMPARE(preview->pointCount(), 201);
        const QString path = m_dir.filePath("dialog.json");
        QVERIFY(dialog.saveConfigFile(path));
        NewExperimentDialog other;
        QVERIFY(other.loadConfigFile(path));
        QCOMPARE(other.config().diffusion.schedule, std::string("cosine"));
        QCOMPARE(dbw::runConfigToJson(other.config()), dbw::runConfigToJson(dialog.config()));
        // Issue 16: the seq2seq demo trains the target given the source on the bundled pairs; a
        // seq2seq task on a plain-text corpus is shown as a problem at the task.
        dialog.findChild<QComboBox *>("field:preset")->setCurrentIndex(1);
        QCOMPARE(dialog.config().data.task, std::string("seq2seq"));
        QVERIFY(QString::fromStdString(dialog.config().data.trainCorpus)
                    .endsWith("brown-unshuffle-train.jsonl"));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().values().join("; ")));
        if (const QString shots = qEnvironmentVariable("DBW_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.show();
            QTest::qWait(100);
            dialog.grab().save(shots + "/new-experiment-seq2seq.png");
        }
        dialog.findChild<QLineEdit *>("field:data.train")
            ->setText(QStringLiteral(DBW_SOURCE_DIR "/tests/data/overfit-eight.txt"));
        QVERIFY(dialog.findChild<QLabel *>("message:data.task")->text().contains("jsonl"));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.findChild<QComboBox *>("field:data.task")
            ->setCurrentIndex(0);  // a language model on it is fine
        QVERIFY(dialog.findChild<QLabel *>("message:data.task")->text().isEmpty());
        dialog.findChild<QComboBox *>("field:preset")->setCurrentIndex(2);  // paper recipe
        QCOMPARE(dialog.config().model.hidden, 768);

        // Issue 15: the paper recipe says it starts from bert-base-uncased; a pretrained start is a
        // model folder and brings its own sizes and tokenizer.
        auto *init = dialog.findChild<QLineEdit *>("field:model.init");
        QVERIFY(init);
        QVERIFY(init->placeholderText().contains("bert-base-uncased"));
        const auto *initMessage = dialog.findChild<QLabel *>("message:model.init");
        init->setText(m_dir.path());  // a folder without config.json
        QCOMPARE(initMessage->text(), QString("not a model folder (it has no config.json)"));
        init->setText(DBW_SOURCE_DIR "/tests/data/hf-bert/model");
        QCOMPARE(initMessage->text(), QString());
        QCOMPARE(dialog.config().model.init,
                 std::string(DBW_SOURCE_DIR "/tests/data/hf-bert/model"));
        QVERIFY(!dialog.findChild<QComboBox *>("field:model.preset")->isEnabled());
        dialog.findChild<QLineEdit *>("field:tokenizer.path")
            ->setText(DBW_SOURCE_DIR "/tests/data/overfit-vocab.txt");
        QVERIFY(dialog.findChild<QLabel *>("message:tokenizer.path")
                    ->text()
                    .contains("uses its tokenizer"));
        dialog.findChild<QComboBox *>("field:diffusion.objective")->setCurrentText("mlm");
        QCOMPARE(dialog.config().diffusion.objective, std::string("mlm"));
    }

    void modelsPassTheTester() {
        RunListModel runs;
        QAbstractItemModelTester runTester(&runs,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(runs.refresh(m_dir.filePath("store.sqlite")).isEmpty());
        QVERIFY(runs.rowCount() >= 1);
        runs.refresh(m_dir.filePath("store.sqlite"));  // same runs: in-place update
        runs.setRows({});
        SamplesModel samples;
        QAbstractItemModelTester sampleTester(
            &samples, QAbstractItemModelTester::FailureReportingMode::QtTest);
        samples.setEntries({{5, "a b"}, {10, "c d"}});
        QCOMPARE(samples.index(1).data().toString(), QString("step 10: c d"));
    }

    void chartOfAMillionPoints() {
        dbw::RunStore store(m_dir.filePath("million.sqlite").toStdString());
        dbw::RunRecord run;
        run.name = "million";
        store.createRun(run);
        {
            dbw::MetricWriter writer(store, run.id, 10000);
            for (int step = 0; step < 1000000; ++step)
                writer.add("train/loss",
                           {step, 5.0 * std::exp(-step * 3e-6) + 0.1 * std::sin(step * 0.01),
                            step * 0.1, step * 64LL, 0});
        }
        RunPage page;
        page.resize(1500, 900);
        page.show();
        QElapsedTimer timer;
        timer.start();
        page.showRun(m_dir.filePath("million.sqlite"), run.id);
        const qint64 milliseconds = timer.elapsed();
        const auto *chart = page.chart("train/loss");
        QVERIFY(chart->buckets(0).size() > 50);
        QVERIFY(chart->buckets(0).size() <= std::max(50, chart->width()));
        qDebug("1M points: %d buckets read and drawn in %lld ms", int(chart->buckets(0).size()),
               milliseconds);
    }

    void progressAndEtaFromTheStore() {
        // Issue 14, "live": steps 10..50 logged over 8 training seconds, of 250: 200 steps left at
        // 5 steps/s is 40 s.
        std::vector<dbw::DecimatedBucket> loss(2);
        loss[0].lastStep = 10;
        loss[0].lastWallTime = 2.0;
        loss[1].lastStep = 50;
        loss[1].lastWallTime = 10.0;
        const RunProgress progress = RunProgress::of(loss, 250);
        QCOMPARE(progress.done, qint64(50));
        QCOMPARE(progress.secondsLeft, 40.0);
        QCOMPARE(RunProgress::of({loss[1]}, 250).secondsLeft, -1.0);  // one point: no rate yet
        QCOMPARE(RunProgress::of({}, 250).done, qint64(0));
        QCOMPARE(RunProgress::formatDuration(40), QString("about 40 s"));
        QCOMPARE(RunProgress::formatDuration(200), QString("about 3 min 20 s"));
        QCOMPARE(RunProgress::formatDuration(3900), QString("about 1 h 05 min"));
        QCOMPARE(RunProgress::formatDuration(0.2), QString("under a second"));

        // Generation and evaluation in this process: the rate since the first report (loading
        // the checkpoint before it is not work). First report at 3 s with 2 of 32 steps done,
        // 6 of 32 at 5 s: 2 s per 4 steps, 26 steps left is 13 s.
        WorkEta eta;
        eta.start();
        QCOMPARE(eta.secondsLeft(2, 32, 3.0), -1.0);
        QCOMPARE(eta.secondsLeft(2, 32, 4.0), -1.0);  // no progress since
        QCOMPARE(eta.secondsLeft(6, 32, 5.0), 13.0);
        eta.start();
        QCOMPARE(eta.secondsLeft(6, 32, 5.0), -1.0);  // started again: no rate yet
    }

    void unchangedSeriesAreNotRedrawn() {
        // A live page sets every series and the x title once a second: only changes redraw.
        MetricChart chart;
        const QVector<MetricChart::Bucket> buckets = {
            {1, 2, 2, 2}, {2, std::nan(""), std::nan(""), std::nan("")}, {3, 1, 1, 1}};
        chart.setXAxisTitle("step");
        chart.setSeries(0, "a", buckets);
        const int drawn = chart.redraws();
        chart.setXAxisTitle("step");
        chart.setSeries(0, "a", buckets);  // NaN and all: the same
        QCOMPARE(chart.redraws(), drawn);
        QVector<MetricChart::Bucket> more = buckets;
        more.append({4, 0.5, 0.5, 0.5});
        chart.setSeries(0, "a", more);
        QCOMPARE(chart.redraws(), drawn + 1);
        chart.setSeries(0, "a", more, false);  // smoothable changed
        chart.setXAxisTitle("wall time (s)");
        QCOMPARE(chart.redraws(), drawn + 3);
    }

    void smoothingIsDebiasedAndKeepsConstants() {
        QCOMPARE(MetricChart::smooth({2, 2, 2}, 0.9), (QVector<double>{2, 2, 2}));
        const auto smoothed = MetricChart::smooth({1, 3}, 0.5);
        QCOMPARE(smoothed[0], 1.0);  // debiased: the first point is itself
        QCOMPARE(smoothed[1], (0.5 * 0.5 * 1 + 0.5 * 3) / (1 - 0.25));
        QVERIFY(
            std::isnan(MetricChart::smooth({1, std::nan(""), 3}, 0.5)[1]));  // NaN passes through
    }

    // Issue 14, "legible": round ticks, locale numbers, no negative range for a non-negative
    // metric, markers on sparse series, smoothing only on training charts.
    void axesAreRoundLocalAndHonest() {
        const MetricChart::Ticks loss = MetricChart::niceTicks(0.17, 0.93, 5);
        QCOMPARE(loss.step, 0.2);
        QCOMPARE(loss.low, 0.0);
        QCOMPARE(loss.high, 1.0);
        QCOMPARE(loss.count, 6);
        QCOMPARE(loss.decimals, 1);
        const MetricChart::Ticks steps = MetricChart::niceTicks(1, 2000, 6);
        QCOMPARE(steps.step, 500.0);
        QCOMPARE(steps.decimals, 0);
        const MetricChart::Ticks lr = MetricChart::niceTicks(0.0001, 0.0007885, 5);
        QVERIFY(std::abs(lr.step - 0.0002) < 1e-15);
        QCOMPARE(lr.decimals, 4);
        QVERIFY(lr.low <= 0.0001 && lr.high >= 0.0007885);

        MetricChart chart;
        chart.setLocale(QLocale(QLocale::German));
        chart.resize(500, 300);
        // Three validation points from 0.05 to 0.5: a symmetric pad would dip below 0.
        chart.setSeries(0, "run",
                        {{100, 0.5, 0.5, 0.5}, {200, 0.2, 0.2, 0.2}, {300, 0.05, 0.05, 0.05}});
        QChart *drawn = chart.findChild<QChartView *>()->chart();
        QVERIFY(drawn->localizeNumbers());
        QCOMPARE(drawn->locale().language(), QLocale::German);
        auto *y = qobject_cast<QValueAxis *>(drawn->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QVERIFY2(y->min() >= 0, qPrintable(QString::number(y->min())));
        QCOMPARE(y->labelFormat(), QString("%.1f"));
        bool markers = false;
        for (QAbstractSeries *series : drawn->series())
            if (auto *line = qobject_cast<QLineSeries *>(series); line && line->name() == "run")
                markers = line->pointsVisible();
        QVERIFY(markers);

        // Hover: the nearest point of every visible series, raw and smoothed, in the locale.
        MetricChart two;
        two.setLocale(QLocale(QLocale::German));
        two.setXAxisTitle("step");
        two.resize(600, 400);
        two.setSmoothing(0.5);
        two.setAllSeries({{"a", {{100, 1.5, 1.5, 1.5}, {200, 1.0, 1.0, 1.0}}},
                          {"b", {{100, 3.0, 3.0, 3.0}, {200, 2.25, 2.5, 2.25}}}});
        const QString text = two.hoverText(190);
        QVERIFY2(text.startsWith("step 190\n"), qPrintable(text));
        QVERIFY2(text.contains("a at 200: 1 (smoothed 1,1667)"),
                 qPrintable(text));  // (0.25*1.5 + 0.5*1)/0.75
        QVERIFY2(text.contains("b at 200: 2,25") && text.contains("range 2,25 to 2,5"),
                 qPrintable(text));
        two.toggleSeries("a", false);
        QVERIFY(two.isSeriesHidden("a"));
        QVERIFY(!two.hoverText(190).contains("a at"));
        two.toggleSeries("a", false);  // shown again
        QVERIFY(!two.isSeriesHidden("a"));
        two.toggleSeries("b", true);  // isolate b
        QVERIFY(two.isSeriesHidden("a") && !two.isSeriesHidden("b"));
        two.toggleSeries("b", true);  // b is already alone: everything back
        QVERIFY(!two.isSeriesHidden("a"));
        two.show();
        QVERIFY(QTest::qWaitForWindowExposed(&two));
        QWidget *viewport = two.findChild<QChartView *>()->viewport();
        QTest::mouseMove(viewport, viewport->rect().center());
        QTRY_VERIFY(two.lastHoverText().contains("a at"));
        if (const QString shots = qEnvironmentVariable("DBW_SCREENSHOT_DIR"); !shots.isEmpty())
            two.grab().save(shots +
                            "/chart-hover.png");  // the crosshair (the tooltip is its own window)

        // An empty chart names itself, and a long title does not widen it (a 1280-pixel screen
        // overflowed in German).
        MetricChart empty;
        empty.setTitle(
            QString("A very long translated chart title that goes on and on").repeated(3));
        QVERIFY(empty.findChild<QLabel *>()->text().startsWith("A very long"));
        QVERIFY2(empty.minimumSizeHint().width() <= 240,
                 qPrintable(QString::number(empty.minimumSizeHint().width())));

        // A title wider than the chart is broken onto two lines, not elided (German at 1280 px).
        MetricChart narrow;
        narrow.resize(230, 220);
        narrow.show();
        QVERIFY(QTest::qWaitForWindowExposed(&narrow));
        narrow.setTitle("Perplexity-Schranke pro Wort (Paper)");
        const QChart *drawnTitle = narrow.findChild<QChartView *>()->chart();
        QCOMPARE(drawnTitle->title(), QString("Perplexity-Schranke<br>pro Wort (Paper)"));
        narrow.resize(900, 220);
        QTRY_COMPARE(drawnTitle->title(), QString("Perplexity-Schranke pro Wort (Paper)"));

        RunPage page;
        QVERIFY(page.chart("train/loss")->smoothing() > 0);
        QCOMPARE(page.chart("train/nelbo"),
                 page.chart("valid/nelbo"));  // training and validation NELBO on one chart
    }
};

QTEST_MAIN(TestTraining)
#include "tst_training.moc"
