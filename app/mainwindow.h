#pragma once

#include "corpussummary.h"
#include "evaluationcontroller.h"
#include "runprogress.h"

#include "train/runconfig.h"

#include <QMainWindow>

class CorpusLoader;
class CorpusPreviewModel;
class ComparePage;
class DenoisingPage;
class RunHistoryPanel;
class HistogramChart;
class NewExperimentDialog;
class RunListModel;
class RunPage;
class TrainingController;
class QSortFilterProxyModel;
class QTabWidget;
class QTimer;
class QAction;
class QFormLayout;
class QLabel;
class QProgressBar;
class QToolButton;
class QSplitter;
class QTableView;

// The workbench window: the run history on the left and four pages (Run: live charts and samples
// of the selected run; Denoise: the reverse process step by step; Compare: several runs; Corpus:
// statistics, preview and length histogram read on a worker thread), with the actions that start
// training, evaluation and sampling on workers and the language menu.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads a corpus in the background; the window shows it (or the error) when done.
    void openCorpus(const QString &path);
    // Shows a recorded trajectory file in the denoising viewer.
    void openTrajectory(const QString &path);
    CorpusLoader *corpusLoader() const { return m_loader; }
    const CorpusSummary &corpus() const { return m_corpus; }
    TrainingController *trainingController() const { return m_controller; }
    EvaluationController *evaluationController() const { return m_evaluation; }
    // Starts an evaluation (what the Evaluate dialog asks for); false while one runs.
    bool startEvaluation(const EvaluationController::Request &request);
    RunListModel *runList() const { return m_runs; }
    RunPage *runPage() const { return m_runPage; }
    DenoisingPage *denoisingPage() const { return m_denoisingPage; }
    ComparePage *comparePage() const { return m_comparePage; }
    RunHistoryPanel *runHistory() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    QString storePath() const { return m_storePath; }
    // Starts training a config from the dialog (or a test); the run appears in the list.
    // processes > 1: data parallel, run by dbw train --nproc (TrainingController::startProcesses).
    bool startTraining(const dbw::RunConfig &config, int processes = 1);
    void refreshRuns();
    QString storeStatusText() const;
    // Switches the UI language at once and remembers it ("de", "en"; empty: the system's).
    void setLanguage(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createCentralWidget();
    void retranslate();
    void showCorpus(const CorpusSummary &summary);
    void showError(const QString &message);
    void chooseCorpus();
    void openDemoCorpus();
    void showAbout();
    void restoreSettings();
    void newExperiment();
    void updateTrainingActions();
    void selectRun(qint64 runId);
    void cloneRun();
    void evaluateRun();
    void createEvaluationStatus();
    void openStore();
    void resumeRun();
    qint64 selectedRun() const;

    CorpusLoader *m_loader = nullptr;
    CorpusPreviewModel *m_previewModel = nullptr;
    CorpusSummary m_corpus;

    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_newExperimentAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_cloneAction = nullptr;
    QAction *m_evaluateAction = nullptr;
    QAction *m_openStoreAction = nullptr;
    QAction *m_resumeRunAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_systemLanguageAction = nullptr;

    QLabel *m_errorBanner = nullptr;
    QLabel *m_corpusTitle = nullptr;
    QFormLayout *m_statsForm = nullptr;
    QVector<QLabel *> m_statLabels;
    QVector<QLabel *> m_statValues;
    QTableView *m_previewView = nullptr;
    HistogramChart *m_histogram = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QLabel *m_engineStatus = nullptr;
    QLabel *m_trainingStatus = nullptr;
    qint64 m_trainingRun = 0;  // the run this window trains or trained last
    RunListModel *m_runs = nullptr;
    RunPage *m_runPage = nullptr;
    QSplitter *m_outerSplitter = nullptr;  // the run table | the pages
    DenoisingPage *m_denoisingPage = nullptr;
    ComparePage *m_comparePage = nullptr;
    RunHistoryPanel *m_history = nullptr;
    qint64 m_comparedProgress = -1;  // steps of the compared runs when last read
    QTabWidget *m_tabs = nullptr;
    TrainingController *m_controller = nullptr;
    EvaluationController *m_evaluation = nullptr;
    QProgressBar *m_evaluationProgress = nullptr;
    QToolButton *m_cancelEvaluation = nullptr;
    WorkEta m_evaluationEta;
    QTimer *m_refreshTimer = nullptr;
    QString m_storePath;
    QLabel *m_busyStatus = nullptr;
    QLabel *m_storeStatus = nullptr;
};
