#include "train/selfcheck.h"

#include "eval/elbo.h"
#include "model/denoiser.h"
#include "model/safetensors.h"
#include "sample/sampler.h"
#include "train/collectives.h"
#include "train/distributed.h"
#include "train/runconfig.h"
#include "train/trainer.h"
#include "util/files.h"

#include <torch/torch.h>

#include <cmath>
#include <filesystem>
#include <set>
#include <sstream>
#include <thread>

namespace dbw {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kToySentences = {
    "the cat sat on the mat",  "a dog ran to the park",      "birds sing in the morning",
    "the old man read a book", "rain fell on the roof",      "she walked along the beach",
    "the train left at noon",  "we watched the small boats",
};

std::string formatted(double value, int digits = 4) {
    std::ostringstream text;
    text.precision(digits);
    text << value;
    return text.str();
}

RunConfig toyConfig(const std::string &work, const std::string &device) {
    RunConfig config = presetRunConfig("cpu-demo");
    config.name = "doctor";
    config.data.trainCorpus = (fs::path(work) / "toy.txt").string();
    config.data.validCorpus = config.data.trainCorpus;
    config.tokenizer.path = (fs::path(work) / "vocab.txt").string();
    config.model = applyModelPreset(config.model, "custom");
    config.model.hidden = 64;
    config.model.layers = 2;
    config.model.heads = 2;
    config.model.ffn = 128;
    config.model.dropout = 0.0;
    config.diffusion.steps = 64;
    config.diffusion.schedule = "spindle";
    config.training.batchSize = 8;
    config.training.learningRate = 0.002;
    config.training.warmupSteps = 5;
    config.training.steps = 40;
    config.training.validateEvery = 40;
    config.training.sampleEvery = 0;
    config.training.checkpointEvery = 40;
    config.training.keepBest = false;
    config.training.precision = "fp32";
    config.training.device = device;
    return config;
}

struct ToyRun {
    TrainResult result;
    std::vector<double> losses;
};

ToyRun trainToy(const std::string &work, const std::string &device, const std::string &folder) {
    ToyRun run;
    TrainCallbacks callbacks;
    callbacks.onStep = [&](const StepReport &report) {
        run.losses.push_back(report.loss);
        return true;
    };
    Trainer trainer(toyConfig(work, device), (fs::path(work) / folder).string());
    run.result = trainer.run(callbacks);
    return run;
}

double mean(const std::vector<double> &values, std::size_t from, std::size_t to) {
    double sum = 0;
    for (std::size_t i = from; i < to; ++i)
        sum += values[i];
    return sum / static_cast<double>(to - from);
}

// Logits of the first toy sentences with every other token masked, at half time.
torch::Tensor probeLogits(Denoiser &denoiser) {
    torch::NoGradGuard noGrad;
    const SpecialTokenIds special = denoiser.tokenizer->specialIds();
    std::vector<std::vector<int>> data;
    for (std::size_t i = 0; i < 4; ++i) {
        std::vector<int> ids = denoiser.tokenizer->encode(kToySentences[i]);
        for (std::size_t j = 0; j < ids.size(); j += 2)
            ids[j] = special.mask;
        data.push_back(ids);
    }
    const TokenBatch batch = makeTokenBatch(data, {0, 1, 2, 3}, special.pad);
    const auto B = batch.tokens.size(0), L = batch.tokens.size(1);
    const auto hidden = denoiser.hidden(batch.tokens, batch.lengths,
                                        torch::full({B}, denoiser.steps() / 2.0, torch::kFloat32));
    const auto rows = batch.real.flatten().nonzero().squeeze(1).to(denoiser.device);
    return denoiser.logits(hidden.reshape({B * L, -1}).index_select(0, rows))
        .to(torch::kCPU, torch::kFloat32);
}

}  // namespace

