#include "comparisonloader.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QThread>

#include <set>

ComparisonLoader::ComparisonLoader(QObject *parent) : QObject(parent) {
    qRegisterMetaType<QVector<RunComparison>>();
}

ComparisonLoader::~ComparisonLoader() {
    m_waiting = false;
    if (m_thread)
        m_thread->wait();
}

QVector<SampleGroup> ComparisonLoader::newestSampleGroups(std::vector<dbw::SampleRecord> samples) {
    // Batches: consecutive rows of one step and one sampler config (as each writer adds them).
    QVector<SampleGroup> batches;
    for (dbw::SampleRecord &sample : samples) {
        if (batches.isEmpty() || batches.last().step != sample.step ||
            batches.last().samplerJson != sample.samplerJson) {
            SampleGroup group;
            group.step = sample.step;
            group.samplerJson = sample.samplerJson;
            const nlohmann::json sampler =
                nlohmann::json::parse(sample.samplerJson, nullptr, false);
            if (sampler.is_object() && sampler.contains("origin") && sampler["origin"].is_string())
                group.origin = QString::fromStdString(sampler["origin"].get<std::string>());
            batches.append(std::move(group));
        }
        batches.last().samples.push_back(std::move(sample));
    }
    // The newest batch of each origin (rows come oldest first).
    QVector<SampleGroup> newest;
    for (const QString &origin :
         {QStringLiteral("training"), QStringLiteral("generated"), QString()})
        for (auto batch = batches.rbegin(); batch != batches.rend(); ++batch)
            if (batch->origin == origin) {
                std::vector<std::string> texts;
                for (const dbw::SampleRecord &sample : batch->samples)
                    texts.push_back(sample.text);
                batch->metrics = dbw::computeSampleMetrics(texts);
                newest.append(
                    *batch);  // a copy: a moved-from batch would read as "origin not recorded"
                break;
            }
    return newest;
}

void ComparisonLoader::load(const ComparisonRequest &request) {
    m_next = request;
    m_waiting = true;
    if (!m_thread)
        startNext();
}

void ComparisonLoader::startNext() {
    if (!m_waiting)
        return;
    m_waiting = false;
    const ComparisonRequest request = m_next;
    m_thread = QThread::create([this, request] {
        try {
            QElapsedTimer timer;
            timer.start();
            QStringList names;
            QString metric;
            const QVector<RunComparison> runs = read(request, &names, &metric);
            Q_EMIT loaded(runs, names, metric, timer.nsecsElapsed() / 1e9);
        } catch (const std::exception &error) {
            Q_EMIT failed(QString::fromStdString(error.what()));
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        startNext();
    });
    m_thread->start();
}

QVector<RunComparison> ComparisonLoader::read(const ComparisonRequest &request,
                                              QStringList *metricNames, QString *metric) {
    QVector<RunComparison> runs;
    if (request.runIds.isEmpty())
        return runs;
    const dbw::RunStore store(request.storePath.toStdString(), dbw::RunStore::Mode::ReadOnly);
    std::set<QString> names;
    for (const qint64 id : request.runIds) {
        const auto record = store.run(id);
        if (!record)
            continue;  // deleted meanwhile
        RunComparison run;
        run.id = id;
        run.name = QString::fromStdString(record->name);
        run.configJson = record->configJson;
        run.summaries = store.summaries(id);
        for (const dbw::MetricSummary &summary : run.summaries)
            names.insert(QString::fromStdString(summary.name));
        run.evals = store.evals(id);
        run.sampleGroups = newestSampleGroups(store.samples(id));
        runs.append(std::move(run));
    }
    *metricNames = QStringList(names.begin(), names.end());
    *metric = request.metric;
    if (metric->isEmpty() || !names.count(*metric))  // a default everyone understands
        *metric = names.count(QStringLiteral("valid/ppl_bound")) ? QStringLiteral("valid/ppl_bound")
                  : names.empty()                                ? QString()
                                                                 : *names.begin();
    if (!metric->isEmpty())
        for (RunComparison &run : runs)
            run.buckets = chartBuckets(
                store.readDecimated(run.id, metric->toStdString(), request.buckets), request.xAxis);
    for (const QString &gridMetric : request.gridMetrics)
        if (names.count(gridMetric))
            for (RunComparison &run : runs)
                run.gridBuckets.insert(
                    gridMetric, chartBuckets(store.readDecimated(run.id, gridMetric.toStdString(),
                                                                 request.gridBuckets),
                                             request.xAxis));
    return runs;
}
