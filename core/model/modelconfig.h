// The network's shape: a BERT encoder with an MLM head, and how the diffusion time enters it.
// Plain data edited by dialogs and config files; the torch module lives in model/bert.h.
#pragma once

#include <string>

namespace dbw {

struct ModelConfig {
    std::string preset = "tiny";  // tiny, small, base or custom (then the sizes below count)
    int vocabSize = 0;            // output classes; 0 = the tokenizer's vocabulary size
    int hidden = 128;             // model width (bert-base: 768)
    int layers = 2;               // encoder layers (bert-base: 12)
    int heads = 2;                // attention heads; must divide hidden
    int ffn = 512;                // feed-forward width (bert-base: 3072)
    int maxPositions = 512;       // learned position embeddings
    int typeVocab = 2;            // token types: 0, and 1 for the target of a seq2seq pair
    double dropout = 0.1;         // hidden and attention dropout while training
    double layerNormEps = 1e-12;  // as BERT
    // How the time step enters: none (time-agnostic, TAD), layerwise (LTE: per-layer MLP of a
    // sinusoidal embedding, added after attention), prefix (PTE: one extra time token after [CLS]
    // with its own embedding), adaln (adaptive LayerNorm scale and shift from the time embedding).
    std::string timeDesign = "none";
    // The output layer shares the word embeddings (BERT's default). False: an output matrix of
    // its own (cls.predictions.decoder.weight), as in checkpoints saved with tie_word_embeddings
    // false.
    bool tiedOutput = true;
    // A pretrained BERT to start from: a Hugging Face folder or one of our checkpoints. Its sizes
    // and tokenizer replace the ones above; what it lacks (time MLPs, adaLN, the prefix time
    // token) starts fresh. Empty: random initialisation.
    std::string init;
};

// Sizes of a named preset: tiny (2 x 128, 2 heads, FFN 512), small (4 x 256, 4 heads, FFN 1024),
// base (bert-base: 12 x 768, 12 heads, FFN 3072). Keeps vocabSize, dropout and timeDesign.
// Throws std::invalid_argument for an unknown name; "custom" leaves the sizes alone.
ModelConfig applyModelPreset(ModelConfig config, const std::string &preset);

}  // namespace dbw
