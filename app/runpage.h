#pragma once

#include "livetexts.h"
#include "storewatch.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QWidget>

#include <vector>

class MetricChart;
class QJsonObject;
namespace dbw {
struct EvalRecord;
}
class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QProgressBar;
class QSlider;
class QStackedWidget;

// A run's samples, newest step first, as a list model.
class SamplesModel : public QAbstractListModel {
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;
    struct Entry {
        qint64 step = 0;
        QString text;
    };
    void setEntries(QVector<Entry> entries);
    void retranslate();  // the "step N:" prefix is made when the view asks
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVector<Entry> m_entries;
};

// One run from the store: overview, live charts (per-pixel buckets read from the store, smoothing,
// log y, x by step / wall time / tokens seen) and its samples. refresh() re-reads the store.
class RunPage : public QWidget {
    Q_OBJECT

public:
    explicit RunPage(QWidget *parent = nullptr);

    void showRun(const QString &storePath, qint64 runId);
    void refresh();
    qint64 runId() const { return m_runId; }
    MetricChart *chart(const QString &metric) const;
    SamplesModel *samples() const { return m_samples; }
    QProgressBar *progress() const { return m_progress; }
    QString overviewText() const;
    QString evaluationsText() const;
    // Whether the store has runs at all: with none, the start page offers to train the demo.
    void setStoreHasRuns(bool hasRuns);
    bool showsStartPage() const;

Q_SIGNALS:
    void trainDemoRequested();
    void newExperimentRequested();

public:
    // What the training loss of a run's objective is, in words (from its config's "diffusion").
    static QString lossExplanation(const QJsonObject &diffusion);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showEvaluations(const std::vector<dbw::EvalRecord> &evals);

    QString m_storePath;
    qint64 m_runId = 0;
    StoreWatch m_watch;
    LiveTexts m_texts;
    bool m_shownWriting =
        false;  // the run shown was running or paused: its writer may die silently
    QStackedWidget *m_pages = nullptr;  // the start page while no run is shown, else the run
    bool m_storeHasRuns = false;
    QLabel *m_startText = nullptr;
    QWidget *m_trainDemo = nullptr;
    QLabel *m_overview = nullptr;
    QLabel *m_evaluations = nullptr;
    QProgressBar *m_progress = nullptr;  // steps done of the configured total, with the ETA
    QComboBox *m_xAxis = nullptr;
    QSlider *m_smoothing = nullptr;
    QCheckBox *m_logScale = nullptr;
    // Each chart shows one or more metrics of the run (training and validation NELBO together).
    struct ChartSpec {
        QStringList metrics;
        QStringList labels;  // legend names when there are several
        MetricChart *chart = nullptr;
    };
    QVector<ChartSpec> m_charts;
    QLabel *m_skipped = nullptr;  // a badge: the skipped-steps chart shows only when there are some
    SamplesModel *m_samples = nullptr;
    QListView *m_sampleView = nullptr;
};
