// The run store across processes: two writers at once lose nothing; a writer killed with SIGKILL
// mid-stream leaves a store that opens, passes integrity_check and holds every committed row.
#include "store/runstore.h"

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
    void twoWritersLoseNothing()
    {
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
            const double expected = 0.5 * (double(kPoints) * (kPoints - 1) / 2) + double(run.id) * kPoints;
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

    void killedWriterLosesNoCommittedRow()
    {
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
        QVERIFY(run.status == RunStatus::Running);  // it never got to say otherwise
        const auto points = store2.readMetric(run.id, "train/loss");
        QVERIFY2(long(points.size()) >= committed,
                 qPrintable(QString("%1 points on disk, %2 reported committed").arg(points.size()).arg(committed)));
        QCOMPARE(points.size() % 500, std::size_t(0));  // whole transactions only
        for (std::size_t i = 0; i < points.size(); ++i)
            QCOMPARE(points[i].step, std::int64_t(i));  // no gaps
        QCOMPARE(store2.summaries(run.id).front().count, std::int64_t(points.size()));
    }
};

QTEST_GUILESS_MAIN(TestStoreProcesses)
#include "tst_store_processes.moc"
