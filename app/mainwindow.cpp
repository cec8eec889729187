#include "mainwindow.h"

#include "comparepage.h"
#include "denoisingpage.h"
#include "runhistorypanel.h"

#include "corpusloader.h"
#include "corpuspreviewmodel.h"
#include "evaluatedialog.h"
#include "histogramchart.h"
#include "newexperimentdialog.h"
#include "runlistmodel.h"
#include "runpage.h"
#include "runprogress.h"
#include "trainingcontroller.h"
#include "translations.h"
#include "workbenchsettings.h"

#include "runtime/runtime.h"
#include "store/runstore.h"
#include "train/trainer.h"
#include "util/paths.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum StatRow {
    FormatRow,
    SizeRow,
    LinesRow,
    WordsRow,
    CharactersRow,
    LengthRow,
    HashRow,
    RowCount
};

QString engineStatusText() {
    const dbw::RuntimeInfo info = dbw::currentRuntimeInfo();
    QString text = MainWindow::tr("CPU · LibTorch %1 · %2 threads · BLAS %3")
                       .arg(QString::fromStdString(info.torchVersion))
                       .arg(info.threads)
                       .arg(QString::fromStdString(info.blasKind));
    if (info.cudaAvailable)
        text.replace(0, 3, MainWindow::tr("%n CUDA device(s)", nullptr, info.cudaDevices));
    return text;
}

}  // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_loader(new CorpusLoader(this)),
      m_previewModel(new CorpusPreviewModel(this)),
      m_runs(new RunListModel(this)),
      m_controller(new TrainingController(this)),
      m_evaluation(new EvaluationController(this)),
      m_storePath(QString::fromStdString(dbw::RunStore::defaultPath())) {
    setObjectName(QStringLiteral("MainWindow"));
    createActions();
    createCentralWidget();

    m_engineStatus = new QLabel(engineStatusText(), this);
    m_engineStatus->setObjectName(QStringLiteral("engineStatus"));
    const dbw::RuntimeInfo info = dbw::currentRuntimeInfo();
    if (!info.warnings.empty())
        m_engineStatus->setToolTip(QString::fromStdString(info.warnings.front()));
    m_busyStatus = new QLabel(this);
    // The run store dbw uses too ($DBW_STORE or the user data folder): runs appear there.
    m_storeStatus = new QLabel(this);
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    statusBar()->addWidget(m_busyStatus, 1);
    statusBar()->addPermanentWidget(m_storeStatus);
    statusBar()->addPermanentWidget(m_engineStatus);

    connect(m_loader, &CorpusLoader::loaded, this, &MainWindow::showCorpus);
    connect(m_loader, &CorpusLoader::failed, this, [this](const QString &, const QString &message) {
        showError(tr("Could not read the corpus: %1").arg(message));
    });
    connect(m_loader, &CorpusLoader::busyChanged, this, [this](bool busy) {
        m_busyStatus->setText(busy ? tr("Reading corpus…") : QString());
        m_openAction->setEnabled(true);
    });

    m_trainingStatus = new QLabel(this);
    m_trainingStatus->setObjectName(QStringLiteral("trainingStatus"));
    statusBar()->addWidget(m_trainingStatus, 2);
    createEvaluationStatus();
    connect(m_controller, &TrainingController::stateChanged, this,
            &MainWindow::updateTrainingActions);
    connect(m_controller, &TrainingController::message, m_trainingStatus, &QLabel::setText);
    connect(m_controller, &TrainingController::runCreated, this, [this](qint64 runId) {
        m_trainingRun = runId;
        m_history->setActiveRun(runId);  // not deletable while it trains
        refreshRuns();
        selectRun(runId);
    });
    connect(
        m_controller, &TrainingController::stepReported, this,
        [this](qint64 step, qint64 total, double loss, double tokensPerSecond) {
            m_trainingStatus->setText(tr("Training run #%1: step %2 of %3, loss %4, %5 tokens/s")
                                          .arg(m_trainingRun)
                                          .arg(step)
                                          .arg(total)
                                          .arg(loss, 0, 'f', 4)
                                          .arg(tokensPerSecond, 0, 'f', 0));
        });
    connect(
        m_controller, &TrainingController::finished, this,
        [this](const QString &status, const QString &detail) {
            m_history->setActiveRun(0);
            refreshRuns();
            m_runPage->refresh();
            if (status == QLatin1String("failed"))
                showError(tr("Training failed: %1").arg(detail));
            else
                m_trainingStatus->setText(tr("Run #%1 %2; checkpoint %3")
                                              .arg(QString::number(m_trainingRun), status, detail));
        });
    // Runs written by this window or by dbw in another process show up within a second.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        refreshRuns();
        m_runPage->refresh();
        // The viewer offers the newest checkpoints of a run that is still training.
        if (m_tabs->currentWidget() == m_denoisingPage && selectedRun() != 0)
            m_denoisingPage->showRun(m_storePath, selectedRun());
        // A comparison of runs that are still training follows them (read on a worker).
        if (m_tabs->currentWidget() == m_comparePage) {
            qint64 progress = 0;
            for (const qint64 id : m_comparePage->runIds())
                if (const int row = m_runs->rowOf(id); row >= 0)
                    progress += m_runs->rows()[row].steps + 1;
            if (progress != m_comparedProgress) {
                m_comparedProgress = progress;
                m_comparePage->reload();
            }
        }
    });
    m_refreshTimer->start();

    retranslate();
    updateTrainingActions();
    restoreSettings();
    refreshRuns();
}

