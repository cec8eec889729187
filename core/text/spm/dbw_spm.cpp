// The sentencepiece module: a thin C wrapper around sentencepiece's C++ API (see dbw_spm.h for why
// it is loaded at run time rather than linked).
#include "dbw_spm.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <exception>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

void report(dbw_spm_error error, const std::string &message) {
    if (error.sink)
        error.sink(error.context, message.data(), message.size());
}

sentencepiece::SentencePieceProcessor *processorOf(void *handle) {
    return static_cast<sentencepiece::SentencePieceProcessor *>(handle);
}

// Feeds sentencepiece's trainer from the caller's sentence source.
class SourceIterator : public sentencepiece::SentenceIterator {
public:
    SourceIterator(dbw_spm_sentence_source source, void *context)
        : m_source(source), m_context(context) {
        Next();
    }
    bool done() const override { return m_done; }
    void Next() override {
        const char *data = nullptr;
        size_t size = 0;
        m_done = m_source(m_context, &data, &size) == 0;
        if (!m_done)
            m_value.assign(data, size);
    }
    const std::string &value() const override { return m_value; }
    sentencepiece::util::Status status() const override { return {}; }

private:
    dbw_spm_sentence_source m_source;
    void *m_context;
    std::string m_value;
    bool m_done = false;
};

void *load(const char *modelPath, dbw_spm_error error) {
    auto processor = std::make_unique<sentencepiece::SentencePieceProcessor>();
    const auto status = processor->Load(modelPath);
    if (!status.ok()) {
        report(error, status.ToString());
        return nullptr;
    }
    return processor.release();
}

void release(void *handle) {
    delete processorOf(handle);
}

int encodeIds(void *handle, const char *text, size_t size, dbw_spm_ids_sink sink, void *context,
              dbw_spm_error error) {
    std::vector<int> ids;
    const auto status = processorOf(handle)->Encode(absl::string_view(text, size), &ids);
    if (!status.ok()) {
        report(error, status.ToString());
        return 1;
    }
    sink(context, ids.data(), ids.size());
    return 0;
}

int encodePieces(void *handle, const char *text, size_t size, dbw_spm_text_sink sink, void *context,
                 dbw_spm_error error) {
    std::vector<std::string> pieces;
    const auto status = processorOf(handle)->Encode(absl::string_view(text, size), &pieces);
    if (!status.ok()) {
        report(error, status.ToString());
        return 1;
    }
    for (const std::string &piece : pieces)
        sink(context, piece.data(), piece.size());
    return 0;
}

int decodeIds(void *handle, const int *ids, size_t count, dbw_spm_text_sink sink, void *context,
              dbw_spm_error error) {
    std::string text;
    const auto status = processorOf(handle)->Decode(std::vector<int>(ids, ids + count), &text);
    if (!status.ok()) {
        report(error, status.ToString());
        return 1;
    }
    sink(context, text.data(), text.size());
    return 0;
}

int pieceCount(void *handle) {
    return processorOf(handle)->GetPieceSize();
}

void idToPiece(void *handle, int id, dbw_spm_text_sink sink, void *context) {
    const std::string &piece = processorOf(handle)->IdToPiece(id);
    sink(context, piece.data(), piece.size());
}

int pieceToId(void *handle, const char *piece, size_t size) {
    return processorOf(handle)->PieceToId(absl::string_view(piece, size));
}

int train(const char *const *keys, const char *const *values, size_t count,
          dbw_spm_sentence_source source, void *sourceContext, dbw_spm_error error) {
    try {
        std::unordered_map<std::string, std::string> flags;
        for (size_t i = 0; i < count; ++i)
            flags[keys[i]] = values[i];
        SourceIterator iterator(source, sourceContext);
        const auto status = sentencepiece::SentencePieceTrainer::Train(flags, &iterator);
        if (!status.ok()) {
            report(error, status.ToString());
            return 1;
        }
        return 0;
    } catch (const std::exception &exception) {
        report(error, exception.what());
        return 1;
    }
}

const dbw_spm_api kApi = {
    DBW_SPM_ABI_VERSION, load,       release,   encodeIds, encodePieces,
    decodeIds,           pieceCount, idToPiece, pieceToId, train,
};

}  // namespace

extern "C" __attribute__((visibility("default"))) const dbw_spm_api *dbw_spm_get_api(void) {
    return &kApi;
}
