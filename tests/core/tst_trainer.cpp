// The trainer for real: it memorises eight sentences; 2N steps equal N steps + resume + N steps bit
// for bit; a callback stops it cleanly with a checkpoint; a diverging run skips non-finite steps;
// bad configs are refused before any work; the run lands in the store; weights use BERT's names.
#include "error.h"
#include "eval/elbo.h"
#include "eval/textmetrics.h"
#include "model/bert.h"
#include "model/safetensors.h"
#include "store/runstore.h"
#include "train/runconfig.h"
#include "train/trainer.h"
#include "util/files.h"

#include <QTemporaryDir>
#include <QtTest>

#include <sys/resource.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <map>
#include <nlohmann/json.hpp>
#include <thread>

using namespace dbw;
namespace fs = std::filesystem;

namespace {

const std::string kData = DBW_SOURCE_DIR "/tests/data/";

// Every file below `folder` (relative path -> bytes).
std::map<std::string, std::string> folderContents(const std::string &folder) {
    std::map<std::string, std::string> contents;
    for (const auto &entry : fs::recursive_directory_iterator(folder))
        if (entry.is_regular_file()) {
            std::ifstream in(entry.path(), std::ios::binary);
            contents[fs::relative(entry.path(), folder).string()] =
                std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        }
    return contents;
}

RunConfig eightSentences() {
    RunConfig config = presetRunConfig("cpu-demo");
    config.name = "overfit";
    config.data.trainCorpus = kData + "overfit-eight.txt";
    config.data.validCorpus = kData + "overfit-eight.txt";
    config.tokenizer.path = kData + "overfit-vocab.txt";
    config.diffusion.schedule = "mutual";
    config.diffusion.steps = 64;
    config.model.dropout = 0.0;
    config.training.batchSize = 8;
    config.training.learningRate = 0.002;
    config.training.warmupSteps = 20;
    config.training.lrSchedule = "linear";
    config.training.clip = "norm";
    config.training.clipThreshold = 1.0;
    config.training.threads = 2;
    return config;
}

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;
    std::string newFolder() { return m_dir.filePath(QString("run%1").arg(++m_runs)).toStdString(); }

private Q_SLOTS:
    void trainsTargetsGivenTheirSources() {
        // Issue 16: data.task = seq2seq on DiffuSeq jsonl. Sources are the eight sentences' words
        // reversed; a ninth pair is longer than data.max_length and is skipped and counted, never
        // cut. Validation scores the targets' tokens only, and the training samples are targets
        // for validation sources, stored with their source, reference and BLEU.
        std::ifstream sentences(kData + "overfit-eight.txt");
        std::ostringstream pairs, validPairs;
        std::int64_t targetTokens = 0;
        for (std::string line; std::getline(sentences, line);) {
            std::istringstream words(line);
            std::vector<std::string> reversed{std::istream_iterator<std::string>(words), {}};
            targetTokens += static_cast<std::int64_t>(reversed.size());  // one vocabulary word each
            std::reverse(reversed.begin(), reversed.end());
            std::string source;
            for (const std::string &word : reversed)
                source += (source.empty() ? "" : " ") + word;
            const std::string pair = nlohmann::json{{"src", source}, {"trg", line}}.dump() + "\n";
            pairs << pair;
            validPairs << pair;
        }
        std::string longText;
        for (int i = 0; i < 30; ++i)
            longText += "the cat sat ";
        pairs << nlohmann::json{{"src", longText}, {"trg", longText}}.dump() << "\n";
        const std::string trainPath = m_dir.filePath("pairs-train.jsonl").toStdString();
        const std::string validPath = m_dir.filePath("pairs-valid.jsonl").toStdString();
        writeFileAtomically(trainPath, pairs.str());
        writeFileAtomically(validPath, validPairs.str());

        RunConfig config = eightSentences();
        config.data.task = "seq2seq";
        config.data.trainCorpus = trainPath;
        config.data.validCorpus = validPath;
        config.data.maxLength = 48;
        config.training.steps = 300;
        config.training.validateEvery = 150;
        config.training.sampleEvery = 300;
        config.training.sampleCount = 4;
        const std::string storePath = m_dir.filePath("seq2seq.sqlite").toStdString();
        RunStore store(storePath);
        std::vector<std::string> messages;  // preparation's, from the constructor
        Trainer trainer(config, newFolder(), &store,
                        [&](const std::string &message) { messages.push_back(message); });
        std::vector<ValidationReport> validations;
        TrainCallbacks callbacks;
        callbacks.onValidation = [&](const ValidationReport &report) {
            validations.push_back(report);
        };
        const TrainResult result = trainer.run(callbacks);
        QCOMPARE(QString::fromStdString(result.status), QString("finished"));
        QCOMPARE(validations.size(), std::size_t(2));
        QCOMPARE(validations.back().sentences, std::int64_t(8));
        QCOMPARE(validations.back().tokens, targetTokens);  // the sources are not scored
        qDebug("target NELBO per token %.4f at step 150 -> %.4f at step 300",
               validations.front().nelboPerToken, validations.back().nelboPerToken);
        QVERIFY(validations.back().nelboPerToken < validations.front().nelboPerToken);
        const auto corpus = nlohmann::json::parse(store.run(result.runId)->corpusJson);
        QCOMPARE(corpus["train"]["pairs_kept"].get<int>(), 8);
        QCOMPARE(corpus["train"]["pairs_skipped_too_long"].get<int>(), 1);
        QVERIFY(std::any_of(messages.begin(), messages.end(), [](const std::string &m) {
            return m.find("skipped 1 longer than data.max_length") != std::string::npos;
        }));
        const std::vector<SampleRecord> samples = store.samples(result.runId);
        QCOMPARE(samples.size(), std::size_t(4));
        for (const SampleRecord &sample : samples) {
            const auto metrics = nlohmann::json::parse(sample.metricsJson);
            QVERIFY(metrics.contains("source") && metrics.contains("reference") &&
                    metrics.contains("sentence_bleu"));
            // The target has as many tokens as its source (the default target length) and the
            // stored text is the target alone.
            QCOMPARE(
                static_cast<int>(normaliseForMetrics(sample.text).size()),
                static_cast<int>(normaliseForMetrics(metrics["source"].get<std::string>()).size()));
        }
        // A seq2seq task on a plain-text corpus is refused before the run folder is made.
        RunConfig text = eightSentences();
        text.data.task = "seq2seq";
        const std::string folder = newFolder();
        try {
            Trainer refused(text, folder);
            QFAIL("a text corpus was accepted for seq2seq");
        } catch (const InputError &error) {
            QVERIFY2(QString(error.what()).contains("src"), error.what());
        }
        QVERIFY(!fs::exists(folder + "/config.json"));
    }

