// Noise schedules: boundary values, monotonicity, the reference values of diffusionbert.md,
// derivatives against finite differences, and the spindle's direction and validity check.
#include "diffusion/schedule.h"

#include <QtTest>

#include <cmath>

using namespace dbw;

Q_DECLARE_METATYPE(ScheduleKind)

class TestSchedule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyScheduleGoesFromOneToZero_data() {
        QTest::addColumn<ScheduleKind>("kind");
        QTest::addColumn<ScheduleKind>("base");
        QTest::newRow("mutual") << ScheduleKind::Mutual << ScheduleKind::Mutual;
        QTest::newRow("cosine") << ScheduleKind::Cosine << ScheduleKind::Cosine;
        QTest::newRow("linear-beta") << ScheduleKind::LinearBeta << ScheduleKind::LinearBeta;
        QTest::newRow("loglinear") << ScheduleKind::LogLinear << ScheduleKind::LogLinear;
        QTest::newRow("spindle (mutual)") << ScheduleKind::Spindle << ScheduleKind::Mutual;
        QTest::newRow("spindle (cosine)") << ScheduleKind::Spindle << ScheduleKind::Cosine;
        QTest::newRow("spindle (linear-beta)") << ScheduleKind::Spindle << ScheduleKind::LinearBeta;
    }

    void everyScheduleGoesFromOneToZero() {
        QFETCH(ScheduleKind, kind);
        QFETCH(ScheduleKind, base);
        const NoiseSchedule schedule(kind, base, 0.3);
        for (const double offset : {-0.7, 0.0, 0.3}) {
            QCOMPARE(schedule.keep(0.0, offset), 1.0);
            QCOMPARE(schedule.keep(1.0, offset), 0.0);
            double previous = 1.0;
            for (int t = 1; t <= 2048; ++t) {
                const double keep = schedule.keep(t / 2048.0, offset);
                QVERIFY2(keep <= previous + 1e-15, qPrintable(QString("rises at t=%1").arg(t)));
                QVERIFY(keep >= 0.0 && keep <= 1.0);
                previous = keep;
            }
        }
        QVERIFY_THROWS_NO_EXCEPTION(schedule.checkMonotone(-0.7, 0.3));
    }

    void referenceValues() {
        // diffusionbert.md §2.1 and §2.3, T = 2048.
        const NoiseSchedule mutual(ScheduleKind::Mutual);
        QCOMPARE(mutual.keep(1024 / 2048.0), 0.5);
        QCOMPARE(mutual.keep(2047 / 2048.0), 1.0 / 2048);
        const NoiseSchedule cosine(ScheduleKind::Cosine);
        QCOMPARE(std::round(cosine.keep(512 / 2048.0) * 1000) / 1000, 0.920);
        QCOMPARE(std::round(cosine.keep(1024 / 2048.0) * 1000) / 1000, 0.703);
        QCOMPARE(std::round(cosine.keep(1536 / 2048.0) * 1000) / 1000, 0.380);
        // The spindle example of §2.2: lambda 0.3 at t = T/2 moves keep by 0.3 * offset.
        const NoiseSchedule spindle(ScheduleKind::Spindle, ScheduleKind::Mutual, 0.3);
        QVERIFY(std::abs(spindle.keep(0.5, 0.2) - 0.56) < 1e-12);
        QVERIFY(std::abs(spindle.keep(0.5, -0.2) - 0.44) < 1e-12);
        QVERIFY(spindle.likelihoodIsBound());
        QVERIFY(!NoiseSchedule(ScheduleKind::SpindleReference).likelihoodIsBound());
    }

    void derivativesMatchFiniteDifferences() {
        for (ScheduleKind kind :
             {ScheduleKind::Mutual, ScheduleKind::Cosine, ScheduleKind::LinearBeta,
              ScheduleKind::LogLinear, ScheduleKind::Spindle}) {
            const NoiseSchedule schedule(kind, ScheduleKind::Cosine, 0.3);
            for (const double u : {0.1, 0.37, 0.5, 0.81}) {
                const double h = 1e-6;
                const double numeric =
                    (schedule.keep(u + h, 0.25) - schedule.keep(u - h, 0.25)) / (2 * h);
                QVERIFY2(std::abs(numeric - schedule.keepDerivative(u, 0.25)) < 1e-6,
                         qPrintable(QString::fromStdString(toString(kind)) + " at " +
                                    QString::number(u)));
            }
        }
    }

    void spindleMasksInformativeTokensFirst() {
        const NoiseSchedule spindle(ScheduleKind::Spindle, ScheduleKind::Mutual, 0.3);
        // A frequent token (positive offset) is kept longer than a rare one (negative offset).
        for (const double u : {0.1, 0.5, 0.9})
            QVERIFY(spindle.keep(u, 0.3) > spindle.keep(u, -0.3));
    }

    void tooStrongASpindleIsRefused() {
        // Loglinear ends at alpha = 1e-3 before the final jump to 0, so a strong bend makes a
        // rare token's keep probability rise again near the end.
        const NoiseSchedule strong(ScheduleKind::Spindle, ScheduleKind::LogLinear, 1.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, strong.checkMonotone(-1.0, 1.0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, scheduleKindFromString("spindel"));
        QVERIFY(scheduleKindFromString("linear-beta") == ScheduleKind::LinearBeta);
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
