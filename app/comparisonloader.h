#pragma once

#include "chartbuckets.h"
#include "metricchart.h"

#include "eval/textmetrics.h"
#include "store/runstore.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

class QThread;

// One run as the comparison shows it.
struct RunComparison
{
    qint64 id = 0;
    QString name;
    std::string configJson;
    std::vector<dbw::MetricSummary> summaries;
    QVector<MetricChart::Bucket> buckets;     // the chosen metric on the chosen x axis
    std::vector<dbw::SampleRecord> samples;   // those of the newest step that has samples
    std::vector<dbw::EvalRecord> evals;       // every stored evaluation, oldest first
    dbw::SampleMetrics sampleMetrics;         // over those samples
};

struct ComparisonRequest
{
    QString storePath;
    QVector<qint64> runIds;
    QString metric;  // empty: the first metric the runs share
    ChartXAxis xAxis = ChartXAxis::Step;
    int buckets = 600;  // about one per pixel of the chart
};

// Reads what a comparison needs from the store on a worker thread (its own connection), so the
// GUI never waits on SQLite. A request made while one is loading replaces any waiting one and
// runs next: the newest request always wins.
class ComparisonLoader : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonLoader(QObject *parent = nullptr);
    ~ComparisonLoader() override;

    void load(const ComparisonRequest &request);
    bool isLoading() const { return m_thread != nullptr; }

    // Synchronous, for the worker and for tests.
    static QVector<RunComparison> read(const ComparisonRequest &request, QStringList *metricNames, QString *metric);

Q_SIGNALS:
    // metricNames: every metric of the runs; metric: the one read.
    void loaded(const QVector<RunComparison> &runs, const QStringList &metricNames, const QString &metric, double seconds);
    void failed(const QString &message);

private:
    void startNext();

    QThread *m_thread = nullptr;
    bool m_waiting = false;
    ComparisonRequest m_next;
};

Q_DECLARE_METATYPE(QVector<RunComparison>)
