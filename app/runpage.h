#pragma once

#include "storewatch.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QWidget>

class MetricChart;
class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QSlider;

// A run's samples, newest step first, as a list model.
class SamplesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;
    struct Entry
    {
        qint64 step = 0;
        QString text;
    };
    void setEntries(QVector<Entry> entries);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVector<Entry> m_entries;
};

// One run from the store: overview, live charts (per-pixel buckets read from the store, smoothing,
// log y, x by step / wall time / tokens seen) and its samples. refresh() re-reads the store.
class RunPage : public QWidget
{
    Q_OBJECT

public:
    explicit RunPage(QWidget *parent = nullptr);

    void showRun(const QString &storePath, qint64 runId);
    void refresh();
    qint64 runId() const { return m_runId; }
    MetricChart *chart(const QString &metric) const;
    SamplesModel *samples() const { return m_samples; }
    QProgressBar *progress() const { return m_progress; }

private:
    QString m_storePath;
    qint64 m_runId = 0;
    StoreWatch m_watch;
    bool m_shownWriting = false;  // the run shown was running or paused: its writer may die silently
    QLabel *m_overview = nullptr;
    QProgressBar *m_progress = nullptr;  // steps done of the configured total, with the ETA
    QComboBox *m_xAxis = nullptr;
    QSlider *m_smoothing = nullptr;
    QCheckBox *m_logScale = nullptr;
    // Each chart shows one or more metrics of the run (training and validation NELBO together).
    struct ChartSpec
    {
        QStringList metrics;
        QStringList labels;  // legend names when there are several
        MetricChart *chart = nullptr;
    };
    QVector<ChartSpec> m_charts;
    QLabel *m_skipped = nullptr;  // a badge: the skipped-steps chart shows only when there are some
    SamplesModel *m_samples = nullptr;
    QListView *m_sampleView = nullptr;
};
