// The safetensors format (Hugging Face): an 8-byte little-endian header length, a JSON header
// naming each tensor's dtype, shape and byte range, then the raw little-endian data. Float32 and
// bfloat16 / float16 / int64 tensors are supported. Internal to core (LibTorch types).
#pragma once

#include <torch/torch.h>

#include <map>
#include <string>
#include <vector>

namespace dbw {

// Writes atomically (temporary file + rename); `metadata` goes to "__metadata__".
void saveSafetensors(const std::string &path,
                     const std::vector<std::pair<std::string, torch::Tensor>> &tensors,
                     const std::map<std::string, std::string> &metadata = {});

// Throws InputError naming the file (and the tensor) when it is not valid safetensors.
std::map<std::string, torch::Tensor> loadSafetensors(
    const std::string &path, std::map<std::string, std::string> *metadata = nullptr);

// Copies tensors into the parameters of the same names. Throws InputError naming the file and the
// first missing, unexpected or mis-shaped tensor.
void assignWeights(const std::string &path, const std::map<std::string, torch::Tensor> &tensors,
                   const std::vector<std::pair<std::string, torch::Tensor>> &parameters);

}  // namespace dbw
