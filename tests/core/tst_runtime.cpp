// Engine start-up: LibTorch uses every core (it defaults to 1 on this VM) and the slow reference
// BLAS is recognised so that a warning can be shown.
#include "runtime/runtime.h"

#include <QtTest>

#include <thread>

using namespace dbw;

class TestRuntime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void usesAllCoresByDefault() {
        const RuntimeInfo info = initialiseRuntime();
        QCOMPARE(info.threads, static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
        QCOMPARE(info.hardwareThreads, info.threads);
        QCOMPARE(initialiseRuntime(1).threads, 1);
        QCOMPARE(currentRuntimeInfo().threads, 1);
        QVERIFY(!info.torchVersion.empty());
        QVERIFY(!info.codeVersion.empty());
    }

    void runsOnTheAllocatorCMakeLinked() {
        // tcmalloc is linked through dbw_core when libtcmalloc-minimal4 is present (2x faster
        // training); a build that lost it silently would fall back to glibc's page faults.
        QCOMPARE(QString::fromStdString(allocatorName()), QStringLiteral(DBW_EXPECTED_ALLOCATOR));
        QCOMPARE(QString::fromStdString(currentRuntimeInfo().allocator),
                 QStringLiteral(DBW_EXPECTED_ALLOCATOR));
    }

    void classifiesBlas_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("openblas");
        QTest::addColumn<bool>("mkl");
        QTest::addColumn<QString>("kind");
        QTest::newRow("Debian netlib reference")
            << "/usr/lib/x86_64-linux-gnu/blas/libblas.so.3.11.0" << false << false << "reference";
        QTest::newRow("Debian OpenBLAS (OpenMP)")
            << "/usr/lib/x86_64-linux-gnu/openblas-openmp/libblas.so.3" << true << false
            << "openblas";
        QTest::newRow("OpenBLAS symbols, generic path")
            << "/opt/lib/libblas.so.3" << true << false << "openblas";
        QTest::newRow("MKL") << "/opt/intel/lib/libmkl_rt.so" << false << true << "mkl";
        QTest::newRow("BLIS") << "/usr/lib/x86_64-linux-gnu/blis-openmp/libblas.so.3" << false
                              << false << "other";
        QTest::newRow("none loaded") << "" << false << false << "unknown";
    }

    void classifiesBlas() {
        QFETCH(QString, path);
        QFETCH(bool, openblas);
        QFETCH(bool, mkl);
        QFETCH(QString, kind);
        QCOMPARE(QString::fromStdString(classifyBlas(path.toStdString(), openblas, mkl)), kind);
    }

    void thisMachineHasNoReferenceBlasWarning() {
        // The setup script installs OpenBLAS; on a machine where the reference BLAS is active the
        // warning must be there, and otherwise it must not.
        const RuntimeInfo info = currentRuntimeInfo();
        const bool warned = !info.warnings.empty();
        QCOMPARE(warned, info.blasKind == "reference");
    }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
