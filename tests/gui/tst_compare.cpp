// Comparing runs from the store: the run list's filter proxy and the config diff pass Qt's model
// tester; filters, editable tags and notes, metric columns, archive and delete do what they say;
// the diff marks exactly the keys that differ; exports read back equal to the store; and the
// time to compare 20 runs x 100k points is reported (not asserted).
#include "comparepage.h"
#include "configdiffmodel.h"
#include "mainwindow.h"
#include "metricchart.h"
#include "runfilterproxy.h"
#include "runhistorypanel.h"
#include "runlistmodel.h"
#include "storewatch.h"

#include "eval/elbo.h"
#include "sample/sampleexport.h"
#include "store/runstore.h"
#include "train/runconfig.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using nlohmann::json;

namespace {

std::string configWith(const std::vector<std::string> &overrides) {
    dbw::RunConfig config = dbw::presetRunConfig("cpu-demo");
    for (const std::string &assignment : overrides)
        dbw::applyOverride(config, assignment);
    return dbw::runConfigToJson(config);
}

// A run with a config, a metric curve and samples, as training leaves them.
qint64 addRun(dbw::RunStore &store, const std::string &name,
              const std::vector<std::string> &overrides, int points, double scale,
              const std::vector<std::string> &tags = {}) {
    dbw::RunRecord run;
    run.name = name;
    run.configJson = configWith(overrides);
    run.status = dbw::RunStatus::Finished;
    store.createRun(run);
    for (const std::string &tag : tags)
        store.addTag(run.id, tag);
    std::vector<dbw::NamedPoint> batch;
    for (int step = 1; step <= points; ++step) {
        batch.push_back({"valid/ppl_bound",
                         {step, scale * (100.0 + 1000.0 / step), 0.01 * step, 64LL * step, 0}});
        batch.push_back({"valid/bleu", {step, scale * step / points, 0.01 * step, 64LL * step, 0}});
        if (batch.size() >= 20000) {
            store.appendMetrics(run.id, batch);
            batch.clear();
        }
    }
    store.appendMetrics(run.id, batch);
    std::vector<dbw::SampleRecord> samples;
    for (int s = 0; s < 3; ++s)
        samples.push_back({0,
                           run.id,
                           points,
                           name + " says hello number " + std::to_string(s) + ", \"quoted\"",
                           {5, 6, 7 + s},
                           R"({"count":3,"step_size":16})",
                           R"({"repetition_rate":0.0})",
                           ""});
    store.addSamples(samples);
    return run.id;
}

QStringList shownNames(const QSortFilterProxyModel &proxy) {
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, RunListModel::Name).data(Qt::EditRole).toString());
    names.sort();
    return names;
}

}  // namespace

class TestCompare : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    qint64 m_spindle = 0, m_cosine = 0, m_mutual = 0;

