/* C interface of the sentencepiece module (libdbw_spm.so).
 *
 * Why a module: Debian's libsentencepiece exports its bundled protobuf-lite 3.14 while LibTorch
 * links the system protobuf 3.21; linking both into one program crashes before main(). Every
 * sentencepiece call therefore lives in this module, which the engine loads with dlopen(RTLD_LOCAL
 * | RTLD_DEEPBIND) so that the module binds to its own protobuf. Only plain C types cross this
 * boundary. */
#ifndef DBW_SPM_H
#define DBW_SPM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DBW_SPM_ABI_VERSION 1

typedef void (*dbw_spm_text_sink)(void *context, const char *data, size_t size);
typedef void (*dbw_spm_ids_sink)(void *context, const int *ids, size_t count);
/* Returns 1 and sets *data and *size to the next sentence, or 0 at the end. */
typedef int (*dbw_spm_sentence_source)(void *context, const char **data, size_t *size);

typedef struct dbw_spm_error {
    dbw_spm_text_sink sink; /* receives the message when a call fails */
    void *context;
} dbw_spm_error;

typedef struct dbw_spm_api {
    int abi_version;
    /* Returns a processor handle or NULL (message through `error`). */
    void *(*load)(const char *model_path, dbw_spm_error error);
    void (*release)(void *processor);
    /* The functions returning int return 0 on success. */
    int (*encode_ids)(void *processor, const char *text, size_t size, dbw_spm_ids_sink sink,
                      void *context, dbw_spm_error error);
    /* Calls `sink` once per piece. */
    int (*encode_pieces)(void *processor, const char *text, size_t size, dbw_spm_text_sink sink,
                         void *context, dbw_spm_error error);
    int (*decode_ids)(void *processor, const int *ids, size_t count, dbw_spm_text_sink sink,
                      void *context, dbw_spm_error error);
    int (*piece_count)(void *processor);
    void (*id_to_piece)(void *processor, int id, dbw_spm_text_sink sink, void *context);
    int (*piece_to_id)(void *processor, const char *piece, size_t size);
    /* Trains a model with sentencepiece's flags (`keys[i]` = `values[i]`, without "--"),
     * reading sentences from `source`. */
    int (*train)(const char *const *keys, const char *const *values, size_t count,
                 dbw_spm_sentence_source source, void *source_context, dbw_spm_error error);
} dbw_spm_api;

/* The module's only exported symbol. */
const dbw_spm_api *dbw_spm_get_api(void);
typedef const dbw_spm_api *(*dbw_spm_get_api_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* DBW_SPM_H */
