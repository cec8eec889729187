#include "model/torchpickle.h"

#include "error.h"

#include <caffe2/serialize/inline_container.h>

#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

namespace dbw {
namespace {

struct Value;
using ValuePtr = std::shared_ptr<Value>;

// What a state dict's pickle builds: Python's plain values, dicts, the globals it names, and
// the tensors and storages made from them.
struct Value {
    enum class Kind {
        None,
        Bool,
        Int,
        Float,
        String,
        Tuple,
        List,
        Dict,
        Global,
        Storage,
        Tensor,
        Mark
    };
    Kind kind = Kind::None;
    std::int64_t integer = 0;
    double real = 0;
    std::string text;  // String; Global: "module.name"
    std::vector<ValuePtr> items;
    std::vector<std::pair<ValuePtr, ValuePtr>> entries;
    torch::Tensor tensor;  // Storage: 1-d of its dtype; Tensor
};

ValuePtr make(Value::Kind kind) {
    auto value = std::make_shared<Value>();
    value->kind = kind;
    return value;
}

torch::ScalarType storageType(const std::string &global) {
    static const std::unordered_map<std::string, torch::ScalarType> types = {
        {"torch.FloatStorage", torch::kFloat32}, {"torch.DoubleStorage", torch::kFloat64},
        {"torch.HalfStorage", torch::kFloat16},  {"torch.BFloat16Storage", torch::kBFloat16},
        {"torch.LongStorage", torch::kInt64},    {"torch.IntStorage", torch::kInt32},
        {"torch.ShortStorage", torch::kInt16},   {"torch.CharStorage", torch::kInt8},
        {"torch.ByteStorage", torch::kUInt8},    {"torch.BoolStorage", torch::kBool}};
    const auto found = types.find(global);
    return found == types.end() ? torch::ScalarType::Undefined : found->second;
}

class Unpickler {
public:
    Unpickler(std::string path, caffe2::serialize::PyTorchStreamReader &archive, const char *data,
              std::size_t size)
        : m_path(std::move(path)), m_archive(archive), m_data(data), m_size(size) {}

