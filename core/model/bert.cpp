#include "model/bert.h"

#include "model/cpukernels.h"

#include <cmath>
#include <stdexcept>

namespace dbw {
namespace {

std::shared_ptr<torch::nn::Module> holder(torch::nn::Module &parent, const std::string &name) {
    return parent.register_module(name, std::make_shared<torch::nn::Module>());
}

torch::nn::LayerNorm layerNorm(int width, double eps) {
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({width}).eps(eps));
}

}  // namespace

DiffusionBertImpl::DiffusionBertImpl(const ModelConfig &config, int diffusionSteps)
    : m_config(config), m_diffusionSteps(diffusionSteps) {
    const int d = config.hidden;
    if (config.vocabSize <= 0 || d <= 0 || config.layers <= 0 || config.heads <= 0 ||
        d % config.heads != 0 || config.ffn <= 0)
        throw std::invalid_argument("model sizes must be positive and heads must divide hidden");
    const double eps = config.layerNormEps;

    // Module tree with BERT's names: bert.embeddings..., bert.encoder.layer.N...,
    // cls.predictions...
    auto bert = holder(*this, "bert");
    auto embeddings = holder(*bert, "embeddings");
    m_wordEmbeddings =
        embeddings->register_module("word_embeddings", torch::nn::Embedding(config.vocabSize, d));
    m_positionEmbeddings = embeddings->register_module(
        "position_embeddings", torch::nn::Embedding(config.maxPositions, d));
    m_typeEmbeddings = embeddings->register_module("token_type_embeddings",
                                                   torch::nn::Embedding(config.typeVocab, d));
    m_embeddingNorm = embeddings->register_module("LayerNorm", layerNorm(d, eps));

    auto encoder = holder(*bert, "encoder");
    auto layerList = holder(*encoder, "layer");
    for (int i = 0; i < config.layers; ++i) {
        auto block = holder(*layerList, std::to_string(i));
        auto attention = holder(*block, "attention");
        auto self = holder(*attention, "self");
        auto attentionOutput = holder(*attention, "output");
        auto intermediate = holder(*block, "intermediate");
        auto output = holder(*block, "output");
        Layer layer;
        layer.query = self->register_module("query", torch::nn::Linear(d, d));
        layer.key = self->register_module("key", torch::nn::Linear(d, d));
        layer.value = self->register_module("value", torch::nn::Linear(d, d));
        layer.attentionOut = attentionOutput->register_module("dense", torch::nn::Linear(d, d));
        layer.attentionNorm = attentionOutput->register_module("LayerNorm", layerNorm(d, eps));
        layer.intermediate =
            intermediate->register_module("dense", torch::nn::Linear(d, config.ffn));
        layer.output = output->register_module("dense", torch::nn::Linear(config.ffn, d));
        layer.outputNorm = output->register_module("LayerNorm", layerNorm(d, eps));
        if (config.timeDesign == "layerwise")
            layer.timeMlp = block->register_module(
                "time_mlp", torch::nn::Sequential(torch::nn::Linear(d, 2 * d), torch::nn::ReLU(),
                                                  torch::nn::Linear(2 * d, d)));
        if (config.timeDesign == "adaln")
            layer.modulation =
                block->register_module("time_modulation", torch::nn::Linear(d, 4 * d));
        m_layers.push_back(layer);
    }
    if (config.timeDesign == "prefix")
        m_prefixTime = embeddings->register_module("time_token", torch::nn::Linear(d, d));
    else if (config.timeDesign != "none" && config.timeDesign != "layerwise" &&
             config.timeDesign != "adaln")
        throw std::invalid_argument("unknown time design '" + config.timeDesign +
                                    "' (expected none, layerwise, prefix or adaln)");

    auto cls = holder(*this, "cls");
    auto predictions = holder(*cls, "predictions");
    auto transform = holder(*predictions, "transform");
    m_headTransform = transform->register_module("dense", torch::nn::Linear(d, d));
    m_headNorm = transform->register_module("LayerNorm", layerNorm(d, eps));
    m_headBias = predictions->register_parameter("bias", torch::zeros({config.vocabSize}));
    if (!config.tiedOutput) {
        auto decoder = holder(*predictions, "decoder");
        m_decoder = decoder->register_parameter(
            "weight", torch::empty({config.vocabSize, d}).normal_(0.0, 0.02));
    }
    m_dropout = register_module(
        "dropout", torch::nn::Dropout(config.dropout));  // holds p; applied by dropout()

    // BERT's initialisation: N(0, 0.02) weights, zero biases, unit LayerNorms. The adaLN
    // modulation starts at zero, so a new adaln model is exactly a plain BERT.
    torch::NoGradGuard noGrad;
    for (auto &module : modules(/*include_self=*/false)) {
        if (auto *linear = module->as<torch::nn::Linear>()) {
            linear->weight.normal_(0.0, 0.02);
            linear->bias.zero_();
        } else if (auto *embedding = module->as<torch::nn::Embedding>()) {
            embedding->weight.normal_(0.0, 0.02);
        }
    }
    for (Layer &layer : m_layers)
        if (layer.modulation) {
            layer.modulation->weight.zero_();
            layer.modulation->bias.zero_();
        }
}

