#pragma once

#include "livetexts.h"

#include <QSet>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;
class QToolButton;
class RunFilterProxy;
class RunListModel;

// The run history: the store's runs as a sortable table with filters (text, tag, status, preset,
// schedule, time design, creation dates, archived), choosable columns (including the best or
// last value of any metric), tags and notes edited in place, multi-selection for comparing, and
// archive / delete (with confirmation; deleting can also remove the run's folder).
class RunHistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit RunHistoryPanel(RunListModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    RunFilterProxy *proxy() const { return m_proxy; }
    qint64 currentRun() const;
    QVector<qint64> selectedRuns() const;  // in the view's order
    void selectRun(qint64 runId);
    void selectRuns(const QVector<qint64> &runIds);
    void selectNewestIfNone();
    // The run being trained: it cannot be deleted.
    void setActiveRun(qint64 runId) { m_activeRun = runId; }

    // Without dialogs (the menus ask first); return an error message or an empty string.
    QString setArchived(const QVector<qint64> &runIds, bool archived);
    QString deleteRuns(const QVector<qint64> &runIds, bool withFiles);
    // The folder a run's checkpoints live in (the run folder), or empty when unknown.
    static QString runFolder(const QString &storePath, qint64 runId);
    QString exportConfig(qint64 runId, const QString &path) const;

Q_SIGNALS:
    void currentRunChanged(qint64 runId);
    void selectionChanged(const QVector<qint64> &runIds);
    void compareRequested();
    void runsChanged();  // archived, deleted or edited: re-read the store
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createFilters();
    void updateFilterChoices();
    void showHeaderMenu(const QPoint &position);
    void fitColumn(int column);
    void fitColumns();
    void showRunMenu(const QPoint &position);
    void confirmDelete();

    RunListModel *m_model = nullptr;
    RunFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_filtersButton = nullptr;
    LiveTexts m_texts;
    QWidget *m_filters = nullptr;
    QVector<QComboBox *> m_fieldBoxes;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_archived = nullptr;
    qint64 m_activeRun = 0;
    qint64 m_keptCurrent = 0;  // across a model reset
    QVector<qint64> m_keptSelection;
    qint64 m_keptTop = 0;   // the run at the top of a scrolled view, across a reset
    QSet<int> m_userSized;  // columns the user resized: no longer fitted to content
    bool m_fitting = false;
};
