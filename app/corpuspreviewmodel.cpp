#include "corpuspreviewmodel.h"

CorpusPreviewModel::CorpusPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void CorpusPreviewModel::setLines(const QVector<CorpusSummary::Line> &lines, bool withSource) {
    beginResetModel();
    m_lines = lines;
    m_withSource = withSource;
    endResetModel();
}

void CorpusPreviewModel::clear() {
    setLines({}, false);
}

int CorpusPreviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_lines.size();
}

int CorpusPreviewModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : (m_withSource ? 3 : 2);
}

CorpusPreviewModel::Column CorpusPreviewModel::columnKind(int column) const {
    if (column == 0)
        return LineColumn;
    if (m_withSource && column == 1)
        return SourceColumn;
    return TextColumn;
}

QVariant CorpusPreviewModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CorpusSummary::Line &line = m_lines.at(index.row());
    const Column column = columnKind(index.column());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
            case LineColumn:
                return line.number;
            case SourceColumn:
                return line.source;
            case TextColumn:
                return line.text;
        }
    }
    if (role == Qt::TextAlignmentRole && column == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CorpusPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (columnKind(section)) {
        case LineColumn:
            return tr("Line");
        case SourceColumn:
            return tr("Source (src)");
        case TextColumn:
            return m_withSource ? tr("Target (trg)") : tr("Sentence");
    }
    return {};
}
