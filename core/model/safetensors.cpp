#include "model/safetensors.h"

#include "error.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

#include <cstring>

namespace dbw {
namespace {

struct DtypeName {
    torch::ScalarType type;
    const char *name;
};
constexpr DtypeName kDtypes[] = {{torch::kFloat32, "F32"},
                                 {torch::kBFloat16, "BF16"},
                                 {torch::kFloat16, "F16"},
                                 {torch::kInt64, "I64"},
                                 {torch::kInt32, "I32"}};

const char *dtypeName(torch::ScalarType type) {
    for (const DtypeName &entry : kDtypes)
        if (entry.type == type)
            return entry.name;
    throw std::invalid_argument(std::string("safetensors: unsupported dtype ") +
                                c10::toString(type));
}

}  // namespace

void saveSafetensors(const std::string &path,
                     const std::vector<std::pair<std::string, torch::Tensor>> &tensors,
                     const std::map<std::string, std::string> &metadata) {
    nlohmann::json header = nlohmann::json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::vector<torch::Tensor> contiguous;
    std::size_t offset = 0;
    for (const auto &[name, tensor] : tensors) {
        const torch::Tensor data = tensor.detach().to(torch::kCPU).contiguous();
        const std::size_t bytes = static_cast<std::size_t>(data.numel() * data.element_size());
        header[name] = {{"dtype", dtypeName(data.scalar_type())},
                        {"shape", data.sizes().vec()},
                        {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
        contiguous.push_back(data);
    }
    std::string headerText = header.dump();
    headerText.append((8 - headerText.size() % 8) % 8, ' ');  // align the data to 8 bytes
    std::string file(8, '\0');
    const std::uint64_t headerSize = headerText.size();
    for (int i = 0; i < 8; ++i)
        file[static_cast<std::size_t>(i)] = static_cast<char>((headerSize >> (8 * i)) & 0xFF);
    file += headerText;
    file.reserve(file.size() + offset);
    for (const torch::Tensor &data : contiguous)
        file.append(static_cast<const char *>(data.data_ptr()),
                    static_cast<std::size_t>(data.numel() * data.element_size()));
    writeFileAtomically(path, file);
}

std::map<std::string, torch::Tensor> loadSafetensors(const std::string &path,
                                                     std::map<std::string, std::string> *metadata) {
    const std::string file = readWholeFile(path);
    if (file.size() < 8)
        throw InputError(path, 0, "too short for safetensors; expected model.safetensors");
    std::uint64_t headerSize = 0;
    for (int i = 7; i >= 0; --i)
        headerSize =
            (headerSize << 8) | static_cast<unsigned char>(file[static_cast<std::size_t>(i)]);
    if (headerSize > file.size() - 8)
        throw InputError(path, 0, "damaged safetensors file (the header is longer than the file)");
    nlohmann::json header;
    try {
        header = nlohmann::json::parse(file.substr(8, headerSize));
    } catch (const nlohmann::json::exception &error) {
        throw InputError(path, 0, std::string("damaged safetensors header: ") + error.what());
    }
    const std::size_t dataStart = 8 + headerSize;
    std::map<std::string, torch::Tensor> tensors;
    for (const auto &[name, entry] : header.items()) {
        if (name == "__metadata__") {
            if (!entry.is_object())
                throw InputError(path, 0, "__metadata__ is not an object of strings");
            for (const auto &[key, value] : entry.items()) {
                if (!value.is_string())
                    throw InputError(path, 0, "__metadata__ '" + key + "' is not a string");
                if (metadata)
                    (*metadata)[key] = value.get<std::string>();
            }
            continue;
        }
        try {
            const std::string dtype = entry.at("dtype").get<std::string>();
            const auto shape = entry.at("shape").get<std::vector<std::int64_t>>();
            const auto offsets = entry.at("data_offsets").get<std::vector<std::uint64_t>>();
            const DtypeName *found = nullptr;
            for (const DtypeName &candidate : kDtypes)
                if (dtype == candidate.name)
                    found = &candidate;
            if (!found)
                throw InputError(path, 0, "tensor '" + name + "' has unsupported dtype " + dtype);
            // The size comes from the shape before anything is allocated: a header of a few
            // bytes must not make us allocate terabytes (found by fuzz_safetensors).
            const std::uint64_t available = file.size() - dataStart;
            std::uint64_t bytes = c10::elementSize(found->type);
            for (const std::int64_t extent : shape) {
                if (extent < 0)
                    throw InputError(path, 0, "tensor '" + name + "' has a negative extent");
                if (extent > 0 && bytes > available / static_cast<std::uint64_t>(extent))
                    bytes = available + 1;  // larger than the file: rejected below
                else
                    bytes *= static_cast<std::uint64_t>(extent);
            }
            if (offsets.size() != 2 || offsets[1] < offsets[0] ||
                offsets[1] - offsets[0] != bytes || offsets[1] > available)
                throw InputError(path, 0,
                                 "tensor '" + name +
                                     "' has data offsets that do not fit its shape or the "
                                     "file (damaged or truncated file)");
            torch::Tensor tensor = torch::empty(shape, torch::TensorOptions().dtype(found->type));
            if (bytes > 0)  // an empty tensor's data pointer may be null
                std::memcpy(tensor.data_ptr(), file.data() + dataStart + offsets[0], bytes);
            tensors.emplace(name, tensor);
        } catch (const nlohmann::json::exception &error) {
            throw InputError(path, 0, "tensor '" + name + "': " + error.what());
        }
    }
    return tensors;
}

void assignWeights(const std::string &path, const std::map<std::string, torch::Tensor> &tensors,
                   const std::vector<std::pair<std::string, torch::Tensor>> &parameters) {
    torch::NoGradGuard noGrad;
    for (const auto &[name, parameter] : parameters) {
        const auto found = tensors.find(name);
        if (found == tensors.end())
            throw InputError(path, 0,
                             "has no tensor '" + name +
                                 "'; it was saved by a model of another shape or time design");
        if (found->second.sizes() != parameter.sizes())
            throw InputError(path, 0,
                             "tensor '" + name + "' has shape " + c10::str(found->second.sizes()) +
                                 ", the model expects " + c10::str(parameter.sizes()));
        parameter.copy_(found->second.to(parameter.scalar_type()));
    }
    if (tensors.size() != parameters.size())
        for (const auto &[name, tensor] : tensors) {
            bool known = false;
            for (const auto &parameter : parameters)
                known = known || parameter.first == name;
            if (!known)
                throw InputError(path, 0, "has a tensor '" + name + "' the model does not have");
        }
}

}  // namespace dbw