    void memorisesEightSentences() {
        RunConfig config = eightSentences();
        config.training.steps = 600;
        config.training.validateEvery = 100;
        Trainer trainer(config, newFolder());
        std::vector<ValidationReport> validations;
        TrainCallbacks callbacks;
        callbacks.onValidation = [&](const ValidationReport &report) {
            validations.push_back(report);
        };
        const TrainResult result = trainer.run(callbacks);
        QCOMPARE(QString::fromStdString(result.status), QString("finished"));
        QCOMPARE(validations.size(), std::size_t(6));
        QCOMPARE(validations.front().sentences, std::int64_t(8));
        qDebug("validation NELBO per token: %.4f at step 100 -> %.4f at step 600",
               validations.front().nelboPerToken, validations.back().nelboPerToken);
        QVERIFY(validations.front().nelboPerToken > 0.2);
        QVERIFY2(validations.back().loss < 0.5,
                 qPrintable(QString::number(validations.back().loss)));  // nats/sentence
        QVERIFY2(validations.back().nelboPerToken < 0.05,
                 qPrintable(QString::number(validations.back().nelboPerToken)));
        QVERIFY(fs::exists(result.bestCheckpoint + "/model.safetensors"));
    }

    void continuousTimeValidationIsTheEvaluatorsBound() {
        // Issue 13, item 1: a continuous-time (nelbo) run's validation is the discrete chain's
        // bound, the same number as dbw eval with the trainer's recipe, and of the size of a
        // per-token NLL. It used to sum the NELBO integrand once per term: T/s too large (~1e43
        // perplexities in the store).
        RunConfig config = eightSentences();
        config.diffusion.continuousTime = true;
        config.diffusion.objective = "nelbo";
        config.training.steps = 60;
        config.training.validateEvery = 60;
        config.training.checkpointEvery = 60;
        config.training.precision = "fp32";  // auto may pick bf16 here; the recipes record which
        const std::string folder = newFolder();
        std::vector<ValidationReport> validations;
        std::vector<double> losses;
        TrainCallbacks callbacks;
        callbacks.onValidation = [&](const ValidationReport &report) {
            validations.push_back(report);
        };
        callbacks.onStep = [&](const StepReport &report) {
            losses.push_back(report.loss);
            return true;
        };
        Trainer(config, folder).run(callbacks);
        QCOMPARE(validations.size(), std::size_t(1));
        const ValidationReport &validation = validations.front();

        ElboRecipe recipe;
        recipe.stepSize = 1;
        recipe.estimator = "monte-carlo";
        recipe.seed = config.training.seed + 7777;
        recipe.batchSize = config.training.batchSize;
        recipe.maxSentences = config.training.validationSentences;
        const ElboResult evaluated =
            evaluateCheckpoint(folder + "/checkpoints/step-00000060", config.data.validCorpus,
                               recipe, "cpu", {}, "fp32");
        QCOMPARE(evaluated.tokens, validation.tokens);
        QVERIFY2(std::abs(evaluated.natsPerTokenGivenLength - validation.nelboPerToken) < 1e-9,
                 qPrintable(QString("dbw eval %1, validation %2")
                                .arg(evaluated.natsPerTokenGivenLength)
                                .arg(validation.nelboPerToken)));
        QVERIFY(evaluated.hasLengthTerm);
        QVERIFY(evaluated.natsPerToken > evaluated.natsPerTokenGivenLength);
        QVERIFY(evaluated.isBound);
        std::ifstream vocabulary(config.tokenizer.path);
        const double entries = double(std::count(std::istreambuf_iterator<char>(vocabulary),
                                                 std::istreambuf_iterator<char>(), '\n'));
        const double uniform = std::log(entries);  // a uniform guess over the vocabulary
        QVERIFY2(validation.nelboPerToken < 1.5 * uniform,
                 qPrintable(QString("validation %1 nats/token, training loss %2")
                                .arg(validation.nelboPerToken)
                                .arg(losses.back())));
        qDebug(
            "continuous-time run: validation %.4f nats/token (chain, s = 1), training NELBO loss "
            "%.4f",
            validation.nelboPerToken, losses.back());
    }

