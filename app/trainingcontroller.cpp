#include "trainingcontroller.h"

#include "store/runstore.h"
#include "train/trainer.h"

#include <QMetaObject>

#include <exception>

TrainingController::TrainingController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TrainingController::State>();
}

TrainingController::~TrainingController()
{
    stop();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void TrainingController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool TrainingController::start(const dbw::RunConfig &config, const QString &outputDirectory, const QString &storePath)
{
    return launch(storePath, [config, outputDirectory](dbw::RunStore &store, const auto &say) {
        return std::make_unique<dbw::Trainer>(config, outputDirectory.toStdString(), &store, say);
    });
}

bool TrainingController::resumeFrom(const QString &checkpointDirectory, const QString &storePath)
{
    return launch(storePath, [checkpointDirectory](dbw::RunStore &store, const auto &say) {
        return dbw::Trainer::resume(checkpointDirectory.toStdString(), &store, 0, say);
    });
}

bool TrainingController::launch(
    const QString &storePath,
    std::function<std::unique_ptr<dbw::Trainer>(dbw::RunStore &, const std::function<void(const std::string &)> &)> make)
{
    if (m_state != State::Idle)
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_stopRequested = false;
    m_pauseRequested = false;
    m_runId = 0;
    setState(State::Preparing);
    // The worker talks back only through queued invocations on this object.
    m_thread = QThread::create([this, make, storePath] {
        auto post = [this](auto function) { QMetaObject::invokeMethod(this, function, Qt::QueuedConnection); };
        QString status = QStringLiteral("failed"), detail;
        try {
            dbw::RunStore store(storePath.toStdString());  // this thread's own connection
            const auto trainer = make(store, [&](const std::string &text) {
                post([this, text = QString::fromStdString(text)] { Q_EMIT message(text); });
            });
            dbw::TrainCallbacks callbacks;
            callbacks.onStarted = [&](std::int64_t id) {
                post([this, id] {
                    m_runId = id;
                    Q_EMIT runCreated(id);
                });
            };
            bool announced = false;
            callbacks.onStep = [&](const dbw::StepReport &report) {
                if (!announced) {
                    announced = true;
                    post([this] { setState(State::Running); });
                }
                post([this, report] { Q_EMIT stepReported(report.step, report.totalSteps, report.loss, report.tokensPerSecond); });
                if (m_pauseRequested) {
                    post([this] { setState(State::Paused); });
                    QMutexLocker locker(&m_mutex);
                    while (m_pauseRequested && !m_stopRequested)
                        m_resumed.wait(&m_mutex);
                    if (!m_stopRequested)
                        post([this] { setState(State::Running); });
                }
                return !m_stopRequested.load();
            };
            callbacks.onValidation = [&](const dbw::ValidationReport &report) {
                post([this, report] { Q_EMIT validationReported(report.step, report.nelboPerToken, report.perplexityBound); });
            };
            callbacks.onSamples = [&](std::int64_t step, const std::vector<std::string> &texts) {
                QStringList list;
                for (const std::string &text : texts)
                    list << QString::fromStdString(text);
                post([this, step, list] { Q_EMIT samplesReported(step, list); });
            };
            const dbw::TrainResult result = trainer->run(callbacks);
            status = QString::fromStdString(result.status);
            detail = result.status == "failed" ? QString::fromStdString(result.error)
                                               : QString::fromStdString(result.lastCheckpoint);
        } catch (const std::exception &error) {
            detail = QString::fromStdString(error.what());  // bad config, corpus, device: nothing ran
        }
        post([this, status, detail] {
            setState(State::Idle);
            Q_EMIT finished(status, detail);
        });
    });
    m_thread->setObjectName(QStringLiteral("Training"));
    m_thread->start();
    return true;
}

void TrainingController::pause()
{
    if (m_state == State::Running)
        m_pauseRequested = true;
}

void TrainingController::resume()
{
    QMutexLocker locker(&m_mutex);
    m_pauseRequested = false;
    m_resumed.wakeAll();
}

void TrainingController::stop()
{
    if (m_state == State::Idle)
        return;
    setState(State::Stopping);
    m_stopRequested = true;
    QMutexLocker locker(&m_mutex);
    m_resumed.wakeAll();
}