    ValuePtr run() {
        while (true) {
            const auto opcode = static_cast<unsigned char>(byte());
            switch (opcode) {
                case 0x80:
                    byte();
                    break;  // PROTO
                case 0x95:
                    bytes(8);
                    break;  // FRAME
                case '.':
                    return pop();  // STOP
                case '(':
                    push(make(Value::Kind::Mark));
                    break;  // MARK
                case '}':
                    push(make(Value::Kind::Dict));
                    break;
                case ']':
                    push(make(Value::Kind::List));
                    break;
                case ')':
                    push(make(Value::Kind::Tuple));
                    break;
                case 't':
                    push(sequence(Value::Kind::Tuple, popToMark()));
                    break;
                case 'l':
                    push(sequence(Value::Kind::List, popToMark()));
                    break;
                case 0x85:
                    push(sequence(Value::Kind::Tuple, popN(1)));
                    break;
                case 0x86:
                    push(sequence(Value::Kind::Tuple, popN(2)));
                    break;
                case 0x87:
                    push(sequence(Value::Kind::Tuple, popN(3)));
                    break;
                case 'd': {
                    auto dict = make(Value::Kind::Dict);
                    setItems(*dict, popToMark());
                    push(dict);
                    break;
                }
                case 'q':
                    m_memo[littleEndian(1)] = top();
                    break;  // BINPUT
                case 'r':
                    m_memo[littleEndian(4)] = top();
                    break;  // LONG_BINPUT
                case 0x94:
                    m_memo[m_memo.size()] = top();
                    break;  // MEMOIZE
                case 'h':
                    push(memo(littleEndian(1)));
                    break;  // BINGET
                case 'j':
                    push(memo(littleEndian(4)));
                    break;  // LONG_BINGET
                case 'J':
                    push(integer(static_cast<std::int32_t>(littleEndian(4))));
                    break;
                case 'K':
                    push(integer(static_cast<std::int64_t>(littleEndian(1))));
                    break;
                case 'M':
                    push(integer(static_cast<std::int64_t>(littleEndian(2))));
                    break;
                case 0x8a:
                    push(integer(long1(static_cast<std::size_t>(littleEndian(1)))));
                    break;
                case 'G':
                    push(real());
                    break;
                case 'N':
                    push(make(Value::Kind::None));
                    break;
                case 0x88:
                    push(boolean(true));
                    break;
                case 0x89:
                    push(boolean(false));
                    break;
                case 'X':
                    push(string(static_cast<std::size_t>(littleEndian(4))));
                    break;
                case 0x8c:
                    push(string(static_cast<std::size_t>(littleEndian(1))));
                    break;
                case 0x8d:
                    push(string(static_cast<std::size_t>(littleEndian(8))));
                    break;
                case 'T':
                    push(string(static_cast<std::size_t>(littleEndian(4))));
                    break;  // BINSTRING
                case 'U':
                    push(string(static_cast<std::size_t>(littleEndian(1))));
                    break;   // SHORT_BINSTRING
                case 'c': {  // GLOBAL
                    const std::string module = line(), name = line();
                    push(global(module + "." + name));
                    break;
                }
                case 0x93: {  // STACK_GLOBAL
                    const ValuePtr name = pop(), module = pop();
                    push(global(module->text + "." + name->text));
                    break;
                }
                case 'Q':
                    push(persistent(pop()));
                    break;   // BINPERSID
                case 'R': {  // REDUCE
                    const ValuePtr arguments = pop(), callable = pop();
                    push(reduce(*callable, *arguments));
                    break;
                }
                case 'b':
                    pop();
                    break;  // BUILD: a state dict's _metadata (versions) is not needed
                case 's': {
                    const ValuePtr value = pop(), key = pop();
                    container(Value::Kind::Dict).entries.emplace_back(key, value);
                    break;
                }
                case 'u': {
                    const auto items = popToMark();
                    setItems(container(Value::Kind::Dict), items);
                    break;
                }
                case 'a': {
                    const ValuePtr value = pop();
                    container(Value::Kind::List).items.push_back(value);
                    break;
                }
                case 'e': {
                    const auto items = popToMark();
                    auto &list = container(Value::Kind::List);
                    list.items.insert(list.items.end(), items.begin(), items.end());
                    break;
                }
                case '0':
                    pop();
                    break;  // POP
                case '1':
                    popToMark();
                    break;  // POP_MARK
                case '2':
                    push(top());
                    break;  // DUP
                default:
                    fail("uses pickle opcode 0x" + hex(opcode) +
                         ", which a state dict saved by torch.save does not contain");
            }
        }
    }

private:
    [[noreturn]] void fail(const std::string &message) const {
        throw InputError(m_path, 0, message);
    }

    static std::string hex(unsigned value) {
        const char digits[] = "0123456789abcdef";
        return std::string{digits[(value >> 4) & 15], digits[value & 15]};
    }

    char byte() {
        if (m_position >= m_size)
            fail("ends in the middle of its pickle (data.pkl is truncated)");
        return m_data[m_position++];
    }
    const char *bytes(std::size_t count) {
        if (count > m_size - m_position)
            fail("ends in the middle of its pickle (data.pkl is truncated)");
        const char *start = m_data + m_position;
        m_position += count;
        return start;
    }
    std::uint64_t littleEndian(std::size_t count) {
        const char *data = bytes(count);
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < count; ++i)
            value |= static_cast<std::uint64_t>(static_cast<unsigned char>(data[i])) << (8 * i);
        return value;
    }
    std::int64_t long1(std::size_t count) {
        if (count > 8)
            fail("has an integer wider than 64 bits");
        const std::uint64_t raw = littleEndian(count);
        if (count == 0)
            return 0;
        const bool negative = (raw >> (8 * count - 1)) & 1;
        return negative && count < 8
                   ? static_cast<std::int64_t>(raw | (~std::uint64_t{0} << (8 * count)))
                   : static_cast<std::int64_t>(raw);
    }
    std::string line() {
        std::string text;
        for (char c = byte(); c != '\n'; c = byte())
            text += c;
        return text;
    }

