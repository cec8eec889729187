#include "trainingcontroller.h"

#include "store/runstore.h"
#include "train/trainer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QProcess>
#include <QTemporaryFile>

#include <csignal>

#include <exception>

TrainingController::TrainingController(QObject *parent) : QObject(parent) {
    qRegisterMetaType<TrainingController::State>();
}

TrainingController::~TrainingController() {
    stop();
    if (m_process) {  // the ranks were told to stop; let them write their checkpoint
        m_process->disconnect(this);
        m_process->waitForFinished(60000);
        QFile::remove(m_processConfig);
        delete m_process;
    }
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void TrainingController::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool TrainingController::start(const dbw::RunConfig &config, const QString &outputDirectory,
                               const QString &storePath) {
    return launch(storePath, [config, outputDirectory](dbw::RunStore &store, const auto &say) {
        return std::make_unique<dbw::Trainer>(config, outputDirectory.toStdString(), &store, say);
    });
}

bool TrainingController::startProcesses(const dbw::RunConfig &config,
                                        const QString &outputDirectory, const QString &storePath,
                                        int processes, const QString &dbwProgram) {
    if (m_state != State::Idle)
        return false;
    m_runId = 0;
    m_stopRequested = false;
    m_processResult.clear();
    m_processDetail.clear();
    setState(State::Preparing);
    const auto fail = [this](const QString &detail) {
        QMetaObject::invokeMethod(
            this,
            [this, detail] {
                setState(State::Idle);
                Q_EMIT finished(QStringLiteral("failed"), detail);
            },
            Qt::QueuedConnection);
        return true;
    };
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("dbw-run-config-XXXXXX.json")));
    file.setAutoRemove(false);
    if (!file.open() || file.write(QByteArray::fromStdString(dbw::runConfigToJson(config))) < 0 ||
        !file.flush())
        return fail(
            tr("cannot write the run config for the processes: %1").arg(file.errorString()));
    m_processConfig = file.fileName();
    file.close();
    const QString program =
        dbwProgram.isEmpty()
            ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("dbw"))
            : dbwProgram;
    QStringList arguments;
    if (config.training.threads > 0)
        arguments << QStringLiteral("--threads") << QString::number(config.training.threads);
    arguments << QStringLiteral("train") << QStringLiteral("--config") << m_processConfig
              << QStringLiteral("--nproc") << QString::number(processes) << QStringLiteral("--out")
              << outputDirectory << QStringLiteral("--store") << storePath
              << QStringLiteral("--json") << QStringLiteral("--quiet");
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            &TrainingController::readProcessOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        // The launcher's lines and the ranks' errors: the last one is the status line.
        const QStringList lines =
            QString::fromUtf8(m_process->readAllStandardError()).split('\n', Qt::SkipEmptyParts);
        if (!lines.isEmpty())
            Q_EMIT message(lines.last());
        for (const QString &line : lines)
            if (line.startsWith(QStringLiteral("dbw")))
                m_processDetail = m_processDetail.isEmpty() ? line : m_processDetail + '\n' + line;
    });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus exitStatus) {
                readProcessOutput();
                QFile::remove(m_processConfig);
                QString status = m_processResult;
                QString detail = m_processDetail;
                if (status.isEmpty()) {  // no result line: the launcher itself failed
                    status = QStringLiteral("failed");
                    if (detail.isEmpty())
                        detail = exitStatus == QProcess::CrashExit
                                     ? tr("dbw train crashed")
                                     : tr("dbw train exited with status %1").arg(exitCode);
                }
                m_process->deleteLater();
                setState(State::Idle);
                Q_EMIT finished(status, detail);
            });
    connect(m_process, &QProcess::errorOccurred, this,
            [this, program](QProcess::ProcessError error) {
                if (error != QProcess::FailedToStart)
                    return;
                QFile::remove(m_processConfig);
                m_process->deleteLater();
                setState(State::Idle);
                Q_EMIT finished(QStringLiteral("failed"),
                                tr("cannot start %1: %2").arg(program, m_process->errorString()));
            });
    Q_EMIT message(tr("starting %1 processes").arg(processes));
    m_process->start(program, arguments);
    return true;
}

void TrainingController::readProcessOutput() {
    if (!m_process)
        return;
    while (m_process->canReadLine()) {
        const QJsonObject line = QJsonDocument::fromJson(m_process->readLine()).object();
        const QString event = line.value(QStringLiteral("event")).toString();
        if (event == QLatin1String("started")) {
            m_runId = line.value(QStringLiteral("run_id")).toInteger();
            Q_EMIT runCreated(m_runId);
        } else if (event == QLatin1String("step")) {
            if (m_state == State::Preparing)
                setState(State::Running);
            Q_EMIT stepReported(line.value(QStringLiteral("step")).toInteger(),
                                line.value(QStringLiteral("total_steps")).toInteger(),
                                line.value(QStringLiteral("loss")).toDouble(),
                                line.value(QStringLiteral("tokens_per_s")).toDouble());
        } else if (event == QLatin1String("validation")) {
            Q_EMIT validationReported(line.value(QStringLiteral("step")).toInteger(),
                                      line.value(QStringLiteral("nelbo_per_token")).toDouble(),
                                      line.value(QStringLiteral("perplexity_bound")).toDouble());
        } else if (event == QLatin1String("samples")) {
            QStringList texts;
            for (const QJsonValue &text : line.value(QStringLiteral("texts")).toArray())
                texts << text.toString();
            Q_EMIT samplesReported(line.value(QStringLiteral("step")).toInteger(), texts);
        } else if (event == QLatin1String("result")) {
            m_processResult = line.value(QStringLiteral("status")).toString();
            m_processDetail = m_processResult == QLatin1String("failed")
                                  ? line.value(QStringLiteral("error")).toString()
                                  : line.value(QStringLiteral("last_checkpoint")).toString();
        }
    }
}

bool TrainingController::resumeFrom(const QString &checkpointDirectory, const QString &storePath) {
    return launch(storePath, [checkpointDirectory](dbw::RunStore &store, const auto &say) {
        return dbw::Trainer::resume(checkpointDirectory.toStdString(), &store, 0, say);
    });
}

bool TrainingController::launch(
    const QString &storePath,
    std::function<std::unique_ptr<dbw::Trainer>(dbw::RunStore &,
                                                const std::function<void(const std::string &)> &)>
        make) {
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
        auto post = [this](auto function) {
            QMetaObject::invokeMethod(this, function, Qt::QueuedConnection);
        };
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
                post([this, report] {
                    Q_EMIT stepReported(report.step, report.totalSteps, report.loss,
                                        report.tokensPerSecond);
                });
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
                post([this, report] {
                    Q_EMIT validationReported(report.step, report.nelboPerToken,
                                              report.perplexityBound);
                });
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
            detail =
                QString::fromStdString(error.what());  // bad config, corpus, device: nothing ran
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

void TrainingController::pause() {
    if (canPause())
        m_pauseRequested = true;
}

void TrainingController::resume() {
    QMutexLocker locker(&m_mutex);
    m_pauseRequested = false;
    m_resumed.wakeAll();
}

void TrainingController::stop() {
    if (m_state == State::Idle)
        return;
    setState(State::Stopping);
    m_stopRequested = true;
    if (m_process && m_process->state() != QProcess::NotRunning)
        ::kill(static_cast<pid_t>(m_process->processId()),
               SIGINT);  // the launcher passes it to every rank
    QMutexLocker locker(&m_mutex);
    m_resumed.wakeAll();
}
