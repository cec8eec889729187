#include "eval/fillmask.h"

#include "error.h"
#include "model/pretrained.h"

#include <torch/torch.h>

#include <cmath>

namespace dbw {

FillMaskResult fillMask(const std::string &modelDirectory, const std::string &text, int topK,
                        const std::string &device) {
    static const std::string kMask = "[MASK]";
    auto denoiser = loadQueryModel(modelDirectory, device);
    denoiser->model->eval();
    const Tokenizer &tokenizer = *denoiser->tokenizer;
    FillMaskResult result;
    result.huggingFace = isHuggingFaceFolder(modelDirectory);
    result.timeDesign = denoiser->config.model.timeDesign;

    // The text between the literal masks is tokenised piece by piece, so that a tokenizer that
    // would split "[MASK]" (SentencePiece) still gets exactly one mask token for each.
    std::size_t from = 0;
    while (true) {
        const std::size_t at = text.find(kMask, from);
        const std::string segment =
            text.substr(from, at == std::string::npos ? std::string::npos : at - from);
        for (const int id : tokenizer.encode(segment))
            result.ids.push_back(id);
        if (at == std::string::npos)
            break;
        result.masks.push_back({static_cast<int>(result.ids.size()), {}});
        result.ids.push_back(tokenizer.specialIds().mask);
        from = at + kMask.size();
    }
    if (result.masks.empty())
        throw InputError("--text", 0,
                         "has no [MASK] to fill (write [MASK] where a token is to be predicted)");
    const int length = static_cast<int>(result.ids.size());
    if (length + 2 > denoiser->config.model.maxPositions)
        throw InputError("--text", 0,
                         "has " + std::to_string(length) + " tokens; the model takes at most " +
                             std::to_string(denoiser->config.model.maxPositions - 2));
    for (const int id : result.ids)
        result.pieces.push_back(tokenizer.idToPiece(id));

    torch::NoGradGuard noGrad;
    const double share = static_cast<double>(result.masks.size()) / length;
    result.modelTime =
        denoiser->timeAgnostic() ? 0.0 : std::max(1.0, std::round(share * denoiser->steps()));
    const auto tokens = torch::tensor(result.ids, torch::kInt64).unsqueeze(0);
    const auto lengths = torch::tensor({static_cast<std::int64_t>(length)}, torch::kInt64);
    const auto time = torch::tensor({result.modelTime}, torch::kFloat32);
    const auto hidden = denoiser->hidden(tokens, lengths, time).squeeze(0);  // (L, D)
    std::vector<std::int64_t> positions;
    for (const FillMaskPosition &mask : result.masks)
        positions.push_back(mask.position);
    const auto rows =
        hidden.index_select(0, torch::tensor(positions, torch::kInt64).to(hidden.device()));
    const auto probabilities =
        torch::softmax(denoiser->logits(rows).to(torch::kFloat32), -1).to(torch::kCPU);
    const int k = std::max(1, std::min<int>(topK, static_cast<int>(probabilities.size(1))));
    const auto [values, indices] = probabilities.topk(k, -1);
    std::vector<int> filled = result.ids;
    for (std::size_t m = 0; m < result.masks.size(); ++m) {
        for (int j = 0; j < k; ++j) {
            const int id = static_cast<int>(indices[m][j].item<std::int64_t>());
            result.masks[m].top.push_back(
                {id, tokenizer.idToPiece(id), tokenizer.decode({id}), values[m][j].item<double>()});
        }
        filled[static_cast<std::size_t>(result.masks[m].position)] = result.masks[m].top.front().id;
    }
    result.filled = tokenizer.decode(filled);
    return result;
}

}  // namespace dbw
