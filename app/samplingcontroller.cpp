#include "samplingcontroller.h"

#include "error.h"
#include "eval/textmetrics.h"
#include "sample/trajectory.h"
#include "store/runstore.h"

#include <nlohmann/json.hpp>

#include <QThread>

#include <exception>

SamplingController::SamplingController(QObject *parent) : QObject(parent) {
    qRegisterMetaType<std::shared_ptr<const dbw::Trajectory>>();
}

SamplingController::~SamplingController() {
    cancel();
    if (m_thread)
        m_thread->wait();
}

void SamplingController::cancel() {
    m_cancel = true;
}

bool SamplingController::launch(std::function<void()> work) {
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread = QThread::create([this, work = std::move(work)] {
        QString error;
        try {
            work();
        } catch (const dbw::SamplingCancelled &) {
            error = tr("Sampling cancelled.");
        } catch (const dbw::StoreError &exception) {
            error = tr("The samples are shown but could not be saved to the run store: %1")
                        .arg(QString::fromStdString(exception.what()));
        } catch (const std::exception &exception) {
            error = QString::fromStdString(exception.what());
        }
        if (!error.isEmpty())
            Q_EMIT failed(error);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
    return true;
}

bool SamplingController::open(const QString &path) {
    return launch([this, path] {
        auto trajectory =
            std::make_shared<const dbw::Trajectory>(dbw::Trajectory::load(path.toStdString()));
        Q_EMIT finished(trajectory, 0.0);
    });
}

bool SamplingController::openRecorded(const QString &storePath, qint64 trajectoryId) {
    return launch([this, storePath, trajectoryId] {
        const dbw::RunStore store(storePath.toStdString(), dbw::RunStore::Mode::ReadOnly);
        const auto record = store.trajectory(trajectoryId);
        const std::string source =
            "trajectory " + std::to_string(trajectoryId) + " of " + storePath.toStdString();
        if (!record)
            throw dbw::InputError(source, 0,
                                  "no longer in the store (deleted since it was listed)");
        Q_EMIT finished(std::make_shared<const dbw::Trajectory>(
                            dbw::Trajectory::fromJson(record->data, source)),
                        0.0);
    });
}

bool SamplingController::start(const Request &request) {
    return launch([this, request] {
        dbw::SamplerConfig config = request.config;
        config.recordTrajectory = true;
        const dbw::SampleRun run =
            dbw::sampleCheckpoint(request.checkpoint.toStdString(), request.device.toStdString(),
                                  config, [this](int step, int steps) {
                                      Q_EMIT progress(step, steps);
                                      return !m_cancel.load();
                                  });
        auto trajectory = std::make_shared<const dbw::Trajectory>(
            dbw::Trajectory::fromJson(run.trajectoryJson, request.checkpoint.toStdString()));
        // Shown first: a store that cannot take the rows must not cost the user the samples.
        Q_EMIT finished(trajectory, run.seconds);
        if (!request.storePath.isEmpty() && request.runId > 0) {
            std::vector<dbw::SampleRecord> records;
            const std::string samplerJson = dbw::samplerJsonWithOrigin(run.configJson, "generated");
            for (const dbw::GeneratedSample &generated : run.samples) {
                const nlohmann::json metrics = {
                    {"repetition_rate",
                     dbw::repetitionRate(dbw::normaliseForMetrics(generated.text))}};
                records.push_back({0, request.runId, request.step, generated.text, generated.ids,
                                   samplerJson, metrics.dump(), ""});
            }
            dbw::RunStore store(request.storePath.toStdString());
            store.addSamples(records);
            dbw::TrajectoryRecord record;
            record.runId = request.runId;
            record.sampleId = records.front().id;
            record.format = "dbw-trajectory/1";
            record.data = run.trajectoryJson;
            store.addTrajectory(record);
        }
    });
}
