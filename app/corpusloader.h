#pragma once

#include "corpussummary.h"

#include <QObject>
#include <QThread>

// Reads and analyses a corpus with the engine on a worker thread, so the window never waits on a
// file scan. Results arrive as queued signals; a newer request supersedes an older one.
class CorpusLoader : public QObject {
    Q_OBJECT

public:
    static constexpr int kPreviewLines = 2000;

    explicit CorpusLoader(QObject *parent = nullptr);
    ~CorpusLoader() override;

    void load(const QString &path);
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void loaded(const CorpusSummary &summary);
    // message is the engine's: it names the file, the line and what was expected.
    void failed(const QString &path, const QString &message);
    void busyChanged(bool busy);

private:
    void finish();

    QThread m_thread;
    QObject *m_worker = nullptr;
    quint64 m_latestRequest = 0;
    int m_pending = 0;
};
