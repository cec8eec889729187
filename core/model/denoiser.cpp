#include "model/denoiser.h"

#include "error.h"
#include "model/safetensors.h"
#include "runtime/runtime.h"
#include "text/wordfreq.h"

#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include <filesystem>

namespace dbw {
namespace {

namespace fs = std::filesystem;

// bf16 autocast, restored on scope exit (autocast state is thread-local). PyTorch 2.4 replaced
// the per-device setters by ones taking the device type.
class AutocastGuard {
public:
    AutocastGuard(bool enabled, bool cuda) : m_enabled(enabled), m_cuda(cuda) { set(true); }
    ~AutocastGuard() {
        set(false);
        if (m_enabled)
            at::autocast::clear_cache();
    }

private:
    void set(bool on) const {
        if (!m_enabled)
            return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
        const auto type = m_cuda ? at::kCUDA : at::kCPU;
        at::autocast::set_autocast_dtype(type, at::kBFloat16);
        at::autocast::set_autocast_enabled(type, on);
#else
        if (m_cuda) {
            at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
            at::autocast::set_enabled(on);
        } else {
            at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
            at::autocast::set_cpu_enabled(on);
        }
#endif
    }

    bool m_enabled, m_cuda;
};

}  // namespace

TokenBatch makeTokenBatch(const std::vector<std::vector<int>> &data,
                          const std::vector<int> &indices, int padId,
                          const std::vector<int> &targetStarts) {
    TokenBatch batch;
    const auto B = static_cast<std::int64_t>(indices.size());
    std::int64_t longest = 0;
    for (const int index : indices)
        longest = std::max<std::int64_t>(
            longest, static_cast<std::int64_t>(data[static_cast<std::size_t>(index)].size()));
    batch.tokens = torch::full({B, longest}, padId, torch::kInt64);
    batch.lengths = torch::empty({B}, torch::kInt64);
    auto tokens = batch.tokens.accessor<std::int64_t, 2>();
    auto lengths = batch.lengths.accessor<std::int64_t, 1>();
    for (std::int64_t b = 0; b < B; ++b) {
        const std::vector<int> &sequence =
            data[static_cast<std::size_t>(indices[static_cast<std::size_t>(b)])];
        for (std::size_t i = 0; i < sequence.size(); ++i)
            tokens[b][static_cast<std::int64_t>(i)] = sequence[i];
        lengths[b] = static_cast<std::int64_t>(sequence.size());
        batch.realTokens += static_cast<std::int64_t>(sequence.size());
    }
    const auto positions = torch::arange(longest, torch::kInt64).unsqueeze(0);
    batch.real = positions < batch.lengths.unsqueeze(1);
    batch.target = batch.real;
    batch.targetTokens = batch.realTokens;
    if (!targetStarts.empty()) {
        batch.targetStarts = torch::empty({B}, torch::kInt64);
        for (std::int64_t b = 0; b < B; ++b)
            batch.targetStarts[b] =
                targetStarts[static_cast<std::size_t>(indices[static_cast<std::size_t>(b)])];
        batch.target = batch.real & (positions >= batch.targetStarts.unsqueeze(1));
        batch.targetTokens = batch.target.sum().item<std::int64_t>();
    }
    return batch;
}

torch::Device parseDevice(const std::string &name) {
    if (name == "cpu")
        return torch::kCPU;
    if (!torch::cuda::is_available())
        throw InputError("training.device", 0,
                         "'" + name +
                             "' asks for CUDA, but this build or machine has no CUDA device "
                             "(LibTorch " +
                             currentRuntimeInfo().torchVersion + "); use cpu");
    const int index = name == "cuda" ? 0 : std::stoi(name.substr(5));
    if (index >= static_cast<int>(torch::cuda::device_count()))
        throw InputError("training.device", 0,
                         "'" + name + "': there are only " +
                             std::to_string(torch::cuda::device_count()) + " CUDA devices");
    return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
}

bool useBf16(const std::string &precision, const torch::Device &device, std::string *explanation) {
    if (precision == "bf16" || precision == "fp32" || device.is_cuda())
        return precision == "bf16" || (precision == "auto" && device.is_cuda());
    // On a CPU, bf16 pays only where the hardware has bf16 arithmetic (AVX-512 BF16, AMX): measure.
    static const double ratio = measureMatmulGflops(true, 1024) / measureMatmulGflops(false, 1024);
    if (explanation)
        *explanation = std::string("precision ") + (ratio >= 1.5 ? "bf16" : "fp32") +
                       " (bf16 matmul measured at " + std::to_string(ratio).substr(0, 4) +
                       "x fp32 on this CPU)";
    return ratio >= 1.5;
}

torch::Tensor Denoiser::toDevice(const torch::Tensor &tensor) const {
    if (!tensor.defined() || tensor.device() == device)
        return tensor;
    if (device.is_cuda() &&
        tensor.device().is_cpu())  // pinned: the copy runs beside the host's work
        return tensor.pin_memory().to(device, /*non_blocking=*/true);
    return tensor.to(device);
}

torch::Tensor Denoiser::hidden(const torch::Tensor &tokens, const torch::Tensor &lengths,
                               const torch::Tensor &modelTime, const torch::Tensor &targetStarts) {
    const SpecialTokenIds special = tokenizer->specialIds();
    const auto B = tokens.size(0), L = tokens.size(1);
    // Framed where the tokens are (the sampler keeps them on the model's device, the trainer's
    // batches come from the host): [CLS] x [SEP] [PAD]..., the [SEP] right after each sentence.
    const auto options = torch::TensorOptions().dtype(torch::kInt64).device(tokens.device());
    auto framed = torch::full({B, L + 2}, special.pad, options);
    framed.select(1, 0).fill_(special.cls);
    framed.narrow(1, 1, L).copy_(tokens);
    const auto sentenceLengths = lengths.to(tokens.device());
    framed.scatter_(1, (sentenceLengths + 1).unsqueeze(1), special.sep);
    const auto framedPositions = torch::arange(L + 2, options).unsqueeze(0);
    const auto attention = framedPositions < (sentenceLengths + 2).unsqueeze(1);
    // Token i sits at framed position i + 1, so the target's segment starts at targetStart + 1.
    torch::Tensor types;
    if (targetStarts.defined())
        types =
            toDevice(((framedPositions > targetStarts.to(tokens.device()).unsqueeze(1)) & attention)
                         .to(torch::kInt64));
    AutocastGuard autocast(bf16, device.is_cuda());
    return model
        ->encode(toDevice(framed), toDevice(attention), toDevice(modelTime.to(torch::kFloat32)),
                 types)
        .narrow(1, 1, L);
}

torch::Tensor Denoiser::logits(const torch::Tensor &rows) {
    AutocastGuard autocast(bf16, device.is_cuda());
    return model->logits(rows);
}

std::unique_ptr<DiffusionObjective> makeObjective(const RunConfig &config,
                                                  const Tokenizer &tokenizer,
                                                  const std::vector<double> &offsets) {
    const NoiseSchedule schedule(scheduleKindFromString(config.diffusion.schedule),
                                 scheduleKindFromString(config.diffusion.spindleBase),
                                 config.diffusion.spindleLambda);
    ObjectiveSettings settings;
    settings.continuousTime = config.diffusion.continuousTime;
    settings.steps = config.diffusion.steps;
    settings.nelbo = config.diffusion.objective == "nelbo";
    settings.hybridLambda = config.diffusion.hybridLambda;
    settings.zeroMaskProbability = config.diffusion.zeroMaskProbability;
    settings.carryOverUnmasked = config.diffusion.carryOverUnmasked;
    const SpecialTokenIds special = tokenizer.specialIds();
    return std::make_unique<DiffusionObjective>(
        schedule, settings, special.mask, special.pad, offsets,
        std::vector<int>{special.pad, special.cls, special.sep});
}

std::unique_ptr<Denoiser> randomDenoiser(const RunConfig &config,
                                         std::unique_ptr<Tokenizer> tokenizer,
                                         std::vector<double> offsets, std::uint64_t seed) {
    auto denoiser = std::make_unique<Denoiser>();
    denoiser->config = config;
    denoiser->config.model.vocabSize = tokenizer->vocabSize();
    denoiser->tokenizer = std::move(tokenizer);
    denoiser->offsets = std::move(offsets);
    denoiser->objective = makeObjective(denoiser->config, *denoiser->tokenizer, denoiser->offsets);
    torch::manual_seed(seed);
    denoiser->model = DiffusionBert(denoiser->config.model, denoiser->config.diffusion.steps);
    denoiser->model->eval();
    return denoiser;
}

std::unique_ptr<Denoiser> loadDenoiser(const std::string &checkpointDirectory,
                                       const std::string &device, const std::string &precision) {
    const fs::path dir(checkpointDirectory);
    if (!fs::exists(dir / "model.safetensors") || !fs::exists(dir / "config.json"))
        throw InputError(
            checkpointDirectory, 0,
            "not a checkpoint folder (expected model.safetensors and config.json, e.g. "
            "RUN/checkpoints/best or RUN/checkpoints/step-N)");
    RunConfig config = loadRunConfig((dir / "config.json").string());
    const fs::path tokenizerPath =
        fs::exists(dir / "vocab.txt") ? dir / "vocab.txt" : dir / "tokenizer.model";
    std::unique_ptr<Tokenizer> tokenizer = loadTokenizer(tokenizerPath.string());
    if (config.model.vocabSize == 0)
        config.model.vocabSize = tokenizer->vocabSize();
    if (config.model.vocabSize != tokenizer->vocabSize())
        throw InputError(tokenizerPath.string(), 0,
                         "has " + std::to_string(tokenizer->vocabSize()) +
                             " pieces but the model was trained with " +
                             std::to_string(config.model.vocabSize));
    std::vector<double> offsets;
    if (config.diffusion.schedule == "spindle" ||
        config.diffusion.schedule == "spindle-reference") {
        const WordFrequencies frequencies =
            loadWordFrequencies((dir / "wordfreq.json").string(), tokenizer.get());
        offsets = config.diffusion.schedule == "spindle" ? frequencies.spindleOffsets()
                                                         : frequencies.frequencyScores();
    }
    auto denoiser = randomDenoiser(config, std::move(tokenizer), std::move(offsets), 0);
    const std::string weights = (dir / "model.safetensors").string();
    assignWeights(weights, loadSafetensors(weights), denoiser->model->namedWeights());
    denoiser->device = parseDevice(device);
    denoiser->bf16 = useBf16(precision, denoiser->device);
    denoiser->model->to(denoiser->device);
    denoiser->objective->to(denoiser->device);
    return denoiser;
}

}  // namespace dbw
