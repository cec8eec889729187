// The denoising network: a BERT encoder (post-LN, GELU, learned positions, token types) with BERT's
// MLM head (tied to the word embeddings unless the config says otherwise), plus the time designs of
// DiffusionBERT. Parameter names are Hugging Face BERT's
// (bert.encoder.layer.0.attention.self.query.weight, ...) so that a time-agnostic model's weights
// load in other BERT tooling. Internal to core (LibTorch types).
#pragma once

#include "model/modelconfig.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace dbw {

// B = batch, L = framed sequence length ([CLS] tokens [SEP] padding), D = hidden, V = vocabulary,
// N = selected positions.
class DiffusionBertImpl : public torch::nn::Module {
public:
    // diffusionSteps: the period of the sinusoidal time embedding (T).
    DiffusionBertImpl(const ModelConfig &config, int diffusionSteps);

    // ids: (B, L) int64, attention: (B, L) bool (true = real), time: (B,) float, the noisy input's
    // time as t in [0, T], types: (B, L) int64 segment ids (BERT's token types: 0 for the source
    // of a pair, 1 for its target) or undefined for all 0. Returns hidden states (B, L, D).
    torch::Tensor encode(const torch::Tensor &ids, const torch::Tensor &attention,
                         const torch::Tensor &time, const torch::Tensor &types = {});
    // MLM head on selected rows: hidden (N, D) -> logits (N, V).
    torch::Tensor logits(const torch::Tensor &hidden);

    const ModelConfig &config() const { return m_config; }
    // Parameters under their BERT names; the tied decoder weight is not repeated.
    std::vector<std::pair<std::string, torch::Tensor>> namedWeights() const;

private:
    struct Layer {
        torch::nn::Linear query{nullptr}, key{nullptr}, value{nullptr}, attentionOut{nullptr};
        torch::nn::LayerNorm attentionNorm{nullptr};
        torch::nn::Linear intermediate{nullptr}, output{nullptr};
        torch::nn::LayerNorm outputNorm{nullptr};
        torch::nn::Sequential timeMlp{nullptr};  // layerwise
        torch::nn::Linear modulation{nullptr};   // adaln: (scale, shift) x 2 from the time
    };

    torch::Tensor timeEmbedding(const torch::Tensor &time) const;  // (B,) -> (B, D)
    torch::Tensor dropout(const torch::Tensor &x) const;  // model/cpukernels.h: fast on the CPU
    torch::Tensor attend(Layer &layer, const torch::Tensor &x, const torch::Tensor &bias);

    ModelConfig m_config;
    int m_diffusionSteps;
    torch::nn::Embedding m_wordEmbeddings{nullptr}, m_positionEmbeddings{nullptr},
        m_typeEmbeddings{nullptr};
    torch::nn::LayerNorm m_embeddingNorm{nullptr};
    std::vector<Layer> m_layers;
    torch::nn::Linear m_headTransform{nullptr};
    torch::nn::LayerNorm m_headNorm{nullptr};
    torch::Tensor m_headBias;
    torch::Tensor m_decoder;                  // untied output layer (V, D); undefined when tied
    torch::nn::Linear m_prefixTime{nullptr};  // prefix: the time token's embedding
    torch::nn::Dropout m_dropout{nullptr};
};
TORCH_MODULE(DiffusionBert);

}  // namespace dbw