    void metricsReachTheStoreWithinASecond() {
        // Issue 14, "live": the first step is logged, and a point waits at most about a second for
        // its write (it waited for 256 points: step 100 of the demo, or the first validation).
        RunConfig config = eightSentences();
        config.training.steps = 3;
        config.training.logEvery = 1000;  // only the first and the last step are logged
        config.training.validateEvery = 0;
        const std::string store = m_dir.filePath("live.sqlite").toStdString();
        RunStore writerStore(store);
        std::int64_t runId = 0;
        std::size_t seenAtStepTwo = 99;
        TrainCallbacks callbacks;
        callbacks.onStarted = [&](std::int64_t id) { runId = id; };
        callbacks.onStep = [&](const StepReport &report) {
            if (report.step == 1)
                std::this_thread::sleep_for(
                    std::chrono::milliseconds(1100));  // the write is due after this step
            if (report.step == 2)
                seenAtStepTwo = RunStore(store, RunStore::Mode::ReadOnly)
                                    .readMetric(runId, "train/loss")
                                    .size();
            return true;
        };
        Trainer(config, newFolder(), &writerStore).run(callbacks);
        QCOMPARE(seenAtStepTwo, std::size_t(1));
        QCOMPARE(RunStore(store, RunStore::Mode::ReadOnly).readMetric(runId, "train/loss").size(),
                 std::size_t(2));
    }

    void aCheckpointFindsItsMetricsInTheStore() {
        // Found by packaging/soak.sh: a writer killed (SIGKILL) just after a checkpoint lost the
        // train/loss points since the last batched write, and the run resumed from that
        // checkpoint never logs them again: a gap in the chart. When the checkpoint is announced,
        // every metric up to its step must already be in the store.
        RunConfig config = eightSentences();
        config.training.steps = 6;
        config.training.logEvery = 1;
        config.training.checkpointEvery = 3;
        config.training.validateEvery = 0;
        const std::string store = m_dir.filePath("checkpoint-metrics.sqlite").toStdString();
        RunStore writerStore(store);
        std::int64_t runId = 0;
        std::vector<std::pair<std::int64_t, std::int64_t>> lastLoggedAtCheckpoint;
        TrainCallbacks callbacks;
        callbacks.onStarted = [&](std::int64_t id) { runId = id; };
        callbacks.onCheckpoint = [&](const std::string &, std::int64_t step) {
            const auto points =
                RunStore(store, RunStore::Mode::ReadOnly).readMetric(runId, "train/loss");
            lastLoggedAtCheckpoint.emplace_back(step, points.empty() ? 0 : points.back().step);
        };
        Trainer(config, newFolder(), &writerStore).run(callbacks);
        QCOMPARE(lastLoggedAtCheckpoint.size(), std::size_t(2));
        for (const auto &[step, logged] : lastLoggedAtCheckpoint)
            QCOMPARE(logged, step);
    }

    void resumeIsExact() {
        RunConfig config = eightSentences();
        config.training.steps = 24;
        config.training.checkpointEvery = 12;
        config.training.validateEvery = 5;  // validation must not disturb the training randomness
        config.training.keepCheckpoints = 10;
        config.model.dropout = 0.1;     // dropout randomness must resume too
        config.training.batchSize = 3;  // batches cross epoch boundaries
        config.diffusion.schedule = "spindle";
        const std::string straight = newFolder();
        Trainer(config, straight).run();

        const std::string split = newFolder();
        RunConfig half = config;
        half.training.steps = 12;
        Trainer(half, split).run();
        const auto resumed = Trainer::resume(split + "/checkpoints/step-00000012", nullptr, 24);
        QCOMPARE(resumed->run().steps, std::int64_t(24));
        QCOMPARE(resumed->outputDirectory(), split + "-resumed");  // a folder of its own

        const auto a = loadSafetensors(straight + "/checkpoints/step-00000024/model.safetensors");
        const auto b = loadSafetensors(resumed->outputDirectory() +
                                       "/checkpoints/step-00000024/model.safetensors");
        QCOMPARE(a.size(), b.size());
        for (const auto &[name, tensor] : a)
            QVERIFY2(torch::equal(tensor, b.at(name)), name.c_str());  // bit for bit
        // And the twelve steps after the resume really changed the weights.
        const auto middle = loadSafetensors(split + "/checkpoints/step-00000012/model.safetensors");
        QVERIFY(!torch::equal(middle.at("bert.embeddings.word_embeddings.weight"),
                              b.at("bert.embeddings.word_embeddings.weight")));
    }