std::vector<SelfCheck> runSelfChecks(const std::string &device, const std::string &work) {
    std::vector<SelfCheck> checks;
    auto add = [&](const std::string &name, bool passed, const std::string &detail) {
        checks.push_back({name, passed ? "pass" : "fail", detail});
    };
    // The toy corpus and a WordPiece vocabulary of its words.
    std::set<std::string> words;
    std::string corpus;
    for (const std::string &sentence : kToySentences) {
        corpus += sentence + "\n";
        std::istringstream split(sentence);
        for (std::string word; split >> word;)
            words.insert(word);
    }
    std::string vocabulary = "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\n";
    for (const std::string &word : words)
        vocabulary += word + "\n";
    writeFileAtomically((fs::path(work) / "toy.txt").string(), corpus);
    writeFileAtomically((fs::path(work) / "vocab.txt").string(), vocabulary);

    // 1. Training on the CPU: a real run (spindle, d3pm-hybrid, AdamW, validation, checkpoint).
    const ToyRun cpu = trainToy(work, "cpu", "cpu-run");
    const bool cpuTrained = cpu.result.status == "finished" && cpu.losses.size() == 40;
    bool finite = cpuTrained;
    for (const double loss : cpu.losses)
        finite = finite && std::isfinite(loss);
    const double early = cpuTrained ? mean(cpu.losses, 0, 5) : 0.0,
                 late = cpuTrained ? mean(cpu.losses, 35, 40) : 0.0;
    add("training (cpu, fp32)", finite && late < early,
        cpuTrained ? "40 steps on 8 sentences: mean loss " + formatted(early) + " (steps 1-5) -> " +
                         formatted(late) + " (steps 36-40), validation NELBO " +
                         formatted(cpu.result.bestValidationNelbo)
                   : "the run " + cpu.result.status + ": " + cpu.result.error);
    if (!cpuTrained)
        return checks;

    // 2. The same run on the device: fp32 parity of the losses (the randomness is drawn on the
    // host).
    const bool onDevice = device != "cpu";
    std::string deviceCheckpoint;
    if (onDevice) {
        try {
            const ToyRun other = trainToy(work, device, "device-run");
            double worst = 0;
            for (std::size_t i = 0; i < std::min<std::size_t>(10, other.losses.size()); ++i)
                worst = std::max(worst, std::abs(other.losses[i] - cpu.losses[i]) /
                                            std::max(1e-12, std::abs(cpu.losses[i])));
            const bool complete =
                other.result.status == "finished" && other.losses.size() == cpu.losses.size();
            add("training parity (" + device + " vs cpu, fp32)", complete && worst < 1e-3,
                complete ? "largest relative difference of the first 10 losses " +
                               formatted(worst, 3) + " (limit 1e-3)"
                         : "the run " + other.result.status + ": " + other.result.error);
            deviceCheckpoint = other.result.lastCheckpoint;
        } catch (const std::exception &error) {
            add("training parity (" + device + " vs cpu, fp32)", false, error.what());
        }
    } else {
        checks.push_back({"training parity (device vs cpu)", "skipped",
                          "no device asked for (dbw doctor --device cuda)"});
    }

    // 3. Checkpoint round trip: weights written and read back give the same logits.
    auto denoiser = loadDenoiser(cpu.result.lastCheckpoint, "cpu", "fp32");
    const torch::Tensor reference = probeLogits(*denoiser);
    try {
        const std::string copy = (fs::path(work) / "round-trip.safetensors").string();
        saveSafetensors(copy, denoiser->model->namedWeights());
        {
            torch::NoGradGuard noGrad;
            for (auto &parameter : denoiser->model->parameters())
                parameter.zero_();
        }
        assignWeights(copy, loadSafetensors(copy), denoiser->model->namedWeights());
        add("checkpoint round trip", torch::equal(reference, probeLogits(*denoiser)),
            "the trained checkpoint's logits before and after writing and reading its weights");
    } catch (const std::exception &error) {
        add("checkpoint round trip", false, error.what());
    }

    // 4. The spindle objective's ELBO (the T/s-term chain), and its parity on the device.
    ElboRecipe recipe;
    recipe.stepSize = 4;
    const ElboResult elbo = evaluateElbo(*denoiser, kToySentences, recipe, "toy");
    add("ELBO (spindle, cpu)",
        std::isfinite(elbo.natsPerTokenGivenLength) && elbo.natsPerTokenGivenLength > 0 &&
            elbo.isBound,
        formatted(elbo.natsPerTokenGivenLength) + " nats/token given the length, 16 terms, " +
            std::to_string(elbo.tokens) + " tokens");
    if (onDevice && !deviceCheckpoint.empty()) {
        try {
            auto onGpu = loadDenoiser(cpu.result.lastCheckpoint, device, "fp32");
            const ElboResult there = evaluateElbo(*onGpu, kToySentences, recipe, "toy");
            const double relative =
                std::abs(there.natsGivenLength - elbo.natsGivenLength) / elbo.natsGivenLength;
            add("ELBO parity (" + device + " vs cpu, fp32)", relative < 1e-4,
                "relative difference " + formatted(relative, 3) +
                    " (limit 1e-4) on the CPU run's checkpoint");
            const auto logits = probeLogits(*onGpu);
            const double difference = (logits - reference).abs().max().item<double>();
            add("logits parity (" + device + " vs cpu, fp32)", difference < 1e-3,
                "largest absolute difference " + formatted(difference, 3) + " (limit 1e-3)");
        } catch (const std::exception &error) {
            add("ELBO parity (" + device + " vs cpu, fp32)", false, error.what());
        }
    }

    // 5. The sampler: every position filled with a real token, on each device asked for.
    std::vector<std::string> devices = {"cpu"};
    if (onDevice)
        devices.push_back(device);
    for (const std::string &where : devices) {
        try {
            auto sampler = loadDenoiser(cpu.result.lastCheckpoint, where, "fp32");
            SamplerConfig config;
            config.count = 8;
            config.length = 6;
            config.stepSize = 4;
            const SampleRun run = sample(*sampler, config, sampleLengths(*sampler, config));
            // Never [PAD], [CLS], [SEP] or a [MASK] left ([UNK] is a token the model may draw).
            const SpecialTokenIds special = sampler->tokenizer->specialIds();
            bool valid = run.samples.size() == 8;
            for (const GeneratedSample &generated : run.samples)
                for (const int id : generated.ids)
                    valid = valid && id >= 0 && id < sampler->tokenizer->vocabSize() &&
                            id != special.pad && id != special.cls && id != special.sep &&
                            id != special.mask;
            add("sampler (" + where + ")", valid,
                "8 samples of 6 tokens in " + std::to_string(run.steps) +
                    " steps, no special token or [MASK] left; e.g. \"" + run.samples.front().text +
                    "\"");
        } catch (const std::exception &error) {
            add("sampler (" + where + ")", false, error.what());
        }
    }

    // 6. bf16 autocast: finite logits close to fp32's.
    try {
        auto half = loadDenoiser(cpu.result.lastCheckpoint, onDevice ? device : "cpu", "bf16");
        const auto logits = probeLogits(*half);
        const double difference = (torch::log_softmax(logits, 1) - torch::log_softmax(reference, 1))
                                      .abs()
                                      .max()
                                      .item<double>();
        add(std::string("bf16 autocast (") + (onDevice ? device : "cpu") + ")",
            std::isfinite(difference) && difference < 0.5,
            "largest log-probability difference to fp32 " + formatted(difference, 3) +
                " (limit 0.5)");
    } catch (const std::exception &error) {
        add("bf16 autocast", false, error.what());
    }

    // 7. Collectives for data-parallel training: two ranks in this process over loopback (Gloo),
    // an all-reduce, a broadcast and a value shared through the store, all exact.
    try {
        ProcessGroupConfig group;
        group.worldSize = 2;
        group.masterPort = freeLoopbackPort();
        group.timeout = std::chrono::seconds(60);
        std::string problems[2];
        auto rankMain = [&](int rank) {
            try {
                ProcessGroupConfig mine = group;
                mine.rank = rank;
                const auto communicator = Communicator::connect(mine);
                auto sum = torch::tensor({1.0, 2.0, 3.0}, torch::kFloat64) * (rank + 1);
                auto copied = torch::full({4}, static_cast<float>(rank + 7));
                allReduceSum(*communicator, {sum});
                broadcastFromRankZero(*communicator, {copied});
                const std::string shared =
                    communicator->shareFromRankZero("doctor", rank == 0 ? "from rank 0" : "");
                communicator->barrier();
                if (!torch::equal(sum, torch::tensor({3.0, 6.0, 9.0}, torch::kFloat64)) ||
                    !torch::equal(copied, torch::full({4}, 7.0f)) || shared != "from rank 0")
                    problems[rank] = "rank " + std::to_string(rank) + " got wrong values";
            } catch (const std::exception &error) {
                problems[rank] = error.what();
            }
        };
        std::thread other(rankMain, 1);
        rankMain(0);
        other.join();
        const std::string problem = !problems[0].empty() ? problems[0] : problems[1];
        add("collectives (Gloo, 2 ranks on loopback)", problem.empty(),
            problem.empty() ? "all-reduce, broadcast and a store value exact on 127.0.0.1:" +
                                  std::to_string(group.masterPort)
                            : problem);
    } catch (const std::exception &error) {
        add("collectives (Gloo, 2 ranks on loopback)", false, error.what());
    }
    return checks;
}

}  // namespace dbw
