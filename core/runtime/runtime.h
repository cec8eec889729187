// Engine start-up and the facts about the machine every run records: LibTorch's thread count
// (set to the available cores: it defaults to 1 on some VMs), which BLAS is loaded (the netlib
// reference BLAS is ~30x slower than OpenBLAS), LibTorch's version, CUDA, and our code version.
#pragma once

#include <string>
#include <vector>

namespace dbw {

struct RuntimeInfo {
    int threads = 1;          // LibTorch intra-op threads in use
    int hardwareThreads = 1;  // what the machine offers
    std::string cpuModel;     // from /proc/cpuinfo, empty when unknown
    std::string blasLibrary;  // resolved path of the loaded BLAS, empty when none was found
    std::string blasKind;     // "openblas", "mkl", "reference" or "unknown"
    std::string blasDetail;   // e.g. OpenBLAS's build configuration string
    std::string allocator;    // "tcmalloc", "jemalloc", "glibc" (tuned by initialiseRuntime), ...
    std::string torchVersion;
    std::string codeVersion;  // project version + git description at build time
    bool cudaAvailable = false;
    int cudaDevices = 0;
    std::vector<std::string> warnings;  // things a user should fix (slow BLAS, ...)
};

// Sets LibTorch's intra-op threads (threads <= 0: all hardware threads) and inspects the runtime.
// Call once at program start, before any torch work; later calls only change the thread count.
// Under glibc's malloc it also keeps freed memory in the process (see allocatorName()).
RuntimeInfo initialiseRuntime(int threads = 0);

// The current facts, without changing anything.
RuntimeInfo currentRuntimeInfo();

// Classifies a BLAS by its resolved library path and by which vendor entry points the process
// exports. Pure, so the warning logic is testable without swapping the system BLAS.
std::string classifyBlas(const std::string &libraryPath, bool exportsOpenBlas, bool exportsMkl);

std::string codeVersion();

// The malloc in use, by the library that defines it: "tcmalloc" (linked by CMake when
// libtcmalloc-minimal4 is present), "jemalloc" (LD_PRELOAD), "glibc" or "other (FILE)".
std::string allocatorName();

// Measured matrix-multiply throughput of this process on the CPU: a size x size product, best of a
// few repetitions, in GFLOP/s. bf16 = true uses bfloat16 inputs (oneDNN), else float32 (BLAS).
double measureMatmulGflops(bool bf16, int size = 2048);

// The hardware facts a run records, as JSON: cpu, threads, hardware_threads, blas, allocator, cuda.
std::string hardwareJson(const RuntimeInfo &info);

}  // namespace dbw
