#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

// The runs of the store as a table: name, status, tags, created, preset, schedule, time design,
// best validation perplexity (per-token bound), steps. refresh() re-reads the store (cheap: one
// query per run for its metric summaries) and keeps the selection stable by run id.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Tags, Created, Preset, Schedule, TimeDesign, BestPerplexity, Steps, ColumnCount };
    static constexpr int RunIdRole = Qt::UserRole + 1;

    struct Row
    {
        qint64 id = 0;
        QString name, status, tags, preset, schedule, timeDesign;
        QDateTime created;
        double bestPerplexity = 0;  // 0 when not validated yet
        qint64 steps = 0;
    };

    explicit RunListModel(QObject *parent = nullptr);

    // Reads the runs of the store at `path`; returns an error message (empty when fine).
    QString refresh(const QString &path);
    void setRows(QVector<Row> rows);  // replaces the content, emitting fine-grained changes
    const QVector<Row> &rows() const { return m_rows; }
    int rowOf(qint64 runId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Row> m_rows;
};