    void stopsCleanlyWithACheckpoint() {
        const std::string storePath = m_dir.filePath("stop.sqlite").toStdString();
        RunStore store(storePath);
        RunConfig config = eightSentences();
        config.training.steps = 100;
        config.training.logEvery = 1;
        Trainer trainer(config, newFolder(), &store);
        TrainCallbacks callbacks;
        callbacks.onStep = [](const StepReport &report) { return report.step < 7; };
        const TrainResult result = trainer.run(callbacks);
        QCOMPARE(QString::fromStdString(result.status), QString("stopped"));
        QCOMPARE(result.steps, std::int64_t(7));
        QVERIFY(fs::exists(result.lastCheckpoint + "/trainer_state.json"));
        QVERIFY(QString::fromStdString(result.lastCheckpoint).endsWith("step-00000007"));
        const RunRecord run = *store.run(result.runId);
        QVERIFY(run.status == RunStatus::Stopped);
        QCOMPARE(store.readMetric(run.id, "train/loss").size(), std::size_t(7));
        QCOMPARE(store.checkpoints(run.id).size(), std::size_t(1));
        QVERIFY(QString::fromStdString(run.corpusJson).contains("overfit-eight.txt"));
        QVERIFY(QString::fromStdString(run.tokenizerJson).contains("wordpiece"));
        QCOMPARE(run.seed, std::optional<std::int64_t>(42));

        // Resuming continues the history as a child run.
        const auto resumed = Trainer::resume(result.lastCheckpoint, &store, 10);
        const TrainResult rest = resumed->run();
        QCOMPARE(rest.steps, std::int64_t(10));
        QCOMPARE(store.run(rest.runId)->parentRunId, std::optional<std::int64_t>(run.id));
        QVERIFY(store.run(rest.runId)->status == RunStatus::Finished);
    }

    // Issue 12, defects 2 and 3: a resumed run is a child run with its own folder and its own
    // copies of the tokenizer and word frequencies. Resuming from an older checkpoint of a finished
    // run leaves every file of the parent as it was, and the child keeps training after the
    // parent's folder is gone (before: it copied the tokenizer out of the parent's checkpoint at
    // every checkpoint, and wrote its checkpoints and "best" into the parent's folder).
    void resumedRunOwnsItsFolderAndFiles() {
        RunStore store(m_dir.filePath("resume-child.sqlite").toStdString());
        RunConfig config = eightSentences();
        config.diffusion.schedule = "spindle";
        config.training.steps = 6;
        config.training.checkpointEvery = 2;
        config.training.keepCheckpoints = 3;
        config.training.validateEvery = 2;
        const std::string parent = newFolder();
        const TrainResult first = Trainer(config, parent, &store).run();
        QCOMPARE(QString::fromStdString(first.status), QString("finished"));
        const auto before = folderContents(parent);
        QVERIFY(before.count("checkpoints/best/model.safetensors"));

        const auto resumed = Trainer::resume(parent + "/checkpoints/step-00000002", &store, 8);
        const std::string child = resumed->outputDirectory();
        QVERIFY(child != parent);
        QVERIFY(fs::exists(child + "/config.json"));
        QVERIFY(fs::exists(child + "/vocab.txt"));
        QVERIFY(fs::exists(child + "/wordfreq.json"));
        fs::rename(parent, parent + "-moved");  // the parent may vanish while the child trains
        const TrainResult second = resumed->run();
        QVERIFY2(second.status == "finished", second.error.c_str());
        QCOMPARE(second.steps, std::int64_t(8));
        QVERIFY(folderContents(parent + "-moved") == before);
        QVERIFY(fs::exists(child + "/checkpoints/step-00000008/trainer_state.json"));
        QCOMPARE(store.run(second.runId)->parentRunId, std::optional<std::int64_t>(first.runId));
        for (const CheckpointRecord &checkpoint : store.checkpoints(second.runId))
            QVERIFY2(QString::fromStdString(checkpoint.path)
                         .startsWith(QString::fromStdString(child + "/")),
                     checkpoint.path.c_str());

        // A folder that holds a run, or the parent's own folder, is refused for the child.
        fs::rename(parent + "-moved", parent);
        QVERIFY_THROWS_EXCEPTION(InputError, Trainer::resume(parent + "/checkpoints/step-00000004",
                                                             &store, 8, {}, parent));
        QVERIFY_THROWS_EXCEPTION(InputError, Trainer::resume(parent + "/checkpoints/step-00000004",
                                                             &store, 8, {}, child));
        QVERIFY(folderContents(parent) == before);
    }

