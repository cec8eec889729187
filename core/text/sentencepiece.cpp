#include "text/sentencepiece.h"

#include "error.h"
#include "text/spm/dbw_spm.h"
#include "util/files.h"
#include "util/paths.h"

#include <dlfcn.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>

namespace dbw {
namespace {

namespace fs = std::filesystem;

constexpr const char *kModuleFileName = "libdbw_spm.so";

struct LoadedModule {
    const dbw_spm_api *api = nullptr;
    std::string path;
};

// Where the module may be: an explicit override, next to the program (build tree), or in the
// installed library folder.
std::vector<fs::path> moduleCandidates() {
    std::vector<fs::path> candidates;
    if (const char *overridePath = std::getenv("DBW_SPM_MODULE"))
        candidates.emplace_back(overridePath);
    const fs::path directory = executableDirectory();
    candidates.push_back(directory / kModuleFileName);
    candidates.push_back(directory / ".." / "lib" / "diffusionbert-workbench" / kModuleFileName);
    return candidates;
}

const LoadedModule &module() {
    static LoadedModule loaded;
    static std::string failure;
    static std::once_flag once;
    std::call_once(once, [] {
        std::string tried;
        for (const fs::path &candidate : moduleCandidates()) {
            tried += "\n  " + candidate.string();
            if (!fs::exists(candidate))
                continue;
            // RTLD_DEEPBIND: the module resolves protobuf from its own dependencies first.
            void *handle = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
            if (!handle) {
                tried += std::string(" (") + dlerror() + ")";
                continue;
            }
            auto getApi = reinterpret_cast<dbw_spm_get_api_fn>(dlsym(handle, "dbw_spm_get_api"));
            const dbw_spm_api *api = getApi ? getApi() : nullptr;
            if (!api || api->abi_version != DBW_SPM_ABI_VERSION) {
                tried += " (not a dbw sentencepiece module of ABI version " +
                         std::to_string(DBW_SPM_ABI_VERSION) + ")";
                continue;
            }
            loaded.api = api;
            loaded.path = fs::weakly_canonical(candidate).string();
            return;
        }
        failure = "cannot load the sentencepiece module " + std::string(kModuleFileName) +
                  "; tried:" + tried + "\nReinstall, or set DBW_SPM_MODULE to the module's path.";
    });
    if (!loaded.api)
        throw std::runtime_error(failure);
    return loaded;
}

void appendText(void *context, const char *data, size_t size) {
    static_cast<std::string *>(context)->append(data, size);
}

void appendPiece(void *context, const char *data, size_t size) {
    static_cast<std::vector<std::string> *>(context)->emplace_back(data, size);
}

void assignIds(void *context, const int *ids, size_t count) {
    static_cast<std::vector<int> *>(context)->assign(ids, ids + count);
}

struct SentenceCursor {
    const std::vector<std::string> *sentences;
    std::size_t next = 0;
};

int nextSentence(void *context, const char **data, size_t *size) {
    auto *cursor = static_cast<SentenceCursor *>(context);
    if (cursor->next >= cursor->sentences->size())
        return 0;
    const std::string &sentence = (*cursor->sentences)[cursor->next++];
    *data = sentence.data();
    *size = sentence.size();
    return 1;
}

// sentencepiece's messages look like "INTERNAL: Vocabulary size too high (8000). Please set it to
// a value <= 1234."; turn the common one into advice in our own terms.
std::string explainTrainingFailure(const std::string &message, int vocabSize) {
    const auto found = message.find("Please set it to a value <= ");
    if (found != std::string::npos) {
        const std::string limit = message.substr(
            found + 28, message.find_first_not_of("0123456789", found + 28) - (found + 28));
        return "vocabulary size " + std::to_string(vocabSize) +
               " is too large for this corpus (at most " + limit +
               "); choose a smaller vocabulary size or allow a smaller vocabulary";
    }
    return "sentencepiece training failed: " + message;
}

}  // namespace

std::string sentencePieceModulePath() {
    return module().path;
}

SentencePieceTrainResult trainSentencePiece(const std::vector<std::string> &sentences,
                                            const std::string &outputPrefix,
                                            const SentencePieceTrainOptions &options) {
    if (options.modelType != "unigram" && options.modelType != "bpe")
        throw InputError(
            outputPrefix, 0,
            "unknown tokenizer type '" + options.modelType + "'; expected unigram or bpe");
    if (options.vocabSize < 16)
        throw InputError(outputPrefix, 0,
                         "vocabulary size " + std::to_string(options.vocabSize) +
                             " is too small; expected at least 16");
    if (sentences.empty())
        throw InputError(outputPrefix, 0, "no sentences to train a tokenizer on");
    const fs::path prefix(outputPrefix);
    const fs::path directory = prefix.has_parent_path() ? prefix.parent_path() : fs::path(".");
    if (prefix.filename().empty() || !fs::is_directory(directory))
        throw InputError(outputPrefix, 0,
                         "the output folder '" + directory.string() +
                             "' does not exist; expected PREFIX inside an existing folder");

    const dbw_spm_api *api = module().api;
    const int threads = options.threads > 0
                            ? options.threads
                            : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::random_device entropy;
    const std::string temporaryPrefix = outputPrefix + ".tmp-" + std::to_string(entropy());

    // The special pieces sit at fixed ids: the diffusion engine relies on [PAD]=0 and [MASK]=4.
    const std::vector<std::pair<std::string, std::string>> flags = {
        {"model_prefix", temporaryPrefix},
        {"model_type", options.modelType},
        {"vocab_size", std::to_string(options.vocabSize)},
        {"character_coverage", std::to_string(options.characterCoverage)},
        {"byte_fallback", options.byteFallback ? "true" : "false"},
        {"hard_vocab_limit", options.allowSmallerVocab ? "false" : "true"},
        {"num_threads", std::to_string(threads)},
        {"input_sentence_size", std::to_string(options.maxSentences)},
        {"shuffle_input_sentence", "true"},
        {"pad_id", "0"},
        {"pad_piece", kPadPiece},
        {"unk_id", "1"},
        {"unk_piece", kUnkPiece},
        {"bos_id", "2"},
        {"bos_piece", kClsPiece},
        {"eos_id", "3"},
        {"eos_piece", kSepPiece},
        {"user_defined_symbols", kMaskPiece},
        {"minloglevel", options.verbose ? "0" : "2"},
    };
    std::vector<const char *> keys, values;
    for (const auto &[key, value] : flags) {
        keys.push_back(key.c_str());
        values.push_back(value.c_str());
    }
    SentenceCursor cursor{&sentences};
    std::string message;
    const auto started = std::chrono::steady_clock::now();
    const int status = api->train(keys.data(), values.data(), keys.size(), nextSentence, &cursor,
                                  {appendText, &message});
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    auto removeTemporary = [&] {
        std::error_code ignored;
        fs::remove(temporaryPrefix + ".model", ignored);
        fs::remove(temporaryPrefix + ".vocab", ignored);
    };
    if (status != 0) {
        removeTemporary();
        throw InputError(outputPrefix, 0, explainTrainingFailure(message, options.vocabSize));
    }

    SentencePieceTrainResult result;
    result.modelPath = outputPrefix + ".model";
    result.vocabPath = outputPrefix + ".vocab";
    std::error_code error;
    fs::rename(temporaryPrefix + ".vocab", result.vocabPath, error);
    if (!error)
        fs::rename(temporaryPrefix + ".model", result.modelPath, error);
    if (error) {
        removeTemporary();
        throw InputError(outputPrefix, 0,
                         "cannot move the trained model into place: " + error.message());
    }
    result.vocabSize = SentencePieceTokenizer::load(result.modelPath)->vocabSize();
    result.sentences = sentences.size();
    result.seconds = seconds;
    return result;
}

std::unique_ptr<SentencePieceTokenizer> SentencePieceTokenizer::load(const std::string &modelPath) {
    if (!fs::is_regular_file(modelPath))
        throw InputError(modelPath, 0,
                         "no such file; expected a sentencepiece model (PREFIX.model from "
                         "'dbw tokenizer train')");
    const dbw_spm_api *api = module().api;
    std::string message;
    void *processor = api->load(modelPath.c_str(), {appendText, &message});
    if (!processor)
        throw InputError(modelPath, 0,
                         "not a sentencepiece model (" + message +
                             "); expected PREFIX.model from 'dbw tokenizer train'");
    std::unique_ptr<SentencePieceTokenizer> tokenizer(new SentencePieceTokenizer);
    tokenizer->m_processor = processor;
    tokenizer->m_path = modelPath;
    tokenizer->m_contentHash = fileContentHash(modelPath);
    tokenizer->m_vocabSize = api->piece_count(processor);

    const std::pair<int, const char *> fixed[] = {{kSentencePieceSpecialIds.pad, kPadPiece},
                                                  {kSentencePieceSpecialIds.unk, kUnkPiece},
                                                  {kSentencePieceSpecialIds.cls, kClsPiece},
                                                  {kSentencePieceSpecialIds.sep, kSepPiece},
                                                  {kSentencePieceSpecialIds.mask, kMaskPiece}};
    for (const auto &[id, piece] : fixed) {
        if (tokenizer->m_vocabSize <= id || tokenizer->idToPiece(id) != piece)
            throw InputError(modelPath, 0,
                             "id " + std::to_string(id) + " is '" +
                                 (tokenizer->m_vocabSize > id ? tokenizer->idToPiece(id) : "") +
                                 "', expected " + piece +
                                 ": the engine needs [PAD] [UNK] [CLS] [SEP] [MASK] at ids 0-4; "
                                 "train the model with 'dbw tokenizer train'");
    }
    return tokenizer;
}

SentencePieceTokenizer::~SentencePieceTokenizer() {
    if (m_processor)
        module().api->release(m_processor);
}

std::vector<int> SentencePieceTokenizer::encode(std::string_view text) const {
    std::vector<int> ids;
    std::string message;
    if (module().api->encode_ids(m_processor, text.data(), text.size(), assignIds, &ids,
                                 {appendText, &message}) != 0)
        throw std::runtime_error("sentencepiece encode failed: " + message);
    return ids;
}

std::vector<std::string> SentencePieceTokenizer::encodeAsPieces(std::string_view text) const {
    std::vector<std::string> pieces;
    std::string message;
    if (module().api->encode_pieces(m_processor, text.data(), text.size(), appendPiece, &pieces,
                                    {appendText, &message}) != 0)
        throw std::runtime_error("sentencepiece encode failed: " + message);
    return pieces;
}

std::string SentencePieceTokenizer::decode(const std::vector<int> &ids) const {
    for (const int id : ids)
        if (id < 0 || id >= m_vocabSize)
            throw std::out_of_range("token id " + std::to_string(id) +
                                    " is outside the vocabulary (0.." +
                                    std::to_string(m_vocabSize - 1) + ")");
    std::string text;
    std::string message;
    if (module().api->decode_ids(m_processor, ids.data(), ids.size(), appendText, &text,
                                 {appendText, &message}) != 0)
        throw std::runtime_error("sentencepiece decode failed: " + message);
    return text;
}

std::string SentencePieceTokenizer::idToPiece(int id) const {
    if (id < 0 || id >= m_vocabSize)
        throw std::out_of_range("token id " + std::to_string(id) + " is outside the vocabulary");
    std::string piece;
    module().api->id_to_piece(m_processor, id, appendText, &piece);
    return piece;
}

int SentencePieceTokenizer::pieceToId(std::string_view piece) const {
    return module().api->piece_to_id(m_processor, piece.data(), piece.size());
}

}  // namespace dbw
