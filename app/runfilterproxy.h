#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

// Filters the run list: free text (name, tags, notes, status, preset, schedule, time design),
// one tag, status, preset, schedule, time design (exact; empty = any), a creation date range, and
// archived runs hidden unless asked for. Sorts by the raw values (EditRole).
class RunFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum Field { Tag, Status, Preset, Schedule, TimeDesign, FieldCount };

    explicit RunFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setField(Field field, const QString &value);  // empty: any
    QString field(Field field) const { return m_fields[field]; }
    void setDateRange(const QDate &from, const QDate &to);  // invalid: open
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    // The values a field takes in the source model, sorted (for the filter combos).
    QStringList values(Field field) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_fields[FieldCount];
    QDate m_from, m_to;
    bool m_showArchived = false;
};
