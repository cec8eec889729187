#pragma once

#include "comparisonloader.h"
#include "livetexts.h"

#include <QWidget>

class ConfigDiffModel;
class MetricChart;
class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QThread;
class QToolButton;

// Runs side by side: one metric's curves overlaid (a colour per run, legend, x by step / wall
// time / tokens seen, the live charts' smoothing and per-pixel decimation), a summary of final
// and best metrics with deltas to a baseline run, the config diff, and the newest samples with
// their metrics. Everything is read from the store on a worker thread.
class ComparePage : public QWidget {
    Q_OBJECT

public:
    enum class Export { ChartPng, ChartSvg, Metrics, Samples, Config };

    explicit ComparePage(QWidget *parent = nullptr);
    ~ComparePage() override;  // waits for an export in progress

    void setRuns(const QString &storePath, const QVector<qint64> &runIds);
    void reload();
    QVector<qint64> runIds() const { return m_runIds; }
    const QVector<RunComparison> &runs() const { return m_runs; }
    void setMetric(const QString &metric);
    QString metric() const { return m_metric; }
    void setBaseline(int index);
    // Writes an export to `path` (no dialog); returns an error message or an empty string.
    QString exportTo(Export kind, const QString &path);

    MetricChart *chart() const { return m_chart; }
    // The large chart first, then the small multiples.
    QVector<MetricChart *> allCharts() const;
    ConfigDiffModel *configDiff() const { return m_diff; }
    QStandardItemModel *summary() const { return m_summary; }
    QStandardItemModel *samples() const { return m_samples; }
    QStandardItemModel *likelihood() const { return m_likelihood; }
    ComparisonLoader *loader() const { return m_loader; }
    // Seconds the store reads and the chart redraw took for the last comparison shown.
    double lastLoadSeconds() const { return m_loadSeconds; }
    double lastDrawSeconds() const { return m_drawSeconds; }

Q_SIGNALS:
    void comparisonShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void display(const QVector<RunComparison> &runs, const QStringList &metricNames,
                 const QString &metric, double seconds);
    void fillSummary();
    void fillSamples();
    void fillLikelihood();
    void fillGeneration();  // the Likelihood table's seq2seq column
    void chooseExport(Export kind);
    QString baseName() const;
    // Every point of every metric of the runs as CSV (run_id, run_name, metric, step, value, wall
    // time, tokens seen); thread-safe, reads through its own store connection.
    static QString exportMetrics(const QString &storePath, const QVector<RunComparison> &runs,
                                 const QString &path);

    LiveTexts m_texts;
    QString m_storePath;
    QVector<qint64> m_runIds;
    QVector<RunComparison> m_runs;
    QString m_metric;
    int m_baseline = 0;
    double m_loadSeconds = 0, m_drawSeconds = 0;

    ComparisonLoader *m_loader = nullptr;
    QThread *m_exportThread = nullptr;
    QLabel *m_hint = nullptr;
    QComboBox *m_metricBox = nullptr;
    QComboBox *m_xAxis = nullptr;
    QSlider *m_smoothing = nullptr;
    QCheckBox *m_logScale = nullptr;
    QComboBox *m_baselineBox = nullptr;
    QToolButton *m_export = nullptr;
    QStackedWidget *m_charts = nullptr;  // the one large chart, or the small multiples
    MetricChart *m_chart = nullptr;
    QVector<MetricChart *> m_gridCharts;
    QCheckBox *m_gridToggle = nullptr;
    ConfigDiffModel *m_diff = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QStandardItemModel *m_summary = nullptr;
    QStandardItemModel *m_samples = nullptr;
    QStandardItemModel *m_likelihood = nullptr;
};
