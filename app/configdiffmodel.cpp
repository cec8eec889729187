#include "configdiffmodel.h"

#include <nlohmann/json.hpp>

#include <QColor>
#include <QFont>

#include <set>

ConfigDiffModel::ConfigDiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConfigDiffModel::setConfigs(const QVector<Config> &configs) {
    beginResetModel();
    m_runNames.clear();
    m_values.clear();
    std::set<QString> keys;
    for (const Config &config : configs) {
        m_runNames.append(config.runName);
        std::map<QString, QString> values;
        const nlohmann::json parsed = nlohmann::json::parse(config.json, nullptr, false);
        if (parsed.is_object()) {
            const nlohmann::json flat = parsed.flatten();  // must outlive the loop over its items
            for (const auto &[pointer, value] : flat.items()) {
                QString key = QString::fromStdString(pointer).mid(1);  // "/a/b" -> "a.b"
                key.replace(QLatin1Char('/'), QLatin1Char('.'));
                values[key] = value.is_string() ? QString::fromStdString(value.get<std::string>())
                                                : QString::fromStdString(value.dump());
                keys.insert(key);
            }
        }
        m_values.append(std::move(values));
    }
    m_keys = QStringList(keys.begin(), keys.end());
    rebuild();
    endResetModel();
}

void ConfigDiffModel::setShowOnlyDifferences(bool only) {
    if (only == m_onlyDifferences)
        return;
    beginResetModel();
    m_onlyDifferences = only;
    rebuild();
    endResetModel();
}

bool ConfigDiffModel::differs(const QString &key) const {
    const QString *first = nullptr;
    bool missing = false;
    for (const auto &values : m_values) {
        const auto found = values.find(key);
        if (found == values.end()) {
            missing = true;
            continue;
        }
        if (first && *first != found->second)
            return true;
        first = &found->second;
    }
    return missing && m_values.size() > 1;
}

QStringList ConfigDiffModel::differingKeys() const {
    QStringList keys;
    for (const QString &key : m_keys)
        if (differs(key))
            keys.append(key);
    return keys;
}

void ConfigDiffModel::rebuild() {
    m_shown = m_onlyDifferences ? differingKeys() : m_keys;
}

int ConfigDiffModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_shown.size();
}

int ConfigDiffModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : 1 + m_runNames.size();
}

QVariant ConfigDiffModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &key = m_shown[index.row()];
    const bool different = differs(key);
    switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole: {
            if (index.column() == 0)
                return key;
            const auto &values = m_values[index.column() - 1];
            const auto found = values.find(key);
            return found == values.end() ? tr("(not set)") : found->second;
        }
        case DiffersRole:
            return different;
        case Qt::BackgroundRole:
            return different ? QVariant(QColor(0xFD, 0xE8, 0xC8)) : QVariant();  // light orange
        case Qt::ForegroundRole:
            return different ? QVariant(QColor(Qt::black)) : QVariant();
        case Qt::FontRole:
            if (different && index.column() == 0) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
    }
}

QVariant ConfigDiffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == 0 ? tr("Config key") : m_runNames[section - 1];
}
