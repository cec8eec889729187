// A state dict saved by torch.save (PyTorch's zip format since 1.6: ARCHIVE/data.pkl, a pickle,
// and ARCHIVE/data/N, the raw storages), read without running any of the pickle: only the
// opcodes and the few classes a state dict is made of (OrderedDict, _rebuild_tensor_v2,
// _rebuild_parameter, the typed storages) are understood; anything else is an error. A pickle
// can name any Python function to call, so a general unpickler would run code from the file.
// Internal to core (LibTorch types).
#pragma once

#include <torch/torch.h>

#include <map>
#include <string>

namespace dbw {

// Tensor name -> tensor (on the CPU, in the dtype saved). Throws InputError naming the file and
// what it found (an unknown class, a missing storage record, a value that is not a tensor).
std::map<std::string, torch::Tensor> loadTorchStateDict(const std::string &path);

}  // namespace dbw
