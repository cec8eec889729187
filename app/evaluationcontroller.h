#pragma once

#include "eval/elbo.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

// Evaluates a checkpoint's ELBO on a worker thread, as `dbw eval` does, with progress in
// sentences and cancel between batches, and stores the result (recipe, figures, per-sentence
// values) with the checkpoint's run, so the run page and Compare's Likelihood tab show it.
class EvaluationController : public QObject {
    Q_OBJECT

public:
    // Which sentences.
    enum class Split { File, HeldOutShare };
    struct Request {
        QString checkpoint;  // a checkpoint folder
        QString device = QStringLiteral("cpu");
        QString precision = QStringLiteral("auto");
        Split split = Split::File;
        QString file;  // Split::File: a corpus file; HeldOutShare: the run's training corpus
        double fraction = 0.01;  // HeldOutShare: the run's data.valid_fraction
        quint64 seed = 0;        // HeldOutShare: the run's training.seed
        dbw::ElboRecipe recipe;
        QString storePath;  // empty: do not store
        qint64 runId = 0;
        qint64 step = 0;
    };

    explicit EvaluationController(QObject *parent = nullptr);
    ~EvaluationController() override;  // cancels and waits

    bool start(const Request &request);  // false while one runs
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // The sentences a request evaluates and the split name recorded with them (throws InputError);
    // for a seq2seq checkpoint the targets, with their sources in `sources`.
    static std::vector<std::string> sentences(const Request &request, std::string *splitName,
                                              std::vector<std::string> *sources);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    // The figures as stored (recipe and results JSON); stored: false when no store was asked for.
    void finished(const QString &recipeJson, const QString &resultsJson, bool stored);
    void failed(const QString &message);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};
