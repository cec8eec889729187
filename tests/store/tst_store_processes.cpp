// The run store across processes: two writers at once lose nothing; a writer killed with SIGKILL
// mid-stream leaves a store that opens, passes integrity_check and holds every committed row and
// reads as interrupted; a process that keeps a connection and reopens the store every second (the
// workbench) keeps its locks while writers come and go.
#include "store/runstore.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace dbw;

namespace {
const QString kWriter = QStringLiteral(DBW_BIN_DIR "/store_writer");
}

class TestStoreProcesses : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void twoWritersLoseNothing() {
        const QString store = m_dir.filePath("concurrent.sqlite");
        constexpr int kPoints = 100000;
        QProcess first, second;
        first.start(kWriter, {store, "writer-a", QString::number(kPoints), "1000"});
        second.start(kWriter, {store, "writer-b", QString::number(kPoints), "1000"});
        QVERIFY(first.waitForFinished(300000));
        QVERIFY(second.waitForFinished(300000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

        RunStore reader(store.toStdString(), RunStore::Mode::ReadOnly);
        const auto runs = reader.listRuns();
        QCOMPARE(runs.size(), std::size_t(2));
        for (const RunRecord &run : runs) {
            QVERIFY(run.status == RunStatus::Finished);
            const auto points = reader.readMetric(run.id, "train/loss");
            QCOMPARE(points.size(), std::size_t(kPoints));
            double sum = 0;
            for (const MetricPoint &point : points)
                sum += point.value;
            // value = step / 2 + run id: exact in double arithmetic.
            const double expected =
                0.5 * (double(kPoints) * (kPoints - 1) / 2) + double(run.id) * kPoints;
            QCOMPARE(sum, expected);
            const MetricSummary summary = reader.summaries(run.id).front();
            QCOMPARE(summary.count, std::int64_t(kPoints));
            QCOMPARE(summary.last, (kPoints - 1) * 0.5 + double(run.id));
            std::int64_t decimatedCount = 0;
            for (const DecimatedBucket &bucket : reader.readDecimated(run.id, "train/loss", 2000))
                decimatedCount += bucket.count;
            QCOMPARE(decimatedCount, std::int64_t(kPoints));
        }
        QCOMPARE(reader.integrityCheck(), std::string("ok"));
    }

    // Issue 12, defect 1. Process A (this test) keeps a connection and opens the store anew before
    // each writer, as the workbench's views do every second; process B creates a run and exits,
    // ten times. Before the fix each open read the header through a descriptor of its own, whose
    // close dropped A's fcntl locks: B, finding itself alone, deleted -wal and -shm on exit and
    // A's kept connection froze on the old snapshot (data_version stopped moving, new runs never
    // appeared).
    void keptConnectionSeesEveryWriterWhileReopening() {
        const QString store = m_dir.filePath("shared.sqlite");
        QCOMPARE(QProcess::execute(kWriter, {store, "first", "10", "10"}), 0);
        RunStore kept(store.toStdString(), RunStore::Mode::ReadOnly);
        QCOMPARE(kept.listRuns().size(), std::size_t(1));
        std::int64_t version = kept.dataVersion();
        for (int i = 0; i < 10; ++i) {
            {
                RunStore reopened(store.toStdString(),
                                  RunStore::Mode::ReadOnly);  // the views' refresh
                QCOMPARE(reopened.listRuns().size(), std::size_t(1 + i));
            }
            QProcess writer;
            writer.start(kWriter, {store, QString("writer-%1").arg(i), "20", "10"});
            QVERIFY(writer.waitForFinished(60000));
            QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
            QVERIFY2(
                QFileInfo::exists(store + "-shm"),
                qPrintable(QString("-shm deleted under a live reader after writer %1").arg(i)));
            const std::int64_t now = kept.dataVersion();
            QVERIFY2(now != version,
                     qPrintable(QString("data_version froze after writer %1").arg(i)));
            version = now;
            const auto runs = kept.listRuns();
            QCOMPARE(runs.size(), std::size_t(2 + i));
            QCOMPARE(QString::fromStdString(runs.front().name), QString("writer-%1").arg(i));
            QVERIFY(runs.front().status == RunStatus::Finished);
        }
        QCOMPARE(kept.integrityCheck(), std::string("ok"));
    }

    void killedWriterLosesNoCommittedRow() {
        const QString store = m_dir.filePath("crash.sqlite");
        QProcess writer;
        writer.start(kWriter, {store, "doomed", "10000000", "500", "2"});
        QVERIFY(writer.waitForStarted());
        long committed = 0;
        while (committed < 20000) {
            QVERIFY2(writer.waitForReadyRead(60000), "the writer stopped reporting");
            while (writer.canReadLine()) {
                const QByteArray line = writer.readLine().trimmed();
                if (line.startsWith("committed "))
                    committed = line.mid(10).toLong();
            }
        }
        writer.kill();  // SIGKILL, in the middle of the stream
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Lines printed after the last one we read are committed too.
        while (writer.canReadLine()) {
            const QByteArray line = writer.readLine().trimmed();
            if (line.startsWith("committed "))
                committed = line.mid(10).toLong();
        }

        RunStore store2(store.toStdString());  // opens (and recovers the WAL)
        QCOMPARE(store2.integrityCheck(), std::string("ok"));
        const RunRecord run = store2.listRuns().front();
        // It never got to say otherwise, but its process is gone: interrupted, not running.
        QVERIFY(run.status == RunStatus::Interrupted);
        QVERIFY(!run.live());
        const auto points = store2.readMetric(run.id, "train/loss");
        QVERIFY2(long(points.size()) >= committed,
                 qPrintable(QString("%1 points on disk, %2 reported committed")
                                .arg(points.size())
                                .arg(committed)));
        QCOMPARE(points.size() % 500, std::size_t(0));  // whole transactions only
        for (std::size_t i = 0; i < points.size(); ++i)
            QCOMPARE(points[i].step, std::int64_t(i));  // no gaps
        QCOMPARE(store2.summaries(run.id).front().count, std::int64_t(points.size()));
    }
};

QTEST_GUILESS_MAIN(TestStoreProcesses)
#include "tst_store_processes.moc"