private Q_SLOTS:
    void initTestCase() {
        m_store = m_dir.filePath("runs.sqlite");
        dbw::RunStore store(m_store.toStdString());
        m_spindle = addRun(store, "spindle", {}, 50, 1.0, {"baseline", "cpu"});
        m_cosine = addRun(store, "cosine", {"diffusion.schedule=cosine", "training.lr=0.002"}, 40,
                          0.9, {"cpu"});
        m_mutual = addRun(store, "mutual",
                          {"diffusion.schedule=mutual", "model.time_design=layerwise"}, 30, 1.1);
        store.setStatus(m_mutual, dbw::RunStatus::Failed);
    }

    void filterProxyPassesTheModelTester() {
        RunListModel runs;
        QCOMPARE(runs.refresh(m_store), QString());
        RunFilterProxy proxy;
        QAbstractItemModelTester modelTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&runs);
        QAbstractItemModelTester sourceTester(
            &runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shownNames(proxy), QStringList({"cosine", "mutual", "spindle"}));
        proxy.setText("COS");
        QCOMPARE(shownNames(proxy), QStringList({"cosine"}));
        proxy.setText(QString());
        proxy.setField(RunFilterProxy::Tag, "cpu");
        QCOMPARE(shownNames(proxy), QStringList({"cosine", "spindle"}));
        proxy.setField(RunFilterProxy::Tag, QString());
        proxy.setField(RunFilterProxy::Status, "failed");
        QCOMPARE(shownNames(proxy), QStringList({"mutual"}));
        proxy.setField(RunFilterProxy::Status, QString());
        proxy.setField(RunFilterProxy::Schedule, "spindle");
        QCOMPARE(shownNames(proxy), QStringList({"spindle"}));
        proxy.setField(RunFilterProxy::Schedule, QString());
        proxy.setField(RunFilterProxy::TimeDesign, "layerwise");
        QCOMPARE(shownNames(proxy), QStringList({"mutual"}));
        proxy.setField(RunFilterProxy::TimeDesign, QString());
        proxy.setField(RunFilterProxy::Preset, "tiny");
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setField(RunFilterProxy::Preset, "small");
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setField(RunFilterProxy::Preset, QString());
        QCOMPARE(proxy.values(RunFilterProxy::Schedule),
                 QStringList({"cosine", "mutual", "spindle"}));
        QCOMPARE(proxy.values(RunFilterProxy::Tag), QStringList({"baseline", "cpu"}));
        const QDate today = QDate::currentDate();
        proxy.setDateRange(today.addDays(1), QDate());
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setDateRange(today.addDays(-1), today.addDays(1));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setDateRange({}, {});
        // Sorting by a metric column sorts by value, not by text.
        proxy.sort(RunListModel::FixedColumnCount, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, RunListModel::Name).data(Qt::EditRole).toString(),
                 QString("cosine"));
        runs.refresh(m_store);  // in-place updates under the tester
    }

    void metricColumnsTagsNotesAndArchive() {
        RunListModel runs;
        QAbstractItemModelTester tester(&runs,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(runs.refresh(m_store), QString());
        const int spindleRow = runs.rowOf(m_spindle);
        runs.setMetricColumns(
            {{"valid/ppl_bound", true}, {"valid/ppl_bound", false}, {"valid/bleu", true}});
        QCOMPARE(runs.columnCount(), RunListModel::FixedColumnCount + 3);
        const dbw::RunStore reader(m_store.toStdString(), dbw::RunStore::Mode::ReadOnly);
        for (const auto &summary : reader.summaries(m_spindle)) {
            if (summary.name == "valid/ppl_bound") {
                QCOMPARE(runs.index(spindleRow, RunListModel::FixedColumnCount)
                             .data(Qt::EditRole)
                             .toDouble(),
                         summary.best);
                QCOMPARE(runs.index(spindleRow, RunListModel::FixedColumnCount + 1)
                             .data(Qt::EditRole)
                             .toDouble(),
                         summary.last);
            }
            if (summary.name == "valid/bleu")  // higher is better: best is the largest
                QCOMPARE(runs.index(spindleRow, RunListModel::FixedColumnCount + 2)
                             .data(Qt::EditRole)
                             .toDouble(),
                         1.0);
        }
        QVERIFY(runs.headerData(RunListModel::FixedColumnCount + 1, Qt::Horizontal)
                    .toString()
                    .contains("last"));
        runs.setMetricColumns({{"valid/bleu", false}});
        QCOMPARE(runs.columnCount(), RunListModel::FixedColumnCount + 1);

        // Tags and notes are edited in place and land in the store.
        QVERIFY(runs.flags(runs.index(spindleRow, RunListModel::Tags)) & Qt::ItemIsEditable);
        QVERIFY(!(runs.flags(runs.index(spindleRow, RunListModel::Name)) & Qt::ItemIsEditable));
        QSignalSpy storeErrors(&runs, &RunListModel::storeError);
        QVERIFY2(
            runs.setData(runs.index(spindleRow, RunListModel::Tags), "cpu,  paper-check , cpu"),
            storeErrors.isEmpty() ? "" : qPrintable(storeErrors.first().first().toString()));
        QVERIFY(runs.setData(runs.index(spindleRow, RunListModel::Notes),
                             "lr too high?\nretry with 5e-4"));
        {
            const dbw::RunStore store(m_store.toStdString(), dbw::RunStore::Mode::ReadOnly);
            QCOMPARE(store.run(m_spindle)->tags, (std::vector<std::string>{"cpu", "paper-check"}));
            QCOMPARE(store.run(m_spindle)->notes, std::string("lr too high?\nretry with 5e-4"));
        }
        QCOMPARE(runs.index(spindleRow, RunListModel::Notes).data().toString(),
                 QString("lr too high?"));  // first line
        QVERIFY(runs.setData(runs.index(spindleRow, RunListModel::Tags), "baseline, cpu"));

        // Archive hides a run unless archived runs are asked for.
        RunFilterProxy proxy;
        proxy.setSourceModel(&runs);
        RunHistoryPanel panel(&runs);
        QSignalSpy changed(&panel, &RunHistoryPanel::runsChanged);
        QCOMPARE(panel.setArchived({m_cosine}, true), QString());
        QCOMPARE(changed.size(), 1);
        runs.refresh(m_store);
        QCOMPARE(shownNames(proxy), QStringList({"mutual", "spindle"}));
        proxy.setShowArchived(true);
        QCOMPARE(shownNames(proxy), QStringList({"cosine", "mutual", "spindle"}));
        QVERIFY(runs.index(runs.rowOf(m_cosine), RunListModel::Name)
                    .data()
                    .toString()
                    .contains("archived"));
        QCOMPARE(panel.setArchived({m_cosine}, false), QString());
    }

    void storeWatchSeesOtherConnectionsCommit() {
        StoreWatch watch;
        QVERIFY(watch.changed(m_store));   // the first look
        QVERIFY(!watch.changed(m_store));  // nothing since
        {
            dbw::RunStore writer(m_store.toStdString());
            writer.setNotes(m_mutual, "diverged at step 20");
        }
        QVERIFY(watch.changed(m_store));
        QVERIFY(!watch.changed(m_store));
        watch.reset();
        QVERIFY(watch.changed(m_store));
        QVERIFY(watch.changed(
            m_dir.filePath("other.sqlite")));  // another path (missing: always "changed")
        QVERIFY(watch.changed(m_dir.filePath("other.sqlite")));
    }

    void refreshesKeepEditorsAndSelection() {
        QTemporaryDir dir;
        const QString store = dir.filePath("runs.sqlite");
        qint64 a = 0, b = 0;
        {
            dbw::RunStore writer(store.toStdString());
            a = addRun(writer, "a", {}, 5, 1.0);
            b = addRun(writer, "b", {}, 5, 1.0);
            addRun(writer, "c", {}, 5, 1.0);
        }
        RunListModel runs;
        runs.refresh(store);
        RunHistoryPanel panel(&runs);
        panel.resize(800, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.selectRuns({a, b});
        panel.view()->selectionModel()->setCurrentIndex(
            panel.proxy()->mapFromSource(runs.index(runs.rowOf(b), 0)),
            QItemSelectionModel::NoUpdate);
        // A note being typed survives the periodic refresh, also when another cell of its row
        // changes.
        const QModelIndex notes =
            panel.proxy()->mapFromSource(runs.index(runs.rowOf(a), RunListModel::Notes));
        panel.view()->setColumnHidden(RunListModel::Notes, false);
        panel.view()->edit(notes);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->setText("half-typed");
        {
            dbw::RunStore writer(store.toStdString());
            writer.appendMetrics(a, {{"valid/ppl_bound", {6, 50.0, 1.0, 64, 0}}});
        }
        runs.refresh(store);
        QCOMPARE(editor->text(), QString("half-typed"));
        // A new run (a model reset) keeps the current run and the selection.
        {
            dbw::RunStore writer(store.toStdString());
            addRun(writer, "d", {}, 5, 1.0);
        }
        QTest::keyClick(editor, Qt::Key_Escape);
        runs.refresh(store);
        QCOMPARE(runs.rowCount(), 4);
        QCOMPARE(panel.currentRun(), b);
        QVector<qint64> selected = panel.selectedRuns();
        std::sort(selected.begin(), selected.end());
        QCOMPARE(selected, QVector<qint64>({a, b}));
    }

    void samplesAreGroupedByOriginNeverPooled() {
        // A run with two training-time batches and one generated batch (another sampler):
        // the newest of each origin, side by side, with its own metrics.
        const auto record = [](qint64 step, const std::string &text, const std::string &sampler) {
            return dbw::SampleRecord{0, 1, step, text, {}, sampler, "{}", ""};
        };
        const std::string training =
            R"({"origin":"training","strategy":"ancestral","step_size":4,"top_k":30})";
        const std::string generated =
            R"({"origin":"generated","strategy":"confidence","step_size":1,"temperature":0.7})";
        std::vector<dbw::SampleRecord> samples = {
            record(10, "old old old", training),  record(20, "a b c d e f", training),
            record(20, "f e d c b a", training),  record(20, "x y z w v u", generated),
            record(20, "x y z w v u", generated), record(20, "x y z w v u", generated)};
        const QVector<SampleGroup> groups = ComparisonLoader::newestSampleGroups(samples);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].origin, QString("training"));
        QCOMPARE(groups[0].step, qint64(20));
        QCOMPARE(groups[0].samples.size(),
                 std::size_t(2));  // not the step-10 batch, not the generated ones
        QCOMPARE(groups[1].origin, QString("generated"));
        QCOMPARE(groups[1].samples.size(), std::size_t(3));
        // Metrics over each batch alone: three identical generated texts have self-BLEU 1.
        QCOMPARE(groups[1].metrics.selfBleu, 1.0);
        QVERIFY(groups[0].metrics.selfBleu < 1.0);
        QCOMPARE(groups[0].metrics.distinct2,
                 dbw::computeSampleMetrics({"a b c d e f", "f e d c b a"}).distinct2);

        // In the page: one column per batch, named by run and origin, with the sampler in words.
        QTemporaryDir dir;
        const QString store = dir.filePath("runs.sqlite");
        {
            dbw::RunStore writer(store.toStdString());
            dbw::RunRecord run;
            run.name = "mixed";
            run.configJson = configWith({});
            writer.createRun(run);
            for (dbw::SampleRecord &sample : samples)
                sample.runId = run.id;
            writer.addSamples(samples);
        }
        ComparePage page;
        QSignalSpy shown(&page, &ComparePage::comparisonShown);
        page.setRuns(store, {1});
        QVERIFY(shown.wait(20000));
        QStandardItemModel *table = page.samples();
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->horizontalHeaderItem(0)->text(), QString("mixed · during training"));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QString("mixed · generated"));
        QCOMPARE(table->item(2, 0)->text(), QString("ancestral · step size 4 · top-k 30"));
        QCOMPARE(table->item(2, 1)->text(), QString("confidence · step size 1 · temperature 0.7"));
        QCOMPARE(table->item(3, 1)->text(), QString("3"));
    }

    void runTableFitsItsContentAndKeepsItsPlace() {
        QTemporaryDir dir;
        const QString store = dir.filePath("runs.sqlite");
        {
            dbw::RunStore writer(store.toStdString());
            for (int i = 0; i < 40; ++i)
                addRun(writer, i == 7 ? "a-rather-long-run-name-7" : "r" + std::to_string(i), {}, 3,
                       1.0 + i);
            writer.appendMetrics(1, {{"train/lr", {4, 0.001, 1.0, 64, 0}}});
        }
        RunListModel runs;
        runs.refresh(store);
        RunHistoryPanel panel(&runs);
        panel.resize(640, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTableView *view = panel.view();

        // Columns fit their content: the long name is not elided.
        QVERIFY(view->columnWidth(RunListModel::Name) >=
                view->fontMetrics().horizontalAdvance("a-rather-long-run-name-7"));
        // Only sensible metric columns are offered: no best learning rate.
        const auto offered = runs.offeredMetricColumns();
        QVERIFY(offered.contains(RunListModel::MetricColumn{"valid/ppl_bound", true}));
        QVERIFY(offered.contains(RunListModel::MetricColumn{"train/lr", false}));
        QVERIFY(!offered.contains(RunListModel::MetricColumn{"train/lr", true}));
        // Numbers in the user's language.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString shown =
            runs.index(runs.rowOf(1), RunListModel::FixedColumnCount).data().toString();
        QLocale::setDefault(QLocale::c());
        QVERIFY2(shown.contains(','), qPrintable(shown));

        // Scrolled down, a run added above keeps the run at the top of the view where it is, and a
        // column the user widened keeps its width.
        view->scrollTo(panel.proxy()->index(20, 0), QAbstractItemView::PositionAtTop);
        const qint64 top = view->indexAt(QPoint(1, 1)).data(RunListModel::RunIdRole).toLongLong();
        QVERIFY(top != 0);
        view->setColumnWidth(RunListModel::Status, 300);
        {
            dbw::RunStore writer(store.toStdString());
            addRun(writer, "newest", {}, 3, 1.0);
        }
        runs.refresh(store);
        QCOMPARE(runs.rowCount(), 41);
        QCOMPARE(view->indexAt(QPoint(1, 1)).data(RunListModel::RunIdRole).toLongLong(), top);
        QCOMPARE(view->columnWidth(RunListModel::Status), 300);
    }

    void deleteRemovesRowsAndAskedForFiles() {
        QTemporaryDir dir;
        const QString store = dir.filePath("runs.sqlite");
        qint64 keep = 0, gone = 0, shared = 0;
        const QString folder = dir.filePath("run-gone");
        {
            dbw::RunStore writer(store.toStdString());
            keep = addRun(writer, "keep", {}, 10, 1.0);
            gone = addRun(writer, "gone", {}, 10, 1.0);
            shared = addRun(writer, "resumed-into-keep", {}, 10, 1.0);
            QVERIFY(QDir().mkpath(folder + "/checkpoints/step-00000010"));
            QVERIFY(QDir().mkpath(dir.filePath("run-keep/checkpoints/step-00000010")));
            for (const QString &config :
                 {folder + "/config.json", dir.filePath("run-keep/config.json")}) {
                QFile file(config);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("{}");
            }
            dbw::CheckpointRecord checkpoint{
                0, gone, 10, (folder + "/checkpoints/step-00000010").toStdString(), 1, "{}", ""};
            writer.addCheckpoint(checkpoint);
            dbw::CheckpointRecord keptCheckpoint{
                0, keep, 10, dir.filePath("run-keep/checkpoints/step-00000010").toStdString(),
                1, "{}", ""};
            writer.addCheckpoint(keptCheckpoint);
            dbw::CheckpointRecord sharedCheckpoint{
                0, shared, 20, dir.filePath("run-keep/checkpoints/step-00000020").toStdString(),
                1, "{}",   ""};
            writer.addCheckpoint(sharedCheckpoint);
        }
        RunListModel runs;
        runs.refresh(store);
        RunHistoryPanel panel(&runs);
        QCOMPARE(RunHistoryPanel::runFolder(store, gone), QDir(folder).absolutePath());
        panel.setActiveRun(keep);
        QVERIFY(panel.deleteRuns({keep}, false).contains("training"));  // the active run is refused
        panel.setActiveRun(0);
        // A folder another run still uses is kept, and nothing is deleted.
        QVERIFY(panel.deleteRuns({keep}, true).contains("resumed-into-keep"));
        QVERIFY(QFileInfo::exists(dir.filePath("run-keep/config.json")));
        QCOMPARE(panel.deleteRuns({gone}, true), QString());
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(panel.deleteRuns({shared}, false), QString());
        QVERIFY(
            QFileInfo::exists(dir.filePath("run-keep/config.json")));  // files kept when not asked
        const dbw::RunStore reader(store.toStdString(), dbw::RunStore::Mode::ReadOnly);
        QCOMPARE(reader.listRuns().size(), std::size_t(1));
        QVERIFY(reader.samples(gone).empty());
        QVERIFY(reader.readMetric(gone, "valid/ppl_bound").empty());
    }

    void diffMarksExactlyTheKeysThatDiffer() {
        ConfigDiffModel diff;
        QAbstractItemModelTester tester(&diff,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const std::string base = configWith({});
        diff.setConfigs({{"a", base}, {"b", base}});
        QCOMPARE(diff.differingKeys(), QStringList());
        QCOMPARE(diff.rowCount(), 0);
        diff.setShowOnlyDifferences(false);
        const int allKeys = diff.rowCount();
        QVERIFY(allKeys > 30);
        for (int row = 0; row < allKeys; ++row)
            QVERIFY(!diff.index(row, 0).data(ConfigDiffModel::DiffersRole).toBool());

        json third = json::parse(configWith({"diffusion.schedule=cosine", "training.lr=0.002"}));
        third["extra"] = {{"only_here", 1}};  // a key one run lacks differs too
        diff.setConfigs(
            {{"a", base}, {"b", configWith({"training.batch_size=16"})}, {"c", third.dump()}});
        QCOMPARE(diff.differingKeys(), QStringList({"diffusion.schedule", "extra.only_here",
                                                    "training.batch_size", "training.lr"}));
        QCOMPARE(diff.columnCount(), 4);
        QCOMPARE(diff.headerData(3, Qt::Horizontal).toString(), QString("c"));
        QCOMPARE(diff.rowCount(), allKeys + 1);  // every key is shown, the differing ones marked
        int marked = 0;
        for (int row = 0; row < diff.rowCount(); ++row)
            marked += diff.index(row, 1).data(ConfigDiffModel::DiffersRole).toBool();
        QCOMPARE(marked, 4);
        diff.setShowOnlyDifferences(true);
        QCOMPARE(diff.rowCount(), 4);
        QCOMPARE(diff.index(0, 0).data().toString(), QString("diffusion.schedule"));
        QCOMPARE(diff.index(0, 3).data().toString(), QString("cosine"));
        QCOMPARE(diff.index(1, 1).data().toString(), QString("(not set)"));
        QVERIFY(diff.index(0, 1).data(Qt::BackgroundRole).isValid());
    }

    void comparePageShowsAndExports() {
        ComparePage page;
        page.resize(1400, 900);
        QSignalSpy shown(&page, &ComparePage::comparisonShown);
        page.setRuns(m_store, {m_spindle, m_cosine, m_mutual});
        QVERIFY(shown.wait(20000));
        QCOMPARE(page.runs().size(), 3);
        QCOMPARE(page.metric(), QString("valid/ppl_bound"));
        QCOMPARE(page.chart()->seriesCount(), 3);
        QCOMPARE(page.chart()->buckets(1).size(), 40);  // each run's own points, one bucket each
        QCOMPARE(page.configDiff()->differingKeys(),
                 QStringList({"diffusion.schedule", "model.time_design", "training.lr"}));
        // Deltas against the baseline: cosine's curve is 0.9x spindle's, so its ppl is lower
        // (better).
        QStandardItemModel *summary = page.summary();
        bool found = false;
        for (int row = 0; row < summary->rowCount(); ++row)
            if (summary->item(row, 0)->text() == "valid/ppl_bound" &&
                summary->item(row, 1)->text() == "last") {
                QVERIFY(
                    summary->item(row, 3)->text().contains("▲"));  // cosine vs the spindle baseline
                QVERIFY(summary->item(row, 4)->text().contains("▼"));  // mutual: 1.1x, worse
                found = true;
            }
        QVERIFY(found);
        page.setBaseline(2);
        for (int row = 0; row < summary->rowCount(); ++row)
            if (summary->item(row, 0)->text() == "valid/ppl_bound" &&
                summary->item(row, 1)->text() == "last")
                QVERIFY(
                    summary->item(row, 2)->text().contains("▲"));  // spindle vs the mutual baseline
        QCOMPARE(page.samples()->item(9, 0)->text().toStdString(),
                 std::string("spindle says hello number 0, \"quoted\""));
        QCOMPARE(page.samples()->item(3, 1)->text(), QString("3"));
        QCOMPARE(page.samples()->item(0, 1)->text(),
                 QString("origin not recorded"));  // the fixture's rows say nothing

        // Small multiples: every main metric the runs have, and hovering a run highlights it in
        // all.
        const QVector<MetricChart *> charts = page.allCharts();
        QCOMPARE(charts.size(), 7);
        page.findChild<QCheckBox *>("smallMultiplesToggle")->setChecked(true);
        const auto *ppl = page.findChild<MetricChart *>("grid:valid/ppl_bound");
        QVERIFY(ppl->isVisibleTo(&page) && !page.chart()->isVisibleTo(&page));
        QCOMPARE(ppl->seriesCount(), 3);
        QCOMPARE(ppl->buckets(1).size(), 40);
        Q_EMIT charts[3]->seriesHovered("cosine");
        for (const MetricChart *chart : charts)
            QCOMPARE(chart->highlighted(), QString("cosine"));
        QCOMPARE(ppl->linePenWidth(1), 4);  // bold (3.5 rounds to 4), the others stay 2
        QCOMPARE(ppl->linePenWidth(0), 2);
        Q_EMIT charts[3]->seriesHovered(QString());
        QCOMPARE(ppl->highlighted(), QString());
        // Hiding a run in one chart hides it in all.
        charts[2]->toggleSeries("mutual", false);
        Q_EMIT charts[2]->hiddenSeriesChanged(charts[2]->hiddenSeries());
        for (const MetricChart *chart : charts)
            QVERIFY(chart->isSeriesHidden("mutual"));
        if (qEnvironmentVariableIsSet("DBW_SCREENSHOT_DIR")) {
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.grab().save(qEnvironmentVariable("DBW_SCREENSHOT_DIR") +
                             "/compare-small-multiples.png");
        }
        charts[2]->setHiddenSeries({});
        for (MetricChart *chart : charts)
            chart->setHiddenSeries({});
        page.findChild<QCheckBox *>("smallMultiplesToggle")->setChecked(false);

        page.setMetric("valid/bleu");
        QVERIFY(shown.wait(20000));
        QCOMPARE(page.metric(), QString("valid/bleu"));

        QTemporaryDir out;
        QCOMPARE(page.exportTo(ComparePage::Export::Samples, out.filePath("s.jsonl")), QString());
        const auto read = dbw::parseSamplesJsonLines(
            dbw::readWholeFile(out.filePath("s.jsonl").toStdString()), "s.jsonl");
        const dbw::RunStore store(m_store.toStdString(), dbw::RunStore::Mode::ReadOnly);
        std::vector<dbw::SampleRecord> expected;
        for (const qint64 id : {m_spindle, m_cosine, m_mutual})
            for (const auto &record : store.samples(id))
                expected.push_back(record);
        QCOMPARE(read.size(), expected.size());
        for (std::size_t i = 0; i < read.size(); ++i) {
            QCOMPARE(read[i].id, expected[i].id);
            QCOMPARE(read[i].runId, expected[i].runId);
            QCOMPARE(read[i].step, expected[i].step);
            QCOMPARE(read[i].text, expected[i].text);
            QCOMPARE(read[i].tokenIds, expected[i].tokenIds);
            QCOMPARE(json::parse(read[i].samplerJson), json::parse(expected[i].samplerJson));
            QCOMPARE(json::parse(read[i].metricsJson), json::parse(expected[i].metricsJson));
            QCOMPARE(read[i].createdAt, expected[i].createdAt);
        }
        QCOMPARE(page.exportTo(ComparePage::Export::Samples, out.filePath("s.csv")), QString());
        const QString csv =
            QString::fromStdString(dbw::readWholeFile(out.filePath("s.csv").toStdString()));
        QVERIFY(csv.contains("\"spindle says hello number 0, \"\"quoted\"\"\""));
        QCOMPARE(page.exportTo(ComparePage::Export::Metrics, out.filePath("m.csv")), QString());
        const QStringList lines =
            QString::fromStdString(dbw::readWholeFile(out.filePath("m.csv").toStdString()))
                .split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 2 * (50 + 40 + 30));
        QCOMPARE(page.exportTo(ComparePage::Export::ChartSvg, out.filePath("c.svg")), QString());
        QVERIFY(QString::fromStdString(dbw::readWholeFile(out.filePath("c.svg").toStdString()))
                    .contains("<svg"));
        QCOMPARE(page.exportTo(ComparePage::Export::ChartPng, out.filePath("c.png")), QString());
        QVERIFY(!QImage(out.filePath("c.png")).isNull());
        QCOMPARE(page.exportTo(ComparePage::Export::Config, out.filePath("config.json")),
                 QString());
        QCOMPARE(json::parse(dbw::readWholeFile(out.filePath("config.json").toStdString())),
                 json::parse(store.run(m_mutual)->configJson));  // the baseline's
        QVERIFY(page.exportTo(ComparePage::Export::Samples, out.filePath("s.docx"))
                    .contains("unknown sample format"));
    }

    // Issue 13, item 4: the Likelihood tab pairs each run's evaluation with the baseline's sentence
    // by sentence (values checked against a hand computation), and an evaluation a migration marked
    // invalid is shown as such, not as a bound.
    void likelihoodTabShowsPairedDifferences() {
        QTemporaryDir dir;
        const QString path = dir.filePath("evals.sqlite");
        qint64 ids[3] = {};
        {
            dbw::RunStore store(path.toStdString());
            const char *names[] = {"base", "better", "old-continuous"};
            const std::vector<std::vector<double>> nats = {
                {10, 14, 12}, {9, 13.5, 10.5}, {100, 200, 300}};
            for (int r = 0; r < 3; ++r) {
                dbw::RunRecord run;
                run.name = names[r];
                run.configJson = configWith({});
                store.createRun(run);
                ids[r] = run.id;
                std::vector<dbw::SentenceNats> sentences;
                const int tokens[] = {4, 6, 5};
                double total = 0;
                for (int i = 0; i < 3; ++i) {
                    sentences.push_back({i, tokens[i], tokens[i], nats[r][i], 1.0});
                    total += nats[r][i] + 1.0;
                }
                dbw::EvalRecord eval;
                eval.runId = run.id;
                eval.step = 100;
                eval.split = "/data/brown-valid.txt";
                eval.recipeJson =
                    r == 2
                        ? R"({"T":64,"step_size":4,"estimator":"chain","draws":1,"seed":0,"sentences":3,"split":"/data/brown-valid.txt","is_bound":false,"invalid":"continuous-time ELBO from before the fix (too large by T/s); evaluate the checkpoint again"})"
                        : R"({"T":64,"step_size":4,"estimator":"chain","draws":1,"seed":0,"sentences":3,"split":"/elsewhere/brown-valid.txt","is_bound":true})";
                eval.resultsJson = json{
                    {"nats_per_token", total / 15},
                    {"standard_error_nats_per_token", 0.1},
                    {"nats_per_token_given_length",
                     (total - 3) / 15}}.dump();
                eval.perSentenceJson = dbw::perSentenceJson(sentences);
                store.addEval(eval);
            }
        }
        ComparePage page;
        page.resize(1400, 900);
        QSignalSpy shown(&page, &ComparePage::comparisonShown);
        page.setRuns(path, {ids[0], ids[1], ids[2]});
        QVERIFY(shown.wait(20000));
        QStandardItemModel *table = page.likelihood();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(table->item(0, 0)->text().contains("baseline"));
        QCOMPARE(table->item(0, 2)->data(Qt::UserRole).toDouble(), 39.0 / 15);
        // better - base per sentence: -1, -0.5, -1.5 over 4 + 6 + 5 tokens; residuals d - r t with
        // r = -0.2: -0.2, 0.7, -0.5; paired SE = sqrt(0.78 * 3 / 2) / 15.
        QVERIFY(std::abs(table->item(1, 4)->data(Qt::UserRole).toDouble() - (-0.2)) < 1e-12);
        QVERIFY(std::abs(table->item(1, 4)->data(Qt::UserRole + 1).toDouble() -
                         std::sqrt(0.78 * 1.5) / 15) < 1e-12);
        QVERIFY(table->item(1, 4)->toolTip().contains("better"));
        QVERIFY(table->item(1, 5)->data(Qt::UserRole).toDouble() >
                table->item(1, 4)->data(Qt::UserRole + 1).toDouble());
        QVERIFY2(table->item(2, 2)->text().startsWith("invalid: continuous-time ELBO"),
                 qPrintable(table->item(2, 2)->text()));
        QCOMPARE(table->columnCount() >= 5 && table->item(2, 4) == nullptr,
                 true);  // no difference shown for it

        // Against the invalid one as baseline nothing pairs.
        page.setBaseline(2);
        QVERIFY(table->item(0, 4)->text().contains("no evaluation with the baseline's recipe"));
        page.setBaseline(0);
        if (qEnvironmentVariableIsSet("DBW_SCREENSHOT_DIR")) {
            page.findChild<QTabWidget *>("compareTabs")->setCurrentIndex(3);
            page.grab().save(qEnvironmentVariable("DBW_SCREENSHOT_DIR") +
                             "/compare-likelihood.png");
        }
    }

    void likelihoodTabShowsConditionalGeneration() {
        // Issue 16: a seq2seq run's newest evaluation with generated targets (dbw eval --generate)
        // shows BLEU and exact match, and in its tooltip the copy-the-source baseline and the
        // candidates' diversity; a run without one says so with a dash.
        QTemporaryDir dir;
        const QString path = dir.filePath("generation.sqlite");
        qint64 ids[2] = {};
        {
            dbw::RunStore store(path.toStdString());
            for (int r = 0; r < 2; ++r) {
                dbw::RunRecord run;
                run.name = r == 0 ? "unshuffle" : "lm";
                run.configJson = configWith({});
                store.createRun(run);
                ids[r] = run.id;
                dbw::EvalRecord eval;
                eval.runId = run.id;
                eval.step = 300;
                eval.split = "/data/brown-unshuffle-valid.jsonl";
                json recipe{
                    {"T", 64},   {"step_size", 4}, {"estimator", "chain"}, {"draws", 1},
                    {"seed", 0}, {"sentences", 3}, {"split", eval.split},  {"is_bound", true}};
                json results{{"nats_per_token", 2.5},
                             {"standard_error_nats_per_token", 0.1},
                             {"nats_per_token_given_length", 2.5}};
                if (r == 0) {
                    recipe["generation"] = {
                        {"candidates", 5},
                        {"selection", "MBR: ... (diagonal excluded, as DiffuSeq)"}};
                    results["generation"] = {
                        {"sources", 3},
                        {"model",
                         {{"sentence_bleu", 0.4126},
                          {"corpus_bleu", 0.301},
                          {"rouge_l", 0.6},
                          {"exact_match", 0.25}}},
                        {"copy_source",
                         {{"sentence_bleu", 0.078},
                          {"corpus_bleu", 0.031},
                          {"rouge_l", 0.41},
                          {"exact_match", 0.0}}},
                        {"diversity", {{"distinct1", 0.48}, {"div4", 0.98}, {"self_bleu", 0.055}}}};
                }
                eval.recipeJson = recipe.dump();
                eval.resultsJson = results.dump();
                store.addEval(eval);
            }
        }
        ComparePage page;
        page.resize(1400, 900);
        QSignalSpy shown(&page, &ComparePage::comparisonShown);
        page.setRuns(path, {ids[0], ids[1]});
        QVERIFY(shown.wait(20000));
        QStandardItemModel *table = page.likelihood();
        QCOMPARE(table->horizontalHeaderItem(6)->text(), QString("Generation (seq2seq)"));
        QCOMPARE(table->item(0, 6)->text(), QString("BLEU 0.413 · exact 0.250 · S = 5, MBR"));
        const QString tip = table->item(0, 6)->toolTip();
        QVERIFY2(tip.contains("3 source") && tip.contains("corpus BLEU 0.301") &&
                     tip.contains("copying the source: sentence BLEU 0.078") &&
                     tip.contains("self-BLEU 0.055"),
                 qPrintable(tip));
        QCOMPARE(table->item(1, 6)->text(), QString("—"));
        if (qEnvironmentVariableIsSet("DBW_SCREENSHOT_DIR")) {
            page.findChild<QTabWidget *>("compareTabs")->setCurrentIndex(3);
            page.grab().save(qEnvironmentVariable("DBW_SCREENSHOT_DIR") +
                             "/compare-generation.png");
        }
    }

    void windowComparesTheSelectedRuns() {
        qputenv("DBW_STORE", m_store.toUtf8());
        MainWindow window;
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.refreshRuns();
        RunHistoryPanel *history = window.runHistory();
        history->selectRuns({m_spindle, m_cosine, m_mutual});
        QCOMPARE(history->selectedRuns().size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(window.comparePage()->runs().size(), 3, 20000);
        // The filter panel's combos offer what the runs have.
        auto *schedule = history->findChild<QComboBox *>("filter:schedule");
        QTRY_COMPARE(schedule->count(), 4);  // any + three schedules
        schedule->setCurrentIndex(schedule->findData("cosine"));
        QCOMPARE(history->proxy()->rowCount(), 1);
        schedule->setCurrentIndex(0);
        QCOMPARE(history->proxy()->rowCount(), 3);
        if (const QString dir = qEnvironmentVariable("DBW_SCREENSHOT_DIR"); !dir.isEmpty()) {
            window.findChild<QTabWidget *>("pages")->setCurrentWidget(window.comparePage());
            QTest::qWait(200);
            window.grab().save(dir + "/compare-window.png");
        }
    }

    void comparingTwentyRunsOfAHundredThousandPoints() {
        QTemporaryDir dir;
        const QString store = dir.filePath("big.sqlite");
        QElapsedTimer timer;
        timer.start();
        QVector<qint64> ids;
        {
            dbw::RunStore writer(store.toStdString());
            for (int r = 0; r < 20; ++r)
                ids.append(addRun(writer, "run-" + std::to_string(r),
                                  {"training.lr=" + std::to_string(0.001 * (r + 1))}, 100000,
                                  1.0 + 0.01 * r));
        }
        const double writeSeconds = timer.nsecsElapsed() / 1e9;
        ComparePage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy shown(&page, &ComparePage::comparisonShown);
        timer.restart();
        page.setRuns(store, ids);
        QVERIFY(shown.wait(60000));
        const double firstSeconds = timer.nsecsElapsed() / 1e9;
        const double firstRead = page.lastLoadSeconds(), firstDraw = page.lastDrawSeconds();
        QCOMPARE(page.runs().size(), 20);
        QVERIFY(page.chart()->buckets(0).size() > 100);
        timer.restart();
        page.setMetric("valid/bleu");  // a redraw as a user switches metrics
        QVERIFY(shown.wait(60000));
        const double switchSeconds = timer.nsecsElapsed() / 1e9;
        qInfo(
            "20 runs x 100k points (x2 metrics; writing the store took %.1f s): first comparison "
            "%.0f ms (store reads %.0f ms on "
            "the worker, tables and chart %.0f ms on the GUI thread); metric switch %.0f ms (%.0f "
            "ms GUI)",
            writeSeconds, firstSeconds * 1000, firstRead * 1000, firstDraw * 1000,
            switchSeconds * 1000, page.lastDrawSeconds() * 1000);

        // Exporting every point (a worker when chosen from the menu) and deleting a run (GUI
        // thread).
        QTemporaryDir out;
        timer.restart();
        QCOMPARE(page.exportTo(ComparePage::Export::Metrics, out.filePath("m.csv")), QString());
        const double exportSeconds = timer.nsecsElapsed() / 1e9;
        RunListModel runs;
        runs.refresh(store);
        RunHistoryPanel panel(&runs);
        timer.restart();
        QCOMPARE(panel.deleteRuns({ids.front()}, false), QString());
        qInfo(
            "metrics CSV of 20 x 200k points %.0f ms (%lld MB); deleting a run of 200k points (GUI "
            "thread) %.0f ms",
            exportSeconds * 1000, QFileInfo(out.filePath("m.csv")).size() >> 20,
            timer.nsecsElapsed() / 1e6);
    }
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