QString MainWindow::storeStatusText() const {
    const QString path = QDir::toNativeSeparators(m_storePath);
    return QFileInfo::exists(m_storePath) &&
                   dbw::RunStore::isReadOnlyLocation(m_storePath.toStdString())
               ? tr("Store: %1 (read-only: runs are shown, nothing can be recorded)").arg(path)
               : tr("Store: %1").arg(path);
}

void MainWindow::refreshRuns() {
    const QString error = m_runs->refresh(m_storePath);
    if (!error.isEmpty())
        showError(error);
    if (m_runPage)
        m_runPage->setStoreHasRuns(m_runs->rowCount() > 0);
    if (m_history && m_history->currentRun() == 0) {
        m_history->selectNewestIfNone();
        updateTrainingActions();
    }
}

void MainWindow::openTrajectory(const QString &path) {
    m_tabs->setCurrentWidget(m_denoisingPage);
    m_denoisingPage->openTrajectory(path);
}

void MainWindow::selectRun(qint64 runId) {
    if (m_runs->rowOf(runId) < 0)
        return;
    m_history->selectRun(runId);
    m_tabs->setCurrentWidget(m_runPage);
    m_runPage->showRun(m_storePath, runId);
    m_denoisingPage->showRun(m_storePath, runId);
}

bool MainWindow::startTraining(const dbw::RunConfig &config, int processes) {
    const std::string stamp =
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")).toStdString();
    const QString folder = QString::fromStdString(dbw::newRunFolder(
        dbw::userDataDirectory() + "/runs", config.name.empty() ? "run" : config.name, stamp));
    if (processes > 1)
        return m_controller->startProcesses(config, folder, m_storePath, processes);
    return m_controller->start(config, folder, m_storePath);
}

void MainWindow::evaluateRun() {
    EvaluateDialog dialog(m_storePath, selectedRun(), this);
    if (dialog.exec() == QDialog::Accepted)
        startEvaluation(dialog.request());
}

bool MainWindow::startEvaluation(const EvaluationController::Request &request) {
    if (!m_evaluation->start(request))
        return false;
    m_evaluationEta.start();
    m_evaluationProgress->setRange(0, 0);
    m_evaluationProgress->setFormat(tr("evaluating…"));
    m_evaluationProgress->setVisible(true);
    m_cancelEvaluation->setVisible(true);
    updateTrainingActions();
    return true;
}

