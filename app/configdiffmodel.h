#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

#include <map>
#include <string>

// Run configs side by side: one row per config key (flattened, e.g. "diffusion.schedule"), a
// column per run after the key column. Rows whose values are not all the same (a key missing in
// a run counts as different) are marked and, with "show only differences" (the default), the
// only rows shown.
class ConfigDiffModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int DiffersRole = Qt::UserRole + 1;

    struct Config {
        QString runName;
        std::string json;  // the run's config (dbw-config/1); an unreadable one shows as empty
    };

    explicit ConfigDiffModel(QObject *parent = nullptr);

    void setConfigs(const QVector<Config> &configs);
    void setShowOnlyDifferences(bool only);
    bool showOnlyDifferences() const { return m_onlyDifferences; }
    // Every key whose values differ, whatever is shown.
    QStringList differingKeys() const;
    QString key(int row) const { return m_shown.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    bool differs(const QString &key) const;

    QStringList m_runNames;
    QVector<std::map<QString, QString>> m_values;  // per run: key -> value text
    QStringList m_keys;                            // all keys, sorted
    QStringList m_shown;
    bool m_onlyDifferences = true;
};
