#include "mainwindow.h"

#include "corpusloader.h"
#include "corpuspreviewmodel.h"
#include "histogramchart.h"
#include "workbenchsettings.h"

#include "runtime/runtime.h"
#include "store/runstore.h"
#include "util/paths.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

enum StatRow { FormatRow, SizeRow, LinesRow, WordsRow, CharactersRow, LengthRow, HashRow, RowCount };

QString engineStatusText()
{
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
    : QMainWindow(parent)
    , m_loader(new CorpusLoader(this))
    , m_previewModel(new CorpusPreviewModel(this))
{
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
    connect(m_loader, &CorpusLoader::failed, this,
            [this](const QString &, const QString &message) { showError(message); });
    connect(m_loader, &CorpusLoader::busyChanged, this, [this](bool busy) {
        m_busyStatus->setText(busy ? tr("Reading corpus…") : QString());
        m_openAction->setEnabled(true);
    });

    retranslate();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
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

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openDemoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(QStringLiteral("main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_openDemoAction);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_errorBanner = new QLabel(central);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setWordWrap(true);
    m_errorBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fbe3d6; color: #6b2100; border: 1px solid #d55e00; padding: 6px; }"));
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
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);
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
    setCentralWidget(central);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_corpus.path.isEmpty()
                       ? tr("DiffusionBERT Workbench")
                       : tr("%1 — DiffusionBERT Workbench").arg(QFileInfo(m_corpus.path).fileName()));
    m_openAction->setText(tr("&Open Corpus…"));
    m_openAction->setStatusTip(tr("Read a corpus (one sentence per line, or DiffuSeq jsonl)"));
    m_openDemoAction->setText(tr("Open &Demo Corpus"));
    m_openDemoAction->setStatusTip(tr("The bundled Brown corpus"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About DiffusionBERT Workbench"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    const QStringList labels = {tr("Format:"), tr("Size:"),       tr("Lines:"),  tr("Words:"),
                                tr("Characters:"), tr("Length:"), tr("Content hash:")};
    for (int row = 0; row < RowCount; ++row)
        m_statLabels[row]->setText(labels[row]);
    if (m_corpus.path.isEmpty())
        m_corpusTitle->setText(tr("No corpus"));
    if (m_engineStatus)
        m_engineStatus->setText(engineStatusText());
    if (m_storeStatus)
        m_storeStatus->setText(
            tr("Store: %1").arg(QDir::toNativeSeparators(QString::fromStdString(dbw::RunStore::defaultPath()))));
    if (!m_corpus.path.isEmpty())
        showCorpus(m_corpus);
}

void MainWindow::openCorpus(const QString &path)
{
    m_errorBanner->hide();
    m_loader->load(path);
}

void MainWindow::showCorpus(const CorpusSummary &summary)
{
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

void MainWindow::showError(const QString &message)
{
    m_errorBanner->setText(tr("Could not read the corpus: %1").arg(message));
    m_errorBanner->show();
}

void MainWindow::chooseCorpus()
{
    WorkbenchSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Corpus"), settings.lastCorpusDirectory(),
        tr("Corpora (*.txt *.jsonl);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setLastCorpusDirectory(QFileInfo(path).absolutePath());
    openCorpus(path);
}

void MainWindow::openDemoCorpus()
{
    try {
        openCorpus(QDir(QString::fromStdString(dbw::demoCorpusDirectory()))
                       .filePath(QStringLiteral("brown-train.txt")));
    } catch (const std::exception &error) {
        showError(QString::fromStdString(error.what()));
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About DiffusionBERT Workbench"),
        tr("<h3>DiffusionBERT Workbench</h3><p>Version %1</p><p>A workbench for absorbing-state "
           "discrete diffusion language models (DiffusionBERT, He et al. 2022).</p><p>Demo corpus: "
           "the Brown Corpus (W. N. Francis and H. Kučera, 1964/1979).</p>")
            .arg(QString::fromStdString(dbw::codeVersion()).toHtmlEscaped()));
}

void MainWindow::restoreSettings()
{
    WorkbenchSettings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 800);
    restoreState(settings.windowState());
    if (!m_mainSplitter->restoreState(settings.splitterState(m_mainSplitter->objectName())))
        m_mainSplitter->setSizes({320, 960});
    m_rightSplitter->restoreState(settings.splitterState(m_rightSplitter->objectName()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WorkbenchSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setSplitterState(m_mainSplitter->objectName(), m_mainSplitter->saveState());
    settings.setSplitterState(m_rightSplitter->objectName(), m_rightSplitter->saveState());
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}