void MainWindow::createEvaluationStatus() {
    // Progress, ETA and cancel of an evaluation, in the status bar whatever page is shown.
    m_evaluationProgress = new QProgressBar(this);
    m_evaluationProgress->setObjectName(QStringLiteral("evaluationProgress"));
    m_evaluationProgress->setMaximumWidth(320);
    m_evaluationProgress->setVisible(false);
    m_cancelEvaluation = new QToolButton(this);
    m_cancelEvaluation->setObjectName(QStringLiteral("cancelEvaluation"));
    m_cancelEvaluation->setVisible(false);
    statusBar()->addWidget(m_evaluationProgress);
    statusBar()->addWidget(m_cancelEvaluation);
    connect(m_cancelEvaluation, &QToolButton::clicked, m_evaluation, &EvaluationController::cancel);
    connect(m_evaluation, &EvaluationController::progress, this, [this](qint64 done, qint64 total) {
        m_evaluationProgress->setRange(0, static_cast<int>(total));
        m_evaluationProgress->setValue(static_cast<int>(done));
        const double left = m_evaluationEta.secondsLeft(done, total);
        m_evaluationProgress->setFormat(left >= 0 ? tr("%1 of %2 sentences · %3 left")
                                                        .arg(done)
                                                        .arg(total)
                                                        .arg(RunProgress::formatDuration(left))
                                                  : tr("%1 of %2 sentences").arg(done).arg(total));
    });
    const auto done = [this] {
        m_evaluationProgress->setVisible(false);
        m_cancelEvaluation->setVisible(false);
        updateTrainingActions();
    };
    connect(
        m_evaluation, &EvaluationController::finished, this,
        [this, done](const QString &recipeJson, const QString &resultsJson, bool) {
            done();
            const QJsonObject results = QJsonDocument::fromJson(resultsJson.toUtf8()).object();
            // Some recipes are not bounds (spindle-reference, [MASK] given mass): no "≤" for those.
            const bool bound =
                QJsonDocument::fromJson(recipeJson.toUtf8()).object()["is_bound"].toBool(true);
            m_trainingStatus->setText(
                (bound ? tr("Evaluated: NELBO ≤ %1 ± %2 nats/token, perplexity per word ≤ %3 "
                            "(stored with the run)")
                       : tr("Evaluated (not a bound): NELBO ≈ %1 ± %2 nats/token, perplexity per "
                            "word ≈ %3 (stored with the run)"))
                    .arg(QLocale().toString(results["nats_per_token"].toDouble(), 'f', 4))
                    .arg(QLocale().toString(results["standard_error_nats_per_token"].toDouble(),
                                            'f', 4))
                    .arg(QLocale().toString(results["perplexity_per_word"].toDouble(), 'f', 1)));
            m_runPage->refresh();
        });
    connect(m_evaluation, &EvaluationController::failed, this,
            [this, done](const QString &message) {
                done();
                showError(tr("Evaluation: %1").arg(message));
            });
}

void MainWindow::newExperiment() {
    NewExperimentDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        startTraining(dialog.config(), dialog.processes());
}

qint64 MainWindow::selectedRun() const {
    return m_history ? m_history->currentRun() : 0;
}

void MainWindow::openStore() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Run Store"), QFileInfo(m_storePath).absolutePath(),
        tr("Run stores (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    m_storePath = path;
    m_storeStatus->setText(storeStatusText());
    refreshRuns();
}

void MainWindow::cloneRun() {
    try {
        const dbw::RunStore store(m_storePath.toStdString(), dbw::RunStore::Mode::ReadOnly);
        const auto run = store.run(selectedRun());
        if (!run)
            return;
        NewExperimentDialog dialog(this);
        dbw::RunConfig config =
            dbw::runConfigFromJson(run->configJson, "run " + std::to_string(run->id));
        config.name += "-clone";
        dialog.setConfig(config);
        if (dialog.exec() == QDialog::Accepted)
            startTraining(dialog.config(), dialog.processes());
    } catch (const std::exception &error) {
        showError(tr("Cannot clone the run: %1").arg(QString::fromStdString(error.what())));
    }
}

