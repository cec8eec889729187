#pragma once

#include "corpussummary.h"

#include <QAbstractTableModel>

// The first lines of a corpus as a table: line number, (source,) text.
class CorpusPreviewModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LineColumn, SourceColumn, TextColumn };

    explicit CorpusPreviewModel(QObject *parent = nullptr);

    // Shows these lines; withSource adds the jsonl "src" column.
    void setLines(const QVector<CorpusSummary::Line> &lines, bool withSource);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Column columnKind(int column) const;

    QVector<CorpusSummary::Line> m_lines;
    bool m_withSource = false;
};
