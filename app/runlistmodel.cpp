#include "runlistmodel.h"

#include "store/runstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString RunListModel::refresh(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        setRows({});
        return {};
    }
    try {
        const dbw::RunStore store(path.toStdString(), dbw::RunStore::Mode::ReadOnly);
        QVector<Row> rows;
        for (const dbw::RunRecord &run : store.listRuns()) {
            Row row;
            row.id = run.id;
            row.name = QString::fromStdString(run.name);
            row.status = QString::fromStdString(dbw::toString(run.status));
            row.tags = QString::fromStdString([&] {
                std::string joined;
                for (const std::string &tag : run.tags)
                    joined += (joined.empty() ? "" : ", ") + tag;
                return joined;
            }());
            row.created = QDateTime::fromString(QString::fromStdString(run.createdAt), Qt::ISODateWithMs).toLocalTime();
            const QJsonObject config = QJsonDocument::fromJson(QByteArray::fromStdString(run.configJson)).object();
            row.preset = config["model"].toObject()["preset"].toString();
            row.schedule = config["diffusion"].toObject()["schedule"].toString();
            row.timeDesign = config["model"].toObject()["time_design"].toString();
            for (const dbw::MetricSummary &summary : store.summaries(run.id)) {
                row.steps = std::max<qint64>(row.steps, summary.lastStep);
                if (summary.name == "valid/ppl_bound" && std::isfinite(summary.best))
                    row.bestPerplexity = summary.best;
            }
            rows.append(row);
        }
        setRows(rows);
        return {};
    } catch (const std::exception &error) {
        return QString::fromStdString(error.what());
    }
}

void RunListModel::setRows(QVector<Row> rows)
{
    // Same runs in the same order: update in place so views keep selection and scroll position.
    bool sameRuns = rows.size() == m_rows.size();
    for (int i = 0; sameRuns && i < rows.size(); ++i)
        sameRuns = rows[i].id == m_rows[i].id;
    if (sameRuns) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RunListModel::rowOf(qint64 runId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == runId)
            return i;
    return -1;
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == RunIdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const bool display = role != Qt::EditRole;  // EditRole: raw values for sorting
    switch (index.column()) {
    case Name: return row.name;
    case Status: return row.status;
    case Tags: return row.tags;
    case Created: return display ? QVariant(row.created.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) : QVariant(row.created);
    case Preset: return row.preset;
    case Schedule: return row.schedule;
    case TimeDesign: return row.timeDesign;
    case BestPerplexity:
        if (!display)
            return row.bestPerplexity;
        return row.bestPerplexity > 0 ? QVariant(QString::number(row.bestPerplexity, 'f', 1)) : QVariant();
    case Steps: return row.steps;
    default: return {};
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Tags: return tr("Tags");
    case Created: return tr("Created");
    case Preset: return tr("Preset");
    case Schedule: return tr("Schedule");
    case TimeDesign: return tr("Time design");
    case BestPerplexity: return tr("Best valid PPL");
    case Steps: return tr("Steps");
    default: return {};
    }
}
