#include "comparisonloader.h"

#include <QElapsedTimer>
#include <QThread>

#include <set>

ComparisonLoader::ComparisonLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QVector<RunComparison>>();
}

ComparisonLoader::~ComparisonLoader()
{
    m_waiting = false;
    if (m_thread)
        m_thread->wait();
}

void ComparisonLoader::load(const ComparisonRequest &request)
{
    m_next = request;
    m_waiting = true;
    if (!m_thread)
        startNext();
}

void ComparisonLoader::startNext()
{
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

QVector<RunComparison> ComparisonLoader::read(const ComparisonRequest &request, QStringList *metricNames, QString *metric)
{
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
        std::vector<dbw::SampleRecord> samples = store.samples(id);
        std::int64_t newest = -1;
        for (const dbw::SampleRecord &sample : samples)
            newest = std::max(newest, sample.step);
        std::vector<std::string> texts;
        for (dbw::SampleRecord &sample : samples)
            if (sample.step == newest) {
                texts.push_back(sample.text);
                run.samples.push_back(std::move(sample));
            }
        if (!texts.empty())
            run.sampleMetrics = dbw::computeSampleMetrics(texts);
        runs.append(std::move(run));
    }
    *metricNames = QStringList(names.begin(), names.end());
    *metric = request.metric;
    if (metric->isEmpty() || !names.count(*metric))  // a default everyone understands
        *metric = names.count(QStringLiteral("valid/ppl_bound")) ? QStringLiteral("valid/ppl_bound")
                  : names.empty()                               ? QString()
                                                                : *names.begin();
    if (!metric->isEmpty())
        for (RunComparison &run : runs)
            run.buckets = chartBuckets(store.readDecimated(run.id, metric->toStdString(), request.buckets), request.xAxis);
    return runs;
}
