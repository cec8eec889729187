#include "evaluationcontroller.h"

#include "error.h"
#include "store/runstore.h"
#include "text/corpus.h"
#include "train/runconfig.h"

#include <QFileInfo>
#include <QThread>

#include <exception>

EvaluationController::EvaluationController(QObject *parent) : QObject(parent) {}

EvaluationController::~EvaluationController() {
    cancel();
    if (m_thread)
        m_thread->wait();
}

void EvaluationController::cancel() {
    m_cancel = true;
}

std::vector<std::string> EvaluationController::sentences(const Request &request,
                                                         std::string *splitName,
                                                         std::vector<std::string> *sources) {
    const dbw::Corpus corpus = dbw::readCorpus(request.file.toStdString());
    // A seq2seq checkpoint scores targets given their sources: pairs, held out whole as training
    // did.
    const QString config = request.checkpoint + QStringLiteral("/config.json");
    const bool seq2seq = QFileInfo::exists(config) &&
                         dbw::loadRunConfig(config.toStdString()).data.task == "seq2seq";
    if (seq2seq && corpus.format != dbw::CorpusFormat::DiffuSeqJsonl)
        throw dbw::InputError(request.file.toStdString(), 0,
                              "this model was trained for seq2seq: evaluate it on a jsonl corpus "
                              "with \"src\" and \"trg\"");
    std::vector<std::string> texts;
    std::vector<dbw::CorpusExample> examples = corpus.examples;
    if (request.split == Split::File) {
        *splitName = request.file.toStdString();
    } else {
        // The same share the run held out for validation: training's own split, reproduced.
        *splitName = QStringLiteral("held-out %1 of %2 (seed %3)")
                         .arg(QString::number(request.fraction, 'g', 6),
                              QFileInfo(request.file).fileName(), QString::number(request.seed))
                         .toStdString();
        if (!seq2seq) {
            texts = corpus.allTexts();
            return dbw::holdOutShare(texts, request.fraction, request.seed);
        }
        examples = dbw::holdOutShare(examples, request.fraction, request.seed);
    }
    for (const dbw::CorpusExample &example : examples) {
        texts.push_back(example.text);
        if (seq2seq)
            sources->push_back(example.source);
    }
    return texts;
}

bool EvaluationController::start(const Request &request) {
    if (m_thread)
        return false;
    m_cancel = false;
    m_thread = QThread::create([this, request] {
        try {
            std::string splitName;
            std::vector<std::string> sources;
            const std::vector<std::string> texts = sentences(request, &splitName, &sources);
            const dbw::ElboResult result = dbw::evaluateCheckpointOn(
                request.checkpoint.toStdString(), texts, splitName, request.recipe,
                request.device.toStdString(),
                [this](std::int64_t done, std::int64_t total) {
                    Q_EMIT progress(done, total);
                    return !m_cancel.load();
                },
                request.precision.toStdString(), sources);
            const bool store = !request.storePath.isEmpty() && request.runId > 0;
            if (store) {
                dbw::RunStore writer(request.storePath.toStdString());
                dbw::EvalRecord eval;
                eval.runId = request.runId;
                eval.step = request.step;
                eval.split = splitName;
                eval.recipeJson = result.recipeJson;
                eval.resultsJson = result.resultsJson;
                eval.perSentenceJson = dbw::perSentenceJson(result.perSentence);
                writer.addEval(eval);
            }
            Q_EMIT finished(QString::fromStdString(result.recipeJson),
                            QString::fromStdString(result.resultsJson), store);
        } catch (const std::exception &error) {
            Q_EMIT failed(m_cancel ? tr("Evaluation cancelled.")
                                   : QString::fromStdString(error.what()));
        }
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
    return true;
}
