// The CPU kernels of model/cpukernels.h. Dropout: the keep rate and scale of inverted dropout,
// reproducible under torch::manual_seed, independent of the thread count, fresh draws per call,
// gradients through the kept positions only.
#include "model/cpukernels.h"

#include <ATen/Parallel.h>

#include <QtTest>

using namespace dbw;

class TestCpuKernels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keepsOneMinusPScaledUp_data() {
        QTest::addColumn<double>("p");
        QTest::addColumn<int>("dtype");
        QTest::newRow("p 0.1 fp32") << 0.1 << static_cast<int>(torch::kFloat32);
        QTest::newRow("p 0.5 fp32") << 0.5 << static_cast<int>(torch::kFloat32);
        QTest::newRow("p 0.1 bf16") << 0.1 << static_cast<int>(torch::kBFloat16);
        QTest::newRow("p 0.9 fp64") << 0.9 << static_cast<int>(torch::kFloat64);
    }

    void keepsOneMinusPScaledUp() {
        QFETCH(double, p);
        QFETCH(int, dtype);
        const auto like = torch::zeros(
            {1000, 1000}, torch::TensorOptions().dtype(static_cast<torch::ScalarType>(dtype)));
        const auto mask = dropoutKeepMask(like, p, 12345);
        QCOMPARE(mask.scalar_type(), like.scalar_type());
        const auto kept = (mask != 0).to(torch::kFloat64);
        // 1e6 draws: the standard error of the keep share is below 5e-4.
        QVERIFY2(std::abs(kept.mean().item<double>() - (1 - p)) < 3e-3,
                 qPrintable(QString::number(kept.mean().item<double>())));
        const double scale = mask.to(torch::kFloat64).max().item<double>();
        QVERIFY(std::abs(scale - 1 / (1 - p)) < 1e-2 * scale);  // bf16 rounds 1/0.9 to 1.109
        QCOMPARE(mask.to(torch::kFloat64).min().item<double>(), 0.0);
        // Neighbouring draws are not correlated (a counter hash done wrong repeats patterns).
        const auto flat = kept.flatten();
        const double lagged = (flat.slice(0, 1) * flat.slice(0, 0, -1)).mean().item<double>();
        QVERIFY(std::abs(lagged - (1 - p) * (1 - p)) < 4e-3);
    }

    void sameSeedSameMaskForAnyThreadCount() {
        const auto like = torch::zeros({257, 301});
        const int threads = at::get_num_threads();
        at::set_num_threads(1);
        const auto one = dropoutKeepMask(like, 0.3, 7);
        at::set_num_threads(std::max(2, threads));
        const auto many = dropoutKeepMask(like, 0.3, 7);
        at::set_num_threads(threads);
        QVERIFY(torch::equal(one, many));
        QVERIFY(!torch::equal(one, dropoutKeepMask(like, 0.3, 8)));
    }

    void reproducibleUnderManualSeedFreshPerCall() {
        const auto x = torch::ones({64, 128});
        torch::manual_seed(3);
        const auto first = fastDropout(x, 0.2, true);
        const auto second = fastDropout(x, 0.2, true);
        QVERIFY(!torch::equal(first, second));
        torch::manual_seed(3);
        QVERIFY(torch::equal(first, fastDropout(x, 0.2, true)));
        QVERIFY(torch::equal(fastDropout(x, 0.2, false), x));
        QVERIFY(torch::equal(fastDropout(x, 0.0, true), x));
    }

    void gradientFlowsThroughKeptPositionsOnly() {
        const auto x = torch::randn({32, 16}).requires_grad_(true);
        torch::manual_seed(11);
        const auto y = fastDropout(x, 0.25, true);
        y.sum().backward();
        const auto kept = y.detach() != 0;
        QVERIFY(torch::allclose(x.grad(), kept.to(torch::kFloat32) / 0.75));
    }
};

QTEST_APPLESS_MAIN(TestCpuKernels)
#include "tst_cpukernels.moc"
