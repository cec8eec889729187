#include "runfilterproxy.h"

#include "runlistmodel.h"

#include <set>

namespace {

int columnOf(RunFilterProxy::Field field) {
    switch (field) {
        case RunFilterProxy::Tag:
            return RunListModel::Tags;
        case RunFilterProxy::Status:
            return RunListModel::Status;
        case RunFilterProxy::Preset:
            return RunListModel::Preset;
        case RunFilterProxy::Schedule:
            return RunListModel::Schedule;
        case RunFilterProxy::TimeDesign:
            return RunListModel::TimeDesign;
        case RunFilterProxy::FieldCount:
            break;
    }
    return RunListModel::Name;
}

QStringList tagsOf(const QString &text) {
    QStringList tags;
    for (const QString &tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        tags.append(tag.trimmed());
    return tags;
}

}  // namespace

RunFilterProxy::RunFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {
    setSortRole(Qt::EditRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void RunFilterProxy::setText(const QString &text) {
    m_text = text.trimmed();
    invalidateFilter();
}

void RunFilterProxy::setField(Field field, const QString &value) {
    m_fields[field] = value;
    invalidateFilter();
}

void RunFilterProxy::setDateRange(const QDate &from, const QDate &to) {
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void RunFilterProxy::setShowArchived(bool show) {
    m_showArchived = show;
    invalidateFilter();
}

QStringList RunFilterProxy::values(Field field) const {
    std::set<QString> values;
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return {};
    for (int row = 0; row < source->rowCount(); ++row) {
        const QString value = source->index(row, columnOf(field)).data(Qt::EditRole).toString();
        if (field == Tag) {
            for (const QString &tag : tagsOf(value))
                values.insert(tag);
        } else if (!value.isEmpty()) {
            values.insert(value);
        }
    }
    return QStringList(values.begin(), values.end());
}

bool RunFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QAbstractItemModel *source = sourceModel();
    auto value = [&](int column) {
        return source->index(sourceRow, column, sourceParent).data(Qt::EditRole).toString();
    };
    if (!m_showArchived &&
        source->index(sourceRow, 0, sourceParent).data(RunListModel::ArchivedRole).toBool())
        return false;
    for (int field = 0; field < FieldCount; ++field) {
        const QString &wanted = m_fields[field];
        if (wanted.isEmpty())
            continue;
        const QString actual = value(columnOf(static_cast<Field>(field)));
        if (field == Tag ? !tagsOf(actual).contains(wanted) : actual != wanted)
            return false;
    }
    if (m_from.isValid() || m_to.isValid()) {
        const QDate created = source->index(sourceRow, RunListModel::Created, sourceParent)
                                  .data(Qt::EditRole)
                                  .toDateTime()
                                  .date();
        if ((m_from.isValid() && created < m_from) || (m_to.isValid() && created > m_to))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (const int column :
         {RunListModel::Name, RunListModel::Status, RunListModel::Tags, RunListModel::Notes,
          RunListModel::Preset, RunListModel::Schedule, RunListModel::TimeDesign})
        if (value(column).contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}