    // Issue 12, defect 8: "best" is replaced without a moment when there is none, and a write cut
    // short by a crash of the fallback path (".old-best" without "best") is repaired.
    void bestIsSwappedAtomicallyAndRecovered() {
        RunConfig config = eightSentences();
        config.training.steps = 40;
        config.training.validateEvery = 10;  // a better model at each validation: best rewritten
        const std::string folder = newFolder();
        std::vector<double> validations;
        TrainCallbacks callbacks;
        callbacks.onValidation = [&](const ValidationReport &report) {
            validations.push_back(report.nelboPerToken);
        };
        const TrainResult result = Trainer(config, folder).run(callbacks);
        QCOMPARE(QString::fromStdString(result.status), QString("finished"));
        QVERIFY(validations.size() >= 2 && validations.back() < validations.front());
        const std::string best = folder + "/checkpoints/best";
        QVERIFY(fs::exists(best + "/trainer_state.json"));
        std::ifstream state(best + "/trainer_state.json");
        const std::string text((std::istreambuf_iterator<char>(state)),
                               std::istreambuf_iterator<char>());
        QVERIFY2(QString::fromStdString(text).contains("\"step\": 40") ||
                     QString::fromStdString(text).contains("\"step\": 30"),
                 text.c_str());  // a later best, not the first one
        for (const auto &entry : fs::directory_iterator(folder + "/checkpoints"))
            QVERIFY2(entry.path().filename().string()[0] != '.',
                     entry.path().c_str());  // nothing left over

        // The state a kill between the two renames of the fallback leaves behind, plus an
        // unfinished temporary folder: the next start puts "best" back and drops the rest.
        fs::rename(best, folder + "/checkpoints/.old-best");
        fs::create_directories(folder + "/checkpoints/.tmp-step-00000050");
        std::ofstream(folder + "/checkpoints/.tmp-step-00000050/model.safetensors") << "half";
        const auto resumed = Trainer::resume(best, nullptr, 41);  // finds it through the repair
        QVERIFY(fs::exists(best + "/trainer_state.json"));
        QVERIFY(!fs::exists(folder + "/checkpoints/.old-best"));
        QVERIFY(!fs::exists(folder + "/checkpoints/.tmp-step-00000050"));
        QCOMPARE(resumed->run().steps, std::int64_t(41));
    }

    // Issue 12, defect 8: a disk that fills up during a checkpoint write (here a real EFBIG from
    // the file size limit) fails the run with the message, removes the half-written folder and
    // keeps the last good checkpoint, which then resumes.
    void fullDiskKeepsTheLastGoodCheckpoint() {
        RunConfig config = eightSentences();
        config.training.steps = 20;
        config.training.checkpointEvery = 5;
        config.training.validateEvery = 0;
        const std::string folder = newFolder();
        std::signal(SIGXFSZ,
                    SIG_IGN);  // writes past the limit fail with EFBIG instead of killing us
        rlimit original{};
        getrlimit(RLIMIT_FSIZE, &original);
        TrainCallbacks callbacks;
        callbacks.onCheckpoint = [&](const std::string &directory, std::int64_t) {
            // From now on no file may grow past a tenth of the weights: the next checkpoint fails.
            rlimit limited = original;
            limited.rlim_cur =
                static_cast<rlim_t>(fs::file_size(directory + "/model.safetensors") / 10);
            setrlimit(RLIMIT_FSIZE, &limited);
        };
        const TrainResult result = Trainer(config, folder).run(callbacks);
        setrlimit(RLIMIT_FSIZE, &original);
        QCOMPARE(QString::fromStdString(result.status), QString("failed"));
        QVERIFY2(QString::fromStdString(result.error).contains("cannot write the checkpoint"),
                 result.error.c_str());
        QVERIFY2(QString::fromStdString(result.error).contains("step-00000005"),
                 result.error.c_str());
        QCOMPARE(result.lastCheckpoint, folder + "/checkpoints/step-00000005");
        std::vector<std::string> names;
        for (const auto &entry : fs::directory_iterator(folder + "/checkpoints"))
            names.push_back(entry.path().filename().string());
        QCOMPARE(names, std::vector<std::string>{"step-00000005"});
        const auto resumed = Trainer::resume(result.lastCheckpoint, nullptr, 7);
        QCOMPARE(QString::fromStdString(resumed->run().status), QString("finished"));
    }

    // Issue 12, defect 9: --set overrides are applied together and validated once.
    void overridesAreValidatedTogether() {
        RunConfig config = eightSentences();
        applyOverrides(config, {"diffusion.objective=nelbo", "diffusion.continuous_time=true"});
        QCOMPARE(QString::fromStdString(config.diffusion.objective), QString("nelbo"));
        QVERIFY(config.diffusion.continuousTime);
        RunConfig sized = eightSentences();
        applyOverrides(sized, {"model.hidden=96", "model.preset=small"});  // either order
        QCOMPARE(sized.model.hidden, 96);
        QVERIFY_THROWS_EXCEPTION(InputError,
                                 applyOverrides(config, {"diffusion.continuous_time=false"}));
    }

