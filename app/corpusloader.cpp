#include "corpusloader.h"

#include "text/corpus.h"

#include <QElapsedTimer>

#include <exception>

namespace {

// Runs on the worker thread. Exceptions stop here: they never cross the thread boundary.
CorpusSummary analyse(const QString &path) {
    QElapsedTimer timer;
    timer.start();
    const dbw::Corpus corpus = dbw::readCorpus(path.toStdString());
    const dbw::CorpusStats stats = dbw::computeCorpusStats(corpus);

    CorpusSummary summary;
    summary.path = path;
    summary.format = QString::fromStdString(dbw::toString(corpus.format));
    summary.contentHash = QString::fromStdString(corpus.contentHash);
    summary.sizeBytes = static_cast<qint64>(stats.sizeBytes);
    summary.lines = static_cast<qint64>(stats.totalLines);
    summary.examples = static_cast<qint64>(stats.examples);
    summary.blankLines = static_cast<qint64>(stats.blankLines);
    summary.words = static_cast<qint64>(stats.words);
    summary.characters = static_cast<qint64>(stats.characters);
    summary.minLength = static_cast<int>(stats.minLength);
    summary.medianLength = static_cast<int>(stats.medianLength);
    summary.maxLength = static_cast<int>(stats.maxLength);
    summary.meanLength = stats.meanLength;
    summary.lengthUnit = QString::fromStdString(stats.lengthUnit);
    summary.bucketWidth = static_cast<int>(stats.histogram.bucketWidth);
    for (const std::size_t count : stats.histogram.counts)
        summary.histogram.append(static_cast<qint64>(count));
    const std::size_t shown =
        std::min<std::size_t>(corpus.examples.size(), CorpusLoader::kPreviewLines);
    summary.preview.reserve(static_cast<int>(shown));
    for (std::size_t i = 0; i < shown; ++i) {
        const dbw::CorpusExample &example = corpus.examples[i];
        summary.preview.append({static_cast<qint64>(example.line),
                                QString::fromStdString(example.source),
                                QString::fromStdString(example.text)});
    }
    summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return summary;
}

}  // namespace

CorpusLoader::CorpusLoader(QObject *parent) : QObject(parent), m_worker(new QObject) {
    qRegisterMetaType<CorpusSummary>();
    m_thread.setObjectName(QStringLiteral("CorpusLoader"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CorpusLoader::~CorpusLoader() {
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

void CorpusLoader::load(const QString &path) {
    const quint64 request = ++m_latestRequest;
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    // The lambda runs on the worker thread (m_worker's); results come back queued to this thread.
    QMetaObject::invokeMethod(
        m_worker,
        [this, path, request] {
            CorpusSummary summary;
            QString error;
            try {
                summary = analyse(path);
            } catch (const std::exception &exception) {
                error = QString::fromStdString(exception.what());
            }
            QMetaObject::invokeMethod(
                this,
                [this, path, request, summary, error] {
                    if (request == m_latestRequest) {
                        if (error.isEmpty())
                            Q_EMIT loaded(summary);
                        else
                            Q_EMIT failed(path, error);
                    }
                    finish();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CorpusLoader::finish() {
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}
