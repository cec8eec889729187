#pragma once

#include "sample/sampler.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QThread;
namespace dbw {
class Trajectory;
}

// Samples from a checkpoint on a worker thread with the trajectory recorded, reports progress and
// can be cancelled between steps. The samples and the trajectory go into the run store (when the
// checkpoint's run is in it) like `dbw sample` does. Exceptions never leave the worker: they
// arrive as failed(message).
class SamplingController : public QObject {
    Q_OBJECT

public:
    struct Request {
        QString checkpoint;  // a checkpoint folder
        QString device = QStringLiteral("cpu");
        dbw::SamplerConfig config;
        QString storePath;  // empty: do not record
        qint64 runId = 0;   // the run the checkpoint belongs to (0: none)
        qint64 step = 0;    // its training step
    };

    explicit SamplingController(QObject *parent = nullptr);
    ~SamplingController() override;  // cancels and waits

    // False when a sampling (or an opening) is already running.
    bool start(const Request &request);
    // Reads a recorded trajectory (a dbw-trajectory/1 file) on the worker thread.
    bool open(const QString &path);
    // Reads trajectory `trajectoryId` of the run store at `storePath` on the worker thread.
    bool openRecorded(const QString &storePath, qint64 trajectoryId);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(int step, int steps);
    // The trajectory, parsed on the worker; seconds of sampling (0 for a file opened).
    void finished(std::shared_ptr<const dbw::Trajectory> trajectory, double seconds);
    void failed(const QString &message);

private:
    bool launch(std::function<void()> work);

    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

Q_DECLARE_METATYPE(std::shared_ptr<const dbw::Trajectory>)
