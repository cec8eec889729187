#pragma once

#include "corpussummary.h"

#include <QMainWindow>

class CorpusLoader;
class CorpusPreviewModel;
class HistogramChart;
class QAction;
class QFormLayout;
class QLabel;
class QSplitter;
class QTableView;

// The workbench window. Today it shows a corpus (statistics, preview, length histogram) read by
// the engine on a worker thread; later issues add runs, training and the denoising viewer.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads a corpus in the background; the window shows it (or the error) when done.
    void openCorpus(const QString &path);
    CorpusLoader *corpusLoader() const { return m_loader; }
    const CorpusSummary &corpus() const { return m_corpus; }

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

    CorpusLoader *m_loader = nullptr;
    CorpusPreviewModel *m_previewModel = nullptr;
    CorpusSummary m_corpus;

    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

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
    QLabel *m_busyStatus = nullptr;
    QLabel *m_storeStatus = nullptr;
};