    // Issue 12, defect 9: more threads than cores are capped, with a note, and the run records
    // what it really used.
    void threadsAreCappedToTheCores() {
        RunConfig config = eightSentences();
        config.training.threads = 1000;
        config.training.steps = 1;
        std::vector<std::string> messages;
        Trainer trainer(config, newFolder(), nullptr,
                        [&](const std::string &text) { messages.push_back(text); });
        const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
        QCOMPARE(trainer.config().training.threads, cores);
        QCOMPARE(at::get_num_threads(), cores);
        QVERIFY(std::any_of(messages.begin(), messages.end(), [](const std::string &m) {
            return m.find("1000 threads") != std::string::npos;
        }));
    }

    void divergingRunSkipsNonFiniteSteps() {
        RunConfig config = eightSentences();
        config.training.steps = 8;
        config.training.learningRate = 1e30;  // the first update destroys the weights
        config.training.warmupSteps = 0;
        config.training.lrSchedule = "constant";
        config.training.clip = "none";
        config.training.validateEvery = 0;
        std::vector<StepReport> reports;
        TrainCallbacks callbacks;
        callbacks.onStep = [&](const StepReport &report) {
            reports.push_back(report);
            return true;
        };
        const TrainResult result = Trainer(config, newFolder()).run(callbacks);
        QCOMPARE(QString::fromStdString(result.status), QString("finished"));
        QVERIFY2(reports.back().skippedSteps > 0, "no step was skipped");
        QVERIFY(reports.back().skippedSteps < 8);  // the first steps were still finite
    }

    void badConfigsAreRefusedBeforeAnyWork_data() {
        QTest::addColumn<QString>("setting");  // section.key=value applied to a good config
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key")
            << "training.stepz=5"
            << "training.stepz: unknown key (did you mean training.steps?)";
        QTest::newRow("out of range")
            << "training.batch_size=0"
            << "training.batch_size: expected a value from 1 to 65536, found 0";
        QTest::newRow("wrong type") << "training.steps=\"many\""
                                    << "training.steps: expected an integer, found a string";
        QTest::newRow("unknown schedule") << "diffusion.schedule=spindel"
                                          << "diffusion.schedule: 'spindel' is not one of";
        QTest::newRow("heads do not divide") << "model.preset=custom"
                                             << "";  // becomes valid, checked below
        QTest::newRow("missing corpus") << "data.train=/no/such/corpus.txt"
                                        << "/no/such/corpus.txt: cannot open the corpus";
        QTest::newRow("vocabulary mismatch") << "model.vocab_size=999"
                                             << "";
        // Correct on both kinds of machine: a device index no machine has.
        QTest::newRow("no such CUDA device")
            << "training.device=cuda:63"
            << (torch::cuda::is_available() ? "there are only" : "asks for CUDA");
        QTest::newRow("nelbo needs continuous time") << "diffusion.objective=nelbo"
                                                     << "nelbo is the continuous-time objective";
        QTest::newRow("lambda too large for the base") << "diffusion.spindle_base=loglinear"
                                                       << "diffusion.spindle_lambda: with lambda 1";
    }

    void badConfigsAreRefusedBeforeAnyWork() {
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        RunConfig config = eightSentences();
        config.diffusion.schedule = "spindle";
        if (setting.contains("spindle_base"))
            config.diffusion.spindleLambda = 1.0;  // fine for mutual, not for loglinear
        if (setting == "model.preset=custom") {
            config.model.preset = "custom";
            config.model.hidden = 100;
            config.model.heads = 3;
            expected = "model.heads (3) must divide model.hidden (100)";
        } else if (setting == "model.vocab_size=999") {
            config.model.vocabSize = 999;
            expected = "model.vocab_size: 999 does not match the tokenizer's 73 pieces";
        } else {
            try {
                applyOverride(config, setting.toStdString());
            } catch (const InputError &error) {
                QVERIFY2(QString(error.what()).contains(expected), error.what());
                return;
            }
        }
        const std::string folder = newFolder();
        try {
            Trainer trainer(config, folder);
            QFAIL("the trainer accepted a bad config");
        } catch (const InputError &error) {
            QVERIFY2(QString(error.what()).contains(expected), error.what());
        }
        QVERIFY(!fs::exists(folder + "/config.json"));
        QVERIFY(!fs::exists(folder + "/checkpoints/step-00000001"));
    }

    void damagedCheckpointIsRefused() {
        RunConfig config = eightSentences();
        config.training.steps = 2;
        const std::string folder = newFolder();
        Trainer(config, folder).run();
        const std::string checkpoint = folder + "/checkpoints/step-00000002";
        fs::resize_file(checkpoint + "/model.safetensors", 1000);
        try {
            Trainer::resume(checkpoint);
            QFAIL("resumed from a damaged checkpoint");
        } catch (const InputError &error) {
            QVERIFY2(QString(error.what()).contains("model.safetensors"), error.what());
        }
        QVERIFY_THROWS_EXCEPTION(InputError, Trainer::resume(folder + "/checkpoints"));
    }