    void push(ValuePtr value) { m_stack.push_back(std::move(value)); }
    ValuePtr pop() {
        if (m_stack.empty())
            fail("has a pickle that pops an empty stack");
        ValuePtr value = m_stack.back();
        m_stack.pop_back();
        return value;
    }
    ValuePtr top() const {
        if (m_stack.empty())
            fail("has a pickle that reads an empty stack");
        return m_stack.back();
    }
    std::vector<ValuePtr> popN(std::size_t count) {
        if (m_stack.size() < count)
            fail("has a pickle that pops an empty stack");
        std::vector<ValuePtr> items(m_stack.end() - static_cast<std::ptrdiff_t>(count),
                                    m_stack.end());
        m_stack.resize(m_stack.size() - count);
        return items;
    }
    std::vector<ValuePtr> popToMark() {
        for (std::size_t i = m_stack.size(); i-- > 0;)
            if (m_stack[i]->kind == Value::Kind::Mark) {
                std::vector<ValuePtr> items(m_stack.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                            m_stack.end());
                m_stack.resize(i);
                return items;
            }
        fail("has a pickle without the mark it needs");
    }
    ValuePtr memo(std::uint64_t index) const {
        const auto found = m_memo.find(index);
        if (found == m_memo.end())
            fail("has a pickle that reads memo " + std::to_string(index) + " before writing it");
        return found->second;
    }
    Value &container(Value::Kind kind) {
        const ValuePtr target = top();
        if (target->kind != kind)
            fail("has a pickle that adds items to something that is not a dict or list");
        return *target;
    }
    void setItems(Value &dict, const std::vector<ValuePtr> &items) {
        if (items.size() % 2 != 0)
            fail("has a dict with a key but no value");
        for (std::size_t i = 0; i < items.size(); i += 2)
            dict.entries.emplace_back(items[i], items[i + 1]);
    }

    static ValuePtr sequence(Value::Kind kind, std::vector<ValuePtr> items) {
        auto value = make(kind);
        value->items = std::move(items);
        return value;
    }
    static ValuePtr integer(std::int64_t number) {
        auto value = make(Value::Kind::Int);
        value->integer = number;
        return value;
    }
    static ValuePtr boolean(bool on) {
        auto value = make(Value::Kind::Bool);
        value->integer = on;
        return value;
    }
    ValuePtr real() {
        const char *data = bytes(8);  // big-endian IEEE double
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits = (bits << 8) | static_cast<unsigned char>(data[i]);
        auto value = make(Value::Kind::Float);
        std::memcpy(&value->real, &bits, sizeof bits);
        return value;
    }
    ValuePtr string(std::size_t length) {
        auto value = make(Value::Kind::String);
        value->text.assign(bytes(length), length);
        return value;
    }
    ValuePtr global(const std::string &name) {
        static const char *const kAllowed[] = {"collections.OrderedDict",
                                               "torch._utils._rebuild_tensor_v2",
                                               "torch._utils._rebuild_parameter"};
        bool allowed = storageType(name) != torch::ScalarType::Undefined;
        for (const char *known : kAllowed)
            allowed = allowed || name == known;
        if (!allowed)
            fail("names the Python object '" + name +
                 "', which a state dict of tensors does not need; it is not loaded "
                 "(a pickle can run any code it names)");
        auto value = make(Value::Kind::Global);
        value->text = name;
        return value;
    }

    // ('storage', storage type, key, location, numel): the raw bytes of ARCHIVE/data/KEY.
    ValuePtr persistent(const ValuePtr &id) {
        const auto &items = id->items;
        if (id->kind != Value::Kind::Tuple || items.size() < 5 || items[0]->text != "storage" ||
            items[1]->kind != Value::Kind::Global || items[2]->kind != Value::Kind::String ||
            items[4]->kind != Value::Kind::Int)
            fail("has a persistent reference that is not a tensor storage");
        const std::string &key = items[2]->text;
        if (const auto cached = m_storages.find(key); cached != m_storages.end())
            return cached->second;
        const torch::ScalarType type = storageType(items[1]->text);
        const std::int64_t numel = items[4]->integer;
        const std::string record = "data/" + key;
        if (!m_archive.hasRecord(record))
            fail("has no record '" + record + "' for a tensor's storage");
        auto [data, size] = m_archive.getRecord(record);
        const std::size_t element = c10::elementSize(type);
        if (numel < 0 || static_cast<std::uint64_t>(numel) > size / element)
            fail("has a storage '" + record + "' of " + std::to_string(size) +
                 " bytes, shorter than its " + std::to_string(numel) + " elements");
        auto storage = make(Value::Kind::Storage);
        storage->tensor = torch::empty({numel}, torch::TensorOptions().dtype(type));
        if (numel > 0)  // an empty tensor's data pointer may be null
            std::memcpy(storage->tensor.data_ptr(), data.get(),
                        static_cast<std::size_t>(numel) * element);
        m_storages[key] = storage;
        return storage;
    }

