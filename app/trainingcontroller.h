#pragma once

#include "train/runconfig.h"

#include <functional>
#include <memory>

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QThread>
#include <QWaitCondition>

#include <atomic>

// Runs the engine's trainer on a worker thread and reports through queued signals. Pause blocks
// the trainer between steps; stop makes it write a checkpoint and end. Exceptions never leave the
// worker: they arrive as finished("failed", message), and the run is marked failed in the store.
namespace dbw {
class RunStore;
class Trainer;
}  // namespace dbw

class TrainingController : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Preparing, Running, Paused, Stopping };
    Q_ENUM(State)

    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;  // stops a running training and waits for it

    // Starts training `config` into `outputDirectory`, recording in the store at `storePath`.
    // Returns false (and emits nothing) when a training is already running.
    bool start(const dbw::RunConfig &config, const QString &outputDirectory,
               const QString &storePath);
    // Data parallel on `processes` local ranks: runs `dbw train --nproc N` (the dbw beside this
    // program, or `dbwProgram`) and reports what its JSON lines say; the run is in the store as
    // any other. Pausing is not offered (the ranks would time out waiting for each other); stop
    // sends the launcher SIGINT, and every rank stops at one step with a checkpoint.
    bool startProcesses(const dbw::RunConfig &config, const QString &outputDirectory,
                        const QString &storePath, int processes, const QString &dbwProgram = {});
    // Continues a stopped run exactly from one of its checkpoints (a child run in the store).
    bool resumeFrom(const QString &checkpointDirectory, const QString &storePath);
    bool canPause() const { return m_state == State::Running && !m_process; }
    void pause();
    void resume();
    void stop();
    State state() const { return m_state; }
    qint64 runId() const { return m_runId; }

Q_SIGNALS:
    void stateChanged(TrainingController::State state);
    void message(const QString &text);  // preparation progress
    void runCreated(qint64 runId);
    void stepReported(qint64 step, qint64 totalSteps, double loss, double tokensPerSecond);
    void validationReported(qint64 step, double nelboPerToken, double perplexityPerToken);
    void samplesReported(qint64 step, const QStringList &texts);
    void finished(const QString &status, const QString &detail);

private:
    void setState(State state);
    // Runs the trainer `make` builds on the worker thread.
    bool launch(const QString &storePath,
                std::function<std::unique_ptr<dbw::Trainer>(
                    dbw::RunStore &, const std::function<void(const std::string &)> &)>
                    make);

    void readProcessOutput();

    QThread *m_thread = nullptr;
    QPointer<QProcess> m_process;  // a multi-process run's launcher
    QString m_processConfig;       // its config file, removed when it ends
    QString m_processResult, m_processDetail;
    State m_state = State::Idle;
    qint64 m_runId = 0;
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_pauseRequested{false};
    QMutex m_mutex;
    QWaitCondition m_resumed;
};