void MainWindow::resumeRun() {
    try {
        const dbw::RunStore store(m_storePath.toStdString(), dbw::RunStore::Mode::ReadOnly);
        const QString latest =
            QString::fromStdString(dbw::lastCheckpointOnDisk(store, selectedRun()));
        if (latest.isEmpty()) {
            showError(tr("The selected run has no checkpoint on disk to resume from."));
            return;
        }
        m_controller->resumeFrom(latest, m_storePath);
    } catch (const std::exception &error) {
        showError(tr("Cannot resume the run: %1").arg(QString::fromStdString(error.what())));
    }
}

void MainWindow::updateTrainingActions() {
    const auto state = m_controller->state();
    const int row = m_runs->rowOf(selectedRun());
    const QString status = row >= 0 ? m_runs->rows()[row].status : QString();
    m_cloneAction->setEnabled(state == TrainingController::State::Idle && row >= 0);
    m_evaluateAction->setEnabled(row >= 0 && !m_evaluation->isRunning());
    m_resumeRunAction->setEnabled(state == TrainingController::State::Idle &&
                                  (status == QLatin1String("stopped") ||
                                   status == QLatin1String("failed") ||
                                   status == QLatin1String("interrupted")));
    m_newExperimentAction->setEnabled(state == TrainingController::State::Idle);
    m_pauseAction->setEnabled(m_controller->canPause());
    m_resumeAction->setEnabled(state == TrainingController::State::Paused);
    m_stopAction->setEnabled(state == TrainingController::State::Running ||
                             state == TrainingController::State::Paused ||
                             state == TrainingController::State::Preparing);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseCorpus);
    m_openDemoAction = new QAction(this);
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoCorpus);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_newExperimentAction = new QAction(this);
    m_newExperimentAction->setShortcut(QKeySequence::New);
    connect(m_newExperimentAction, &QAction::triggered, this, &MainWindow::newExperiment);
    m_pauseAction = new QAction(this);
    connect(m_pauseAction, &QAction::triggered, m_controller, &TrainingController::pause);
    m_resumeAction = new QAction(this);
    connect(m_resumeAction, &QAction::triggered, m_controller, &TrainingController::resume);
    m_stopAction = new QAction(this);
    connect(m_stopAction, &QAction::triggered, m_controller, &TrainingController::stop);
    m_openStoreAction = new QAction(this);
    connect(m_openStoreAction, &QAction::triggered, this, &MainWindow::openStore);
    m_cloneAction = new QAction(this);
    connect(m_cloneAction, &QAction::triggered, this, &MainWindow::cloneRun);
    m_resumeRunAction = new QAction(this);
    connect(m_resumeRunAction, &QAction::triggered, this, &MainWindow::resumeRun);
    m_evaluateAction = new QAction(this);
    m_evaluateAction->setObjectName(QStringLiteral("evaluateAction"));
    connect(m_evaluateAction, &QAction::triggered, this, &MainWindow::evaluateRun);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newExperimentAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_openStoreAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openDemoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    // Languages by their own names ("Deutsch"), checked as chosen; a choice applies at once.
    m_languageMenu = menuBar()->addMenu(QString());
    auto *languages = new QActionGroup(this);
    const QString chosen = WorkbenchSettings().language();
    QList<QPair<QString, QString>> choices = {{QString(), QString()}};
    for (const QLocale &locale : Translations::available()) {
        const QString code = QLocale::languageToCode(locale.language());
        choices.append({code, locale.language() == QLocale::English ? QStringLiteral("English")
                                                                    : locale.nativeLanguageName()});
    }
    for (const auto &[code, name] : choices) {
        QAction *action = m_languageMenu->addAction(name);
        action->setObjectName(QStringLiteral("language:") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
        if (code.isEmpty()) {
            m_systemLanguageAction = action;
            m_languageMenu->addSeparator();
        }
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(QStringLiteral("main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(m_newExperimentAction);
    toolBar->addAction(m_pauseAction);
    toolBar->addAction(m_resumeAction);
    toolBar->addAction(m_stopAction);
    toolBar->addAction(m_resumeRunAction);
    toolBar->addAction(m_cloneAction);
    toolBar->addAction(m_evaluateAction);
    toolBar->addSeparator();
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_openDemoAction);
}

void MainWindow::createCentralWidget() {
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_errorBanner = new QLabel(central);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fbe3d6; color: #6b2100; border: 1px solid #d55e00; "
                       "padding: 6px; }"));
    m_errorBanner->hide();
    layout->addWidget(m_errorBanner);

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));

    auto *statsPanel = new QWidget(m_mainSplitter);
    auto *statsLayout = new QVBoxLayout(statsPanel);
    m_corpusTitle = new QLabel(statsPanel);
    m_corpusTitle->setObjectName(QStringLiteral("corpusTitle"));
    m_corpusTitle->setWordWrap(true);
    QFont titleFont = m_corpusTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_corpusTitle->setFont(titleFont);
    statsLayout->addWidget(m_corpusTitle);
    m_statsForm = new QFormLayout;
    for (int row = 0; row < RowCount; ++row) {
        auto *value = new QLabel(statsPanel);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QStringLiteral("stat%1").arg(row));
        m_statValues.append(value);
        auto *name = new QLabel(statsPanel);
        m_statLabels.append(name);
        m_statsForm->addRow(name, value);
    }
    statsLayout->addLayout(m_statsForm);
    statsLayout->addStretch();

    m_rightSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_rightSplitter->setObjectName(QStringLiteral("rightSplitter"));
    m_previewView = new QTableView(m_rightSplitter);
    m_previewView->setObjectName(QStringLiteral("corpusPreview"));
    m_previewView->setModel(m_previewModel);
    m_previewView->verticalHeader()->hide();
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() +
                                                           6);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setWordWrap(false);
    m_histogram = new HistogramChart(m_rightSplitter);
    m_histogram->setObjectName(QStringLiteral("lengthHistogram"));
    m_rightSplitter->setStretchFactor(0, 3);
    m_rightSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 3);

    layout->addWidget(m_mainSplitter, 1);

    // Runs on the left, the selected run (and the corpus) on the right.
    auto *outer = new QSplitter(Qt::Horizontal, this);
    outer->setObjectName(QStringLiteral("outerSplitter"));
    m_outerSplitter = outer;
    m_history = new RunHistoryPanel(m_runs, outer);
    m_history->setObjectName(QStringLiteral("runHistory"));
    m_history->setMinimumWidth(280);
    connect(m_history, &RunHistoryPanel::currentRunChanged, this, [this](qint64 runId) {
        // What the last training said belongs to its run: once another run is shown and nothing
        // trains, it would read as news about that one.
        if (m_trainingStatus && m_controller->state() == TrainingController::State::Idle &&
            runId != m_trainingRun)
            m_trainingStatus->clear();
        m_runPage->showRun(m_storePath, runId);
        m_denoisingPage->showRun(m_storePath, runId);
        updateTrainingActions();
    });
    connect(m_history, &RunHistoryPanel::selectionChanged, this,
            [this](const QVector<qint64> &runIds) { m_comparePage->setRuns(m_storePath, runIds); });
    connect(m_history, &RunHistoryPanel::compareRequested, this,
            [this] { m_tabs->setCurrentWidget(m_comparePage); });
    connect(m_history, &RunHistoryPanel::runsChanged, this, &MainWindow::refreshRuns);
    connect(m_history, &RunHistoryPanel::errorOccurred, this, &MainWindow::showError);
    m_tabs = new QTabWidget(outer);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_runPage = new RunPage(m_tabs);
    connect(m_runPage, &RunPage::trainDemoRequested, this,
            [this] { startTraining(demoRunConfig()); });
    connect(m_runPage, &RunPage::newExperimentRequested, this, &MainWindow::newExperiment);
    m_tabs->addTab(m_runPage, QString());
    m_denoisingPage = new DenoisingPage(m_tabs);
    m_denoisingPage->setObjectName(QStringLiteral("denoisingPage"));
    m_tabs->addTab(m_denoisingPage, QString());
    m_comparePage = new ComparePage(m_tabs);
    m_comparePage->setObjectName(QStringLiteral("comparePage"));
    m_tabs->addTab(m_comparePage, QString());
    m_tabs->addTab(central, QString());
    outer->setStretchFactor(0, 2);
    outer->setStretchFactor(1, 5);
    // The error banner spans the window: corpus and training errors both land there.
    auto *root = new QWidget(this);
    auto *rootLayout = new QVBoxLayout(root);
    layout->removeWidget(m_errorBanner);
    m_errorBanner->setParent(root);
    rootLayout->addWidget(m_errorBanner);
    rootLayout->addWidget(outer, 1);
    setCentralWidget(root);
}