    static std::vector<std::int64_t> integers(const Value &tuple) {
        std::vector<std::int64_t> out;
        for (const ValuePtr &item : tuple.items)
            out.push_back(item->integer);
        return out;
    }

    ValuePtr reduce(const Value &callable, const Value &arguments) {
        if (callable.kind != Value::Kind::Global || arguments.kind != Value::Kind::Tuple)
            fail("has a call that is not to a known class");
        const auto &args = arguments.items;
        if (callable.text == "collections.OrderedDict")
            return make(Value::Kind::Dict);
        if (callable.text == "torch._utils._rebuild_parameter") {
            if (args.empty() || args[0]->kind != Value::Kind::Tensor)
                fail("has a parameter without a tensor");
            return args[0];
        }
        if (callable.text == "torch._utils._rebuild_tensor_v2") {
            if (args.size() < 4 || args[0]->kind != Value::Kind::Storage ||
                args[1]->kind != Value::Kind::Int || args[2]->kind != Value::Kind::Tuple ||
                args[3]->kind != Value::Kind::Tuple)
                fail("has a tensor whose storage, offset, size or stride is missing");
            const torch::Tensor &storage = args[0]->tensor;
            const auto sizes = integers(*args[2]), strides = integers(*args[3]);
            const std::int64_t offset = args[1]->integer;
            // The furthest element the view reaches must lie inside the storage.
            std::int64_t last = offset;
            for (std::size_t d = 0; d < sizes.size() && d < strides.size(); ++d)
                if (sizes[d] == 0)
                    last = offset - 1;
                else
                    last += (sizes[d] - 1) * strides[d];
            if (sizes.size() != strides.size() || offset < 0 || last >= storage.numel())
                fail("has a tensor that reaches outside its storage");
            auto tensor = make(Value::Kind::Tensor);
            tensor->tensor = storage.as_strided(sizes, strides, offset);
            return tensor;
        }
        fail("calls '" + callable.text + "', which cannot build a tensor");
    }

    std::string m_path;
    caffe2::serialize::PyTorchStreamReader &m_archive;
    const char *m_data;
    std::size_t m_size;
    std::size_t m_position = 0;
    std::vector<ValuePtr> m_stack;
    std::unordered_map<std::uint64_t, ValuePtr> m_memo;
    std::unordered_map<std::string, ValuePtr> m_storages;
};

}  // namespace

std::map<std::string, torch::Tensor> loadTorchStateDict(const std::string &path) {
    std::unique_ptr<caffe2::serialize::PyTorchStreamReader> archive;
    try {
        archive = std::make_unique<caffe2::serialize::PyTorchStreamReader>(path);
    } catch (const c10::Error &) {
        throw InputError(
            path, 0,
            "is not a torch.save zip archive (files saved before PyTorch 1.6 are not supported: "
            "load and save them again with a newer PyTorch, or use model.safetensors)");
    }
    if (!archive->hasRecord("data.pkl"))
        throw InputError(path, 0, "has no data.pkl (not a file written by torch.save)");
    ValuePtr root;
    try {  // the zip reader throws c10::Error for a damaged record (found by fuzz_torch_state_dict)
        auto [pickle, size] = archive->getRecord("data.pkl");
        Unpickler unpickler(path, *archive, static_cast<const char *>(pickle.get()), size);
        root = unpickler.run();
    } catch (const c10::Error &error) {
        throw InputError(
            path, 0,
            std::string("is a damaged torch.save archive: ") + error.what_without_backtrace());
    }
    if (root->kind != Value::Kind::Dict)
        throw InputError(path, 0, "holds something other than a state dict (a dict of tensors)");
    std::map<std::string, torch::Tensor> tensors;
    for (const auto &[key, value] : root->entries) {
        if (key->kind != Value::Kind::String || value->kind != Value::Kind::Tensor)
            throw InputError(
                path, 0,
                "holds an entry that is not a named tensor (a state dict maps names to tensors)");
        tensors[key->text] = value->tensor;
    }
    return tensors;
}

}  // namespace dbw
