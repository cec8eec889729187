#pragma once

#include "store/runstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

#include <cmath>
#include <vector>

// How far a run is and when it will be done, from what its writer (this window or another
// process) committed: the steps of its training-loss points, their training seconds, and the
// configured total. Plain arithmetic, so that it can be tested.
struct RunProgress {
    qint64 done = 0, total = 0;
    double secondsLeft = -1;  // < 0: not known yet (fewer than two points, or no time passed)

    static RunProgress of(const std::vector<dbw::DecimatedBucket> &loss, qint64 totalSteps) {
        RunProgress progress;
        progress.total = totalSteps;
        if (loss.empty())
            return progress;
        const dbw::DecimatedBucket &first = loss.front(), &last = loss.back();
        progress.done = last.lastStep;
        const double seconds = last.lastWallTime - first.lastWallTime;
        const double steps = static_cast<double>(last.lastStep - first.lastStep);
        if (seconds > 0 && steps > 0 && totalSteps >= progress.done)
            progress.secondsLeft =
                static_cast<double>(totalSteps - progress.done) * seconds / steps;
        return progress;
    }

    // "about 3 min 20 s", "about 1 h 05 min", "under a second".
    static QString formatDuration(double seconds) {
        auto tr = [](const char *text) { return QCoreApplication::translate("RunProgress", text); };
        if (seconds < 1)
            return tr("under a second");
        const qint64 whole = std::llround(seconds);
        if (whole < 60)
            return tr("about %1 s").arg(whole);
        if (whole < 3600)
            return tr("about %1 min %2 s").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
        return tr("about %1 h %2 min")
            .arg(whole / 3600)
            .arg((whole % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
};

// The time left of work reported as "done of total" while it runs in this process (generation,
// evaluation): from the rate since the first report, so that loading the checkpoint before the
// first unit of work does not count as work.
class WorkEta {
public:
    void start() {
        m_clock.start();
        m_firstDone = -1;
    }
    double secondsLeft(qint64 done, qint64 total) {
        return secondsLeft(done, total, m_clock.nsecsElapsed() / 1e9);
    }
    // < 0 while unknown (the first report, or no progress since it).
    double secondsLeft(qint64 done, qint64 total, double nowSeconds) {
        if (m_firstDone < 0) {
            m_firstDone = done;
            m_firstSeconds = nowSeconds;
            return -1;
        }
        if (done <= m_firstDone || nowSeconds <= m_firstSeconds || total < done)
            return -1;
        return (nowSeconds - m_firstSeconds) / static_cast<double>(done - m_firstDone) *
               static_cast<double>(total - done);
    }

private:
    QElapsedTimer m_clock;
    qint64 m_firstDone = -1;
    double m_firstSeconds = 0;
};
