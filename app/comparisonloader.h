#pragma once

#include "chartbuckets.h"
#include "metricchart.h"

#include "eval/textmetrics.h"
#include "store/runstore.h"

#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

class QThread;

// One batch of a run's samples: one origin, one step, one sampler config. Metrics are over the
// batch only, never over samples of another origin or sampler.
struct SampleGroup {
    QString origin;  // "training", "generated" or empty (not recorded by older versions)
    qint64 step = 0;
    std::string samplerJson;  // as stored, with the origin
    std::vector<dbw::SampleRecord> samples;
    dbw::SampleMetrics metrics;
};

// One run as the comparison shows it.
struct RunComparison {
    qint64 id = 0;
    QString name;
    std::string configJson;
    std::vector<dbw::MetricSummary> summaries;
    QVector<MetricChart::Bucket> buckets;  // the chosen metric on the chosen x axis
    QMap<QString, QVector<MetricChart::Bucket>> gridBuckets;  // the small multiples' metrics
    QVector<SampleGroup> sampleGroups;   // the newest batch of each origin, training first
    std::vector<dbw::EvalRecord> evals;  // every stored evaluation, oldest first
};

struct ComparisonRequest {
    QString storePath;
    QVector<qint64> runIds;
    QString metric;  // empty: the first metric the runs share
    ChartXAxis xAxis = ChartXAxis::Step;
    int buckets = 600;        // about one per pixel of the chart
    QStringList gridMetrics;  // also read for the small multiples (those the runs have)
    int gridBuckets = 300;
};

// Reads what a comparison needs from the store on a worker thread (its own connection), so the
// GUI never waits on SQLite. A request made while one is loading replaces any waiting one and
// runs next: the newest request always wins.
class ComparisonLoader : public QObject {
    Q_OBJECT

public:
    explicit ComparisonLoader(QObject *parent = nullptr);
    ~ComparisonLoader() override;

    void load(const ComparisonRequest &request);
    bool isLoading() const { return m_thread != nullptr; }

    // Synchronous, for the worker and for tests.
    static QVector<RunComparison> read(const ComparisonRequest &request, QStringList *metricNames,
                                       QString *metric);
    // A run's samples (oldest first) cut into batches (one step, one sampler config); the newest
    // batch of each origin with its own metrics.
    static QVector<SampleGroup> newestSampleGroups(std::vector<dbw::SampleRecord> samples);

Q_SIGNALS:
    // metricNames: every metric of the runs; metric: the one read.
    void loaded(const QVector<RunComparison> &runs, const QStringList &metricNames,
                const QString &metric, double seconds);
    void failed(const QString &message);

private:
    void startNext();

    QThread *m_thread = nullptr;
    bool m_waiting = false;
    ComparisonRequest m_next;
};

Q_DECLARE_METATYPE(QVector<RunComparison>)
