// A pretrained BERT to start from or to query: a Hugging Face BERT folder (config.json,
// model.safetensors or pytorch_model.bin, vocab.txt, tokenizer_config.json) or one of our
// checkpoints. Reads what real checkpoints carry (pooler, next-sentence head, position_ids
// buffers, legacy LayerNorm.gamma/beta names, tied or untied decoder) and maps it onto our
// network's names, which are Hugging Face BERT's. Internal to core (LibTorch types).
#pragma once

#include "model/bert.h"
#include "model/denoiser.h"
#include "model/modelconfig.h"

#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

namespace dbw {

struct PretrainedBert {
    std::string directory;
    bool huggingFace = false;   // else one of our checkpoints
    std::string weightsFile;    // the file the tensors came from
    ModelConfig model;          // its sizes (a Hugging Face model's time design is "none")
    std::string tokenizerPath;  // vocab.txt or tokenizer.model
    // Under our names (bert.*, cls.predictions.*), float32.
    std::map<std::string, torch::Tensor> weights;
    // What was read but is not used, each with why (pooler, next-sentence head, ...).
    std::vector<std::string> ignored;
};

// Whether `directory` holds a Hugging Face model (a config.json with "model_type").
bool isHuggingFaceFolder(const std::string &directory);

// Reads either kind. Throws InputError naming the file (and the key or tensor) for what is
// missing, not BERT, or inconsistent.
PretrainedBert readPretrainedBert(const std::string &directory);

// Copies every tensor the pretrained model has into `model`'s parameters of the same name and
// returns the names of the parameters it had none for (time MLPs, adaLN, the prefix time token),
// which keep their fresh initialisation. Throws InputError naming the tensor and both shapes on
// a shape mismatch, and when a BERT tensor the model needs is missing.
std::vector<std::string> initialiseFrom(DiffusionBertImpl &model, const PretrainedBert &pretrained);

// A model to query: our checkpoint as loadDenoiser loads it, or a Hugging Face BERT as a
// time-agnostic denoiser (its MLM head must be there).
std::unique_ptr<Denoiser> loadQueryModel(const std::string &directory,
                                         const std::string &device = "cpu");

}  // namespace dbw
