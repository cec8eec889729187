#include "runlistmodel.h"

#include "error.h"
#include "store/runstore.h"

#include <QColor>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>
#include <utility>

namespace {

QStringList splitTags(const QString &text) {
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

}  // namespace

RunListModel::RunListModel(QObject *parent) : QAbstractTableModel(parent) {}

QString RunListModel::refresh(const QString &path) {
    // A run whose writer died turns interrupted without any commit: while a row says running or
    // paused, read again even when nothing was committed.
    const bool anyWriting = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.status == QLatin1String("running") || row.status == QLatin1String("paused");
    });
    if (!m_watch.changed(path) && !(anyWriting && path == m_storePath))
        return {};  // nothing was committed since the last read
    m_storePath = path;
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
            QStringList tags;
            for (const std::string &tag : run.tags)
                tags.append(QString::fromStdString(tag));
            row.tags = tags.join(QStringLiteral(", "));
            row.notes = QString::fromStdString(run.notes);
            row.archived = run.archived;
            row.created =
                QDateTime::fromString(QString::fromStdString(run.createdAt), Qt::ISODateWithMs)
                    .toLocalTime();
            const QJsonObject config =
                QJsonDocument::fromJson(QByteArray::fromStdString(run.configJson)).object();
            row.preset = config["model"].toObject()["preset"].toString();
            row.schedule = config["diffusion"].toObject()["schedule"].toString();
            row.timeDesign = config["model"].toObject()["time_design"].toString();
            for (const dbw::MetricSummary &summary : store.summaries(run.id)) {
                row.steps = std::max<qint64>(row.steps, summary.lastStep);
                row.metrics.insert(QString::fromStdString(summary.name),
                                   {summary.best, summary.last, summary.higherIsBetter});
            }
            rows.append(row);
        }
        setRows(rows);
        return {};
    } catch (const std::exception &error) {
        return QString::fromStdString(error.what());
    }
}

QVector<int> RunListModel::changedColumns(const Row &a, const Row &b) const {
    QVector<int> columns;
    auto check = [&columns](bool same, int column) {
        if (!same)
            columns.append(column);
    };
    check(a.name == b.name && a.archived == b.archived, Name);
    check(a.status == b.status, Status);
    check(a.tags == b.tags, Tags);
    check(a.notes == b.notes, Notes);
    check(a.created == b.created, Created);
    check(a.preset == b.preset, Preset);
    check(a.schedule == b.schedule, Schedule);
    check(a.timeDesign == b.timeDesign, TimeDesign);
    check(a.steps == b.steps, Steps);
    for (int m = 0; m < m_metricColumns.size(); ++m) {
        const QString &metric = m_metricColumns[m].metric;
        const auto x = a.metrics.constFind(metric), y = b.metrics.constFind(metric);
        const bool same =
            (x == a.metrics.cend()) == (y == b.metrics.cend()) &&
            (x == a.metrics.cend() || (std::memcmp(&x->best, &y->best, sizeof(double)) == 0 &&
                                       std::memcmp(&x->last, &y->last, sizeof(double)) == 0));
        check(same, FixedColumnCount + m);
    }
    if (a.archived != b.archived)  // the whole row turns grey
        for (int column = 0; column < FixedColumnCount + m_metricColumns.size(); ++column)
            if (!columns.contains(column))
                columns.append(column);
    return columns;
}

void RunListModel::setRows(QVector<Row> rows) {
    // Same runs in the same order: update in place so views keep selection and scroll position.
    bool sameRuns = rows.size() == m_rows.size();
    for (int i = 0; sameRuns && i < rows.size(); ++i)
        sameRuns = rows[i].id == m_rows[i].id;
    if (sameRuns) {
        // Only the cells that changed: a dataChanged over an open editor (a tag or note being
        // typed) would reset its text to the stored one at every refresh.
        const QVector<Row> old = std::exchange(m_rows, std::move(rows));
        for (int i = 0; i < m_rows.size(); ++i)
            for (const int column : changedColumns(old[i], m_rows[i]))
                Q_EMIT dataChanged(index(i, column), index(i, column));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RunListModel::rowOf(qint64 runId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == runId)
            return i;
    return -1;
}

QStringList RunListModel::metricNames() const {
    std::set<QString> names;
    for (const Row &row : m_rows)
        for (auto it = row.metrics.cbegin(); it != row.metrics.cend(); ++it)
            names.insert(it.key());
    return QStringList(names.begin(), names.end());
}

bool RunListModel::hasMeaningfulBest(const QString &metric) {
    for (const char *prefix : {"valid/", "eval/", "test/"})
        if (metric.startsWith(QLatin1String(prefix)))
            return true;
    return false;
}

QVector<RunListModel::MetricColumn> RunListModel::offeredMetricColumns() const {
    QVector<MetricColumn> columns;
    for (const QString &metric : metricNames()) {
        if (hasMeaningfulBest(metric))
            columns.append({metric, true});
        columns.append({metric, false});
    }
    return columns;
}

void RunListModel::setMetricColumns(const QVector<MetricColumn> &columns) {
    if (columns == m_metricColumns)
        return;
    const int oldCount = m_metricColumns.size(), newCount = columns.size();
    if (newCount > oldCount) {
        beginInsertColumns({}, FixedColumnCount + oldCount, FixedColumnCount + newCount - 1);
        m_metricColumns = columns;
        endInsertColumns();
    } else if (newCount < oldCount) {
        beginRemoveColumns({}, FixedColumnCount + newCount, FixedColumnCount + oldCount - 1);
        m_metricColumns = columns;
        endRemoveColumns();
    } else {
        m_metricColumns = columns;
    }
    if (newCount > 0) {
        Q_EMIT headerDataChanged(Qt::Horizontal, FixedColumnCount, FixedColumnCount + newCount - 1);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, FixedColumnCount),
                               index(m_rows.size() - 1, FixedColumnCount + newCount - 1));
    }
}

int RunListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows.size();
}

int RunListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : FixedColumnCount + m_metricColumns.size();
}

QVariant RunListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == RunIdRole)
        return row.id;
    if (role == ArchivedRole)
        return row.archived;
    if (role == Qt::ForegroundRole && row.archived)
        return QVariant::fromValue(QColor(Qt::gray));
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const bool display = role != Qt::EditRole;  // EditRole: raw values for sorting and editing
    if (index.column() >= FixedColumnCount) {
        const MetricColumn &column = m_metricColumns[index.column() - FixedColumnCount];
        const auto found = row.metrics.constFind(column.metric);
        if (found == row.metrics.cend())
            return display ? QVariant() : QVariant(std::numeric_limits<double>::quiet_NaN());
        const double value = column.best ? found->best : found->last;
        if (!display)
            return value;
        return std::isfinite(value) ? QVariant(QLocale().toString(value, 'g', 5))
                                    : QVariant(QStringLiteral("—"));
    }
    switch (index.column()) {
        case Name:
            return row.archived && display ? tr("%1 (archived)").arg(row.name) : row.name;
        case Status:
            return row.status;
        case Tags:
            return row.tags;
        case Notes:
            return role == Qt::DisplayRole ? row.notes.section(QLatin1Char('\n'), 0, 0) : row.notes;
        case Created:
            return display ? QVariant(row.created.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           : QVariant(row.created);
        case Preset:
            return row.preset;
        case Schedule:
            return row.schedule;
        case TimeDesign:
            return row.timeDesign;
        case Steps:
            return row.steps;
        default:
            return {};
    }
}

void RunListModel::retranslate() {
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::DisplayRole});
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FixedColumnCount && section < columnCount()) {
        const MetricColumn &column = m_metricColumns[section - FixedColumnCount];
        return column.best ? tr("%1 (best)").arg(column.metric)
                           : tr("%1 (last)").arg(column.metric);
    }
    switch (section) {
        case Name:
            return tr("Name");
        case Status:
            return tr("Status");
        case Tags:
            return tr("Tags");
        case Notes:
            return tr("Notes");
        case Created:
            return tr("Created");
        case Preset:
            return tr("Preset");
        case Schedule:
            return tr("Schedule");
        case TimeDesign:
            return tr("Time design");
        case Steps:
            return tr("Steps");
        default:
            return {};
    }
}

Qt::ItemFlags RunListModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Tags || index.column() == Notes))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RunListModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (index.column() != Tags && index.column() != Notes))
        return false;
    Row &row = m_rows[index.row()];
    try {
        dbw::RunStore store(m_storePath.toStdString());
        if (index.column() == Notes) {
            store.setNotes(row.id, value.toString().toStdString());
            row.notes = value.toString();
        } else {
            const QStringList wanted = splitTags(value.toString());
            const QStringList current = splitTags(row.tags);
            for (const QString &tag : current)
                if (!wanted.contains(tag))
                    store.removeTag(row.id, tag.toStdString());
            for (const QString &tag : wanted)
                if (!current.contains(tag))
                    store.addTag(row.id, tag.toStdString());
            QStringList sorted;
            const auto stored = store.run(row.id);  // keeps the tags alive through the loop
            if (!stored)
                throw dbw::StoreError(m_storePath.toStdString(), "the run was deleted meanwhile");
            for (const std::string &tag : stored->tags)
                sorted.append(QString::fromStdString(tag));
            row.tags = sorted.join(QStringLiteral(", "));
        }
    } catch (const std::exception &error) {
        Q_EMIT storeError(
            tr("Could not save to the run store: %1").arg(QString::fromStdString(error.what())));
        return false;
    }
    Q_EMIT dataChanged(index, index);
    return true;
}
