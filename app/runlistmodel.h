#pragma once

#include "storewatch.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QMap>
#include <QVector>

// The runs of the store as a table: fixed columns (name, status, tags, notes, created, preset,
// schedule, time design, steps) and chosen metric columns (best or last value of any metric).
// Tags and notes are editable in place and written to the store. refresh() re-reads the store
// (one query per run for its metric summaries) and keeps views' selection stable by run id.
class RunListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Status,
        Tags,
        Notes,
        Created,
        Preset,
        Schedule,
        TimeDesign,
        Steps,
        FixedColumnCount
    };
    static constexpr int RunIdRole = Qt::UserRole + 1;
    static constexpr int ArchivedRole = Qt::UserRole + 2;

    struct MetricValues {
        double best = 0;
        double last = 0;
        bool higherIsBetter = false;
    };
    struct Row {
        qint64 id = 0;
        QString name, status, tags, notes, preset, schedule, timeDesign;
        QDateTime created;
        bool archived = false;
        qint64 steps = 0;
        QMap<QString, MetricValues> metrics;  // by metric name
    };
    struct MetricColumn {
        QString metric;
        bool best = true;  // else the last value
        bool operator==(const MetricColumn &other) const {
            return metric == other.metric && best == other.best;
        }
    };

    explicit RunListModel(QObject *parent = nullptr);

    // Reads the runs of the store at `path` when it changed since the last read (or the path
    // differs); returns an error message (empty when fine).
    QString refresh(const QString &path);
    QString storePath() const { return m_storePath; }
    void setRows(QVector<Row> rows);  // replaces the content, emitting fine-grained changes
    const QVector<Row> &rows() const { return m_rows; }
    int rowOf(qint64 runId) const;
    // Every metric some run has, sorted: what a metric column can show.
    QStringList metricNames() const;
    // The metric columns worth offering: the last value of every metric, the best value only of
    // held-out quality metrics (valid/, eval/, test/); the best learning rate or throughput means
    // nothing.
    QVector<MetricColumn> offeredMetricColumns() const;
    static bool hasMeaningfulBest(const QString &metric);

    QVector<MetricColumn> metricColumns() const { return m_metricColumns; }
    void setMetricColumns(const QVector<MetricColumn> &columns);
    // Headers and the "(archived)" mark are made when the view asks: have it ask again.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Tags (comma separated) and notes: written to the store, then shown.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void storeError(const QString &message);

private:
    QVector<int> changedColumns(const Row &a, const Row &b) const;

    QString m_storePath;
    StoreWatch m_watch;
    QVector<Row> m_rows;
    QVector<MetricColumn> m_metricColumns = {{QStringLiteral("valid/ppl_bound"), true}};
};