torch::Tensor DiffusionBertImpl::timeEmbedding(const torch::Tensor &time) const {
    // Sinusoidal embedding with period T (the official LTE's max_period), cos first then sin.
    const int half = m_config.hidden / 2;
    const auto frequencies = torch::exp(
        -std::log(static_cast<double>(std::max(m_diffusionSteps, 2))) *
        torch::arange(half, torch::TensorOptions().dtype(torch::kFloat32).device(time.device())) /
        half);
    const auto angles =
        time.to(torch::kFloat32).unsqueeze(1) * frequencies.unsqueeze(0);  // (B, D/2)
    auto embedding = torch::cat({torch::cos(angles), torch::sin(angles)}, 1);
    if (embedding.size(1) < m_config.hidden)  // odd width
        embedding =
            torch::nn::functional::pad(embedding, torch::nn::functional::PadFuncOptions({0, 1}));
    return embedding;  // (B, D)
}

torch::Tensor DiffusionBertImpl::dropout(const torch::Tensor &x) const {
    return fastDropout(x, m_dropout->options.p(), is_training());
}

torch::Tensor DiffusionBertImpl::attend(Layer &layer, const torch::Tensor &x,
                                        const torch::Tensor &bias) {
    const auto B = x.size(0), L = x.size(1);
    const int H = m_config.heads, hd = m_config.hidden / m_config.heads;
    auto split = [&](const torch::Tensor &t) { return t.view({B, L, H, hd}).transpose(1, 2); };
    const auto q = split(layer.query(x)), k = split(layer.key(x)), v = split(layer.value(x));
    auto scores = torch::matmul(q, k.transpose(-1, -2)) / std::sqrt(static_cast<double>(hd)) + bias;
    const auto probabilities = dropout(torch::softmax(scores, -1));
    const auto context =
        torch::matmul(probabilities, v).transpose(1, 2).reshape({B, L, m_config.hidden});
    return layer.attentionOut(context);
}

torch::Tensor DiffusionBertImpl::encode(const torch::Tensor &ids, const torch::Tensor &attention,
                                        const torch::Tensor &time, const torch::Tensor &types) {
    const auto B = ids.size(0);
    const auto L = ids.size(1);
    const bool prefix = m_config.timeDesign == "prefix";
    const bool needsTime = m_config.timeDesign != "none";
    const torch::Tensor embeddedTime = needsTime ? timeEmbedding(time) : torch::Tensor();

    auto x = m_wordEmbeddings(ids);  // (B, L, D)
    auto mask = attention;
    auto segments = types.defined() ? types : torch::zeros_like(ids);
    if (prefix) {  // [CLS] [TIME] tokens...: the time token after [CLS]
        const auto timeToken = m_prefixTime(embeddedTime).unsqueeze(1);
        x = torch::cat({x.narrow(1, 0, 1), timeToken, x.narrow(1, 1, L - 1)}, 1);
        mask = torch::cat({attention.narrow(1, 0, 1), torch::ones({B, 1}, attention.options()),
                           attention.narrow(1, 1, L - 1)},
                          1);
        segments = torch::cat({segments.narrow(1, 0, 1), torch::zeros({B, 1}, segments.options()),
                               segments.narrow(1, 1, L - 1)},
                              1);
    }
    const auto length = x.size(1);
    if (length > m_config.maxPositions)
        throw std::invalid_argument("sequence of " + std::to_string(length) +
                                    " positions exceeds the model's " +
                                    std::to_string(m_config.maxPositions));
    const auto positions = torch::arange(length, ids.options()).unsqueeze(0);
    x = x + m_positionEmbeddings(positions) + m_typeEmbeddings(segments);
    x = dropout(m_embeddingNorm(x));
    // Additive mask: 0 where attended, -10000 elsewhere (BERT's value; safe in bf16).
    const auto bias = ((~mask).to(x.scalar_type()) * -10000.0).view({B, 1, 1, length});

    for (Layer &layer : m_layers) {
        auto attended = layer.attentionNorm(x + dropout(attend(layer, x, bias)));
        if (layer.modulation) {
            const auto parts = layer.modulation(embeddedTime).unsqueeze(1).chunk(4, -1);
            attended = attended * (1 + parts[0]) + parts[1];
            auto out = layer.outputNorm(
                attended + dropout(layer.output(torch::gelu(layer.intermediate(attended)))));
            x = out * (1 + parts[2]) + parts[3];
            continue;
        }
        if (layer.timeMlp)
            attended = attended + layer.timeMlp->forward(embeddedTime).unsqueeze(1);
        x = layer.outputNorm(attended +
                             dropout(layer.output(torch::gelu(layer.intermediate(attended)))));
    }
    if (prefix)
        x = torch::cat({x.narrow(1, 0, 1), x.narrow(1, 2, length - 2)}, 1);
    return x;  // (B, L, D)
}

torch::Tensor DiffusionBertImpl::logits(const torch::Tensor &hidden) {
    // LayerNorm in float32: LibTorch 1.13's CPU autocast passes bf16 activations to it otherwise.
    const auto transformed = m_headNorm(torch::gelu(m_headTransform(hidden)).to(torch::kFloat32));
    return torch::nn::functional::linear(
        transformed, m_decoder.defined() ? m_decoder : m_wordEmbeddings->weight, m_headBias);
}

std::vector<std::pair<std::string, torch::Tensor>> DiffusionBertImpl::namedWeights() const {
    std::vector<std::pair<std::string, torch::Tensor>> weights;
    for (const auto &item : named_parameters(/*recurse=*/true))
        weights.emplace_back(item.key(), item.value());
    return weights;
}

}  // namespace dbw