    void configRoundTripAndPresets() {
        for (const std::string &preset : runConfigPresets()) {
            const RunConfig config = presetRunConfig(preset);
            const std::string text = runConfigToJson(config, true);
            QVERIFY(QString::fromStdString(text).contains("\"_help\""));
            const RunConfig back = runConfigFromJson(text, "preset");
            QCOMPARE(runConfigToJson(back), runConfigToJson(config));
        }
        const RunConfig paper = presetRunConfig("paper");
        QCOMPARE(paper.model.hidden, 768);
        QCOMPARE(paper.model.layers, 12);
        QCOMPARE(paper.diffusion.steps, 2048);
        QCOMPARE(paper.diffusion.hybridLambda, 0.01);
        QCOMPARE(paper.diffusion.spindleLambda, 0.3);
        QCOMPARE(QString::fromStdString(paper.model.timeDesign), QString("none"));
    }

    void cudaTrainsLikeCpuOrIsRefusedClearly() {
        // Not a skip (a skip would count as a pass): without CUDA the contract is a clear refusal
        // before any work; with CUDA, the same losses as on the CPU and an exact resume.
        RunConfig config = eightSentences();
        if (!torch::cuda::is_available()) {
            config.training.device = "cuda";
            const std::string folder = newFolder();
            try {
                Trainer trainer(config, folder);
                QFAIL("a CPU-only machine accepted training.device=cuda");
            } catch (const InputError &error) {
                QVERIFY2(
                    QString(error.what())
                        .contains("asks for CUDA, but this build or machine has no CUDA device"),
                    error.what());
            }
            QVERIFY(!fs::exists(folder + "/config.json"));
            return;
        }
        config.diffusion.schedule = "spindle";  // its offset table crashed the first CUDA batch
        config.training.steps = 3;
        config.training.precision = "fp32";
        config.training.validateEvery = 3;
        std::vector<double> losses[2];
        for (int device = 0; device < 2; ++device) {
            config.training.device = device ? "cuda" : "cpu";
            TrainCallbacks callbacks;
            callbacks.onStep = [&](const StepReport &report) {
                losses[device].push_back(report.loss);
                return true;
            };
            QCOMPARE(QString::fromStdString(Trainer(config, newFolder()).run(callbacks).status),
                     QString("finished"));
        }
        for (std::size_t i = 0; i < losses[0].size(); ++i)
            QVERIFY(std::abs(losses[0][i] - losses[1][i]) < 1e-3 * std::max(1.0, losses[0][i]));

        // A resume on CUDA continues the device's dropout stream (its generator is checkpointed).
        config.training.device = "cuda";
        config.model.dropout = 0.1;
        config.training.steps = 6;
        config.training.checkpointEvery = 3;
        config.training.keepCheckpoints = 10;
        const std::string straight = newFolder(), split = newFolder();
        Trainer(config, straight).run();
        RunConfig half = config;
        half.training.steps = 3;
        Trainer(half, split).run();
        const auto resumed = Trainer::resume(split + "/checkpoints/step-00000003", nullptr, 6);
        resumed->run();
        const auto a = loadSafetensors(straight + "/checkpoints/step-00000006/model.safetensors");
        const auto b = loadSafetensors(resumed->outputDirectory() +
                                       "/checkpoints/step-00000006/model.safetensors");
        for (const auto &[name, tensor] : a)
            QVERIFY2(torch::allclose(tensor, b.at(name), 1e-5, 1e-6),
                     name.c_str());  // GPU atomics: not always bit-exact
    }

    void startsFromAPretrainedBert() {
        // Issue 15: model.init = a Hugging Face folder. The run takes its sizes and tokenizer,
        // starts from exactly its weights (with lr 0 they stay so), and lists what starts fresh.
        const std::string fixture = DBW_SOURCE_DIR "/tests/data/hf-bert/model";
        const std::string corpus = m_dir.filePath("pretrained-corpus.txt").toStdString();
        writeFileAtomically(
            corpus,
            "the cat sat on the mat .\nthe dog ran in the park .\nshe sang and it was happy .\n"
            "the quick brown fox jumped over the lazy dog .\n");
        RunConfig config = eightSentences();
        config.data.trainCorpus = config.data.validCorpus = corpus;
        config.data.maxLength = 32;
        config.tokenizer.path.clear();
        config.model.init = fixture;
        config.model.timeDesign = "layerwise";
        config.training.steps = 2;
        config.training.learningRate = 0.0;
        config.training.validateEvery = 0;
        const std::string out = newFolder();
        Trainer trainer(config, out);
        QCOMPARE(trainer.config().model.hidden, 32);
        QCOMPARE(trainer.config().model.layers, 2);
        QCOMPARE(trainer.config().model.timeDesign, std::string("layerwise"));
        QCOMPARE(fs::path(trainer.config().tokenizer.path).filename().string(),
                 std::string("vocab.txt"));
        const TrainResult result = trainer.run();
        QCOMPARE(QString::fromStdString(result.status), QString("finished"));
        const auto pretrained = loadSafetensors(fixture + "/model.safetensors");
        const auto trained = loadSafetensors(result.lastCheckpoint + "/model.safetensors");
        for (const auto &[name, tensor] : pretrained)
            QVERIFY2(torch::equal(trained.at(name), tensor), name.c_str());
        const QString report = QString::fromStdString(readWholeFile(out + "/initialisation.txt"));
        QVERIFY2(report.contains(
                     "fresh (not in the pretrained model): bert.encoder.layer.0.time_mlp.0.weight"),
                 qPrintable(report));

        // A tokenizer of its own is refused: the pretrained model's embeddings are for its own.
        config.tokenizer.path = kData + "overfit-vocab.txt";
        bool refused = false;
        try {
            Trainer other(config, newFolder());
        } catch (const InputError &error) {
            refused = QString(error.what()).contains("uses that model's tokenizer");
        }
        QVERIFY(refused);
    }