void MainWindow::retranslate() {
    setWindowTitle(
        m_corpus.path.isEmpty()
            ? tr("DiffusionBERT Workbench")
            : tr("%1 — DiffusionBERT Workbench").arg(QFileInfo(m_corpus.path).fileName()));
    m_openAction->setText(tr("&Open Corpus…"));
    m_openAction->setStatusTip(tr("Read a corpus (one sentence per line, or DiffuSeq jsonl)"));
    m_openDemoAction->setText(tr("Open &Demo Corpus"));
    m_openDemoAction->setStatusTip(tr("The bundled Brown corpus"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About DiffusionBERT Workbench"));
    m_newExperimentAction->setText(tr("&New Experiment…"));
    m_pauseAction->setText(tr("Pause"));
    m_resumeAction->setText(tr("Resume"));
    m_stopAction->setText(tr("Stop"));
    m_stopAction->setToolTip(tr("Stop training after this step and write a checkpoint"));
    m_openStoreAction->setText(tr("Open Run &Store…"));
    m_openStoreAction->setToolTip(
        tr("Show the runs of another store (dbw --store PATH writes to one)"));
    m_evaluateAction->setText(tr("Evaluate…"));
    m_evaluateAction->setToolTip(
        tr("Bound the selected run's likelihood on a split with the ELBO of its reverse chain"));
    m_cloneAction->setText(tr("Clone Run…"));
    m_cloneAction->setToolTip(tr("A new experiment with the selected run's config"));
    m_resumeRunAction->setText(tr("Resume Run"));
    m_resumeRunAction->setToolTip(
        tr("Continue the selected stopped, failed or interrupted run from its last checkpoint, as "
           "a new run"));
    if (m_tabs) {
        m_tabs->setTabText(0, tr("Run"));
        m_tabs->setTabText(1, tr("Denoise"));
        m_tabs->setTabText(2, tr("Compare"));
        m_tabs->setTabText(3, tr("Corpus"));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(
        tr("System Default (%1)").arg(QLocale::system().nativeLanguageName()));
    m_cancelEvaluation->setText(tr("Cancel"));
    m_helpMenu->setTitle(tr("&Help"));
    const QStringList labels = {tr("Format:"),     tr("Size:"),   tr("Lines:"),       tr("Words:"),
                                tr("Characters:"), tr("Length:"), tr("Content hash:")};
    for (int row = 0; row < RowCount; ++row)
        m_statLabels[row]->setText(labels[row]);
    if (m_corpus.path.isEmpty())
        m_corpusTitle->setText(tr("No corpus"));
    if (m_engineStatus)
        m_engineStatus->setText(engineStatusText());
    if (m_storeStatus)
        m_storeStatus->setText(storeStatusText());
    if (!m_corpus.path.isEmpty())
        showCorpus(m_corpus);
}

void MainWindow::openCorpus(const QString &path) {
    m_errorBanner->hide();
    m_loader->load(path);
}

void MainWindow::showCorpus(const CorpusSummary &summary) {
    m_corpus = summary;
    m_errorBanner->hide();
    const QLocale locale;
    m_corpusTitle->setText(QFileInfo(summary.path).fileName());
    m_corpusTitle->setToolTip(summary.path);
    m_statValues[FormatRow]->setText(summary.format == QLatin1String("jsonl")
                                         ? tr("DiffuSeq jsonl (src → trg)")
                                         : tr("plain text, one sentence per line"));
    m_statValues[SizeRow]->setText(locale.formattedDataSize(summary.sizeBytes));
    m_statValues[LinesRow]->setText(tr("%1 (%2 sentences, %3 blank)")
                                        .arg(locale.toString(summary.lines),
                                             locale.toString(summary.examples),
                                             locale.toString(summary.blankLines)));
    m_statValues[WordsRow]->setText(locale.toString(summary.words));
    m_statValues[CharactersRow]->setText(locale.toString(summary.characters));
    m_statValues[LengthRow]->setText(tr("min %1 · median %2 · mean %3 · max %4 words")
                                         .arg(summary.minLength)
                                         .arg(summary.medianLength)
                                         .arg(locale.toString(summary.meanLength, 'f', 1))
                                         .arg(summary.maxLength));
    m_statValues[HashRow]->setText(summary.contentHash);
    m_previewModel->setLines(summary.preview, summary.format == QLatin1String("jsonl"));
    m_previewView->resizeColumnToContents(0);
    m_histogram->setHistogram(summary.histogram, summary.bucketWidth, tr("words"));
    setWindowTitle(tr("%1 — DiffusionBERT Workbench").arg(QFileInfo(summary.path).fileName()));
    statusBar()->showMessage(tr("Read %1 sentences in %2 s")
                                 .arg(locale.toString(summary.examples))
                                 .arg(locale.toString(summary.seconds, 'f', 2)),
                             8000);
}

void MainWindow::showError(const QString &message) {
    m_errorBanner->setText(message);
    m_errorBanner->show();
}

void MainWindow::chooseCorpus() {
    WorkbenchSettings settings;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Corpus"), settings.lastCorpusDirectory(),
                                     tr("Corpora (*.txt *.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastCorpusDirectory(QFileInfo(path).absolutePath());
    openCorpus(path);
}

void MainWindow::openDemoCorpus() {
    try {
        openCorpus(QDir(QString::fromStdString(dbw::demoCorpusDirectory()))
                       .filePath(QStringLiteral("brown-train.txt")));
    } catch (const std::exception &error) {
        showError(tr("Could not read the corpus: %1").arg(QString::fromStdString(error.what())));
    }
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About DiffusionBERT Workbench"),
        tr("<h3>DiffusionBERT Workbench</h3><p>Version %1</p><p>A workbench for absorbing-state "
           "discrete diffusion language models (DiffusionBERT, He et al. 2022).</p><p>Demo corpus: "
           "the Brown Corpus (W. N. Francis and H. Kučera, 1964/1979).</p>")
            .arg(QString::fromStdString(dbw::codeVersion()).toHtmlEscaped()));
}

void MainWindow::restoreSettings() {
    WorkbenchSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 800);
    restoreState(settings.windowState());
    if (!m_mainSplitter->restoreState(settings.splitterState(m_mainSplitter->objectName())))
        m_mainSplitter->setSizes({320, 960});
    m_rightSplitter->restoreState(settings.splitterState(m_rightSplitter->objectName()));
    // The run table wide enough for its name, status, tags, created and one metric column.
    if (!m_outerSplitter->restoreState(settings.splitterState(m_outerSplitter->objectName())))
        m_outerSplitter->setSizes({width() * 3 / 10, width() * 7 / 10});
}

void MainWindow::closeEvent(QCloseEvent *event) {
    WorkbenchSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(m_mainSplitter->objectName(), m_mainSplitter->saveState());
    settings.setSplitterState(m_rightSplitter->objectName(), m_rightSplitter->saveState());
    settings.setSplitterState(m_outerSplitter->objectName(), m_outerSplitter->saveState());
    event->accept();
}

void MainWindow::setLanguage(const QString &language) {
    WorkbenchSettings().setLanguage(language);
    const QLocale locale = Translations::forSetting(language);
    // Numbers follow the language: the default locale for code that asks QLocale(), the
    // window's for widgets (propagated to every child that has not set its own).
    QLocale::setDefault(locale);
    setLocale(locale);
    const QStringList notes = Translations::shared().install(locale);  // Qt sends LanguageChange
    const QString name =
        QStringLiteral("language:") + (language.isEmpty() ? QStringLiteral("system") : language);
    if (auto *action = findChild<QAction *>(name))
        action->setChecked(true);
    if (!notes.isEmpty())
        statusBar()->showMessage(notes.join(QStringLiteral("; ")));
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}