    void pretrainsWithBertsMaskedLanguageModel() {
        // Issue 15: an MLM objective (15% chosen, 80/10/10) to pretrain a plain BERT here; its
        // validation is still the diffusion bound of the model as a denoiser.
        RunConfig config = eightSentences();
        config.diffusion.objective = "mlm";
        config.training.steps = 200;
        config.training.validateEvery = 100;
        std::vector<double> losses;
        std::vector<ValidationReport> validations;
        TrainCallbacks callbacks;
        callbacks.onStep = [&](const StepReport &report) {
            losses.push_back(report.loss);
            return true;
        };
        callbacks.onValidation = [&](const ValidationReport &report) {
            validations.push_back(report);
        };
        Trainer trainer(config, newFolder());
        const TrainResult result = trainer.run(callbacks);
        QCOMPARE(QString::fromStdString(result.status), QString("finished"));
        QCOMPARE(losses.size(), std::size_t(200));
        double first = 0, last = 0;
        for (int i = 0; i < 20; ++i) {
            first += losses[static_cast<std::size_t>(i)] / 20;
            last += losses[losses.size() - 1 - static_cast<std::size_t>(i)] / 20;
        }
        qDebug("MLM loss per sentence: %.3f over the first 20 steps -> %.3f over the last 20",
               first, last);
        QVERIFY2(last < 0.5 * first, qPrintable(QString("%1 -> %2").arg(first).arg(last)));
        QCOMPARE(validations.size(), std::size_t(2));
        QVERIFY(std::isfinite(validations.back().nelboPerToken));
        // A time-aware MLM run makes no sense: refused with the key named.
        config.model.timeDesign = "layerwise";
        bool refused = false;
        try {
            validateRunConfig(config, "test");
        } catch (const InputError &error) {
            refused = QString(error.what()).contains("mlm pretrains a plain BERT");
        }
        QVERIFY(refused);
    }

    void weightsUseBertNames() {
        for (const char *design : {"none", "layerwise", "prefix", "adaln"}) {
            ModelConfig config = applyModelPreset({}, "tiny");
            config.vocabSize = 50;
            config.timeDesign = design;
            config.dropout = 0;
            torch::manual_seed(3);
            DiffusionBert model(config, 64);
            model->eval();
            std::set<std::string> names;
            for (const auto &[name, tensor] : model->namedWeights())
                names.insert(name);
            QVERIFY(names.count("bert.embeddings.word_embeddings.weight"));
            QVERIFY(names.count("bert.encoder.layer.1.attention.self.query.weight"));
            QVERIFY(names.count("bert.encoder.layer.0.attention.output.LayerNorm.bias"));
            QVERIFY(names.count("bert.encoder.layer.1.output.dense.weight"));
            QVERIFY(names.count("cls.predictions.transform.LayerNorm.weight"));
            QVERIFY(names.count("cls.predictions.bias"));
            QVERIFY(!names.count("cls.predictions.decoder.weight"));  // tied to the word embeddings
            if (std::string(design) == "none")
                QCOMPARE(names.size(), std::size_t(5 + 16 * 2 + 5));  // exactly BertForMaskedLM's

            // The time changes the output unless the design ignores it (adaLN starts as plain
            // BERT).
            const auto ids = torch::tensor({{2, 7, 4, 4, 3}}, torch::kInt64);
            const auto attention = torch::ones({1, 5}, torch::kBool);
            torch::NoGradGuard noGrad;
            const auto early = model->encode(ids, attention, torch::tensor({5.0f}));
            const auto late = model->encode(ids, attention, torch::tensor({60.0f}));
            QCOMPARE(early.sizes(), (std::vector<int64_t>{1, 5, 128}));
            const bool same = torch::allclose(early, late);
            QCOMPARE(same, std::string(design) == "none" || std::string(design) == "adaln");
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
