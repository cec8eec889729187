#include "runtime/runtime.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <torch/cuda.h>
#include <torch/version.h>

#include <nlohmann/json.hpp>

#include <dlfcn.h>
#include <link.h>
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <fstream>
#include <string_view>
#include <thread>

#ifndef DBW_CODE_VERSION
#define DBW_CODE_VERSION "unknown"
#endif

namespace dbw {
namespace {

// The first loaded shared object whose file name mentions blas (libblas.so.3, libopenblas...).
std::string loadedBlasLibrary() {
    std::string found;
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            auto *result = static_cast<std::string *>(data);
            const std::string_view name = info->dlpi_name ? info->dlpi_name : "";
            const std::string_view file = name.substr(name.rfind('/') + 1);
            if (file.find("blas") == std::string_view::npos || !result->empty())
                return 0;
            char resolved[PATH_MAX];
            *result = realpath(info->dlpi_name, resolved) ? resolved : std::string(name);
            // Prefer the generic libblas.so.3 (the alternative Debian switches) when both load.
            return file.rfind("libblas.so", 0) == 0 ? 1 : 0;
        },
        &found);
    return found;
}

std::string readCpuModel() {
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line))
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            return colon == std::string::npos ? std::string() : line.substr(colon + 2);
        }
    return {};
}

RuntimeInfo inspect() {
    RuntimeInfo info;
    info.threads = at::get_num_threads();
    info.hardwareThreads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    static const std::string cpuModel = readCpuModel();
    info.cpuModel = cpuModel;
    info.allocator = allocatorName();
    info.torchVersion = TORCH_VERSION;
    info.codeVersion = codeVersion();
    info.blasLibrary = loadedBlasLibrary();
    using OpenBlasConfig = char *(*)();
    auto openBlasConfig =
        reinterpret_cast<OpenBlasConfig>(dlsym(RTLD_DEFAULT, "openblas_get_config"));
    const bool mkl = dlsym(RTLD_DEFAULT, "mkl_get_version") != nullptr;
    info.blasKind = classifyBlas(info.blasLibrary, openBlasConfig != nullptr, mkl);
    if (openBlasConfig)
        info.blasDetail = openBlasConfig();
    if (info.blasKind == "reference")
        info.warnings.push_back(
            "the BLAS in use (" + info.blasLibrary +
            ") is the slow reference implementation (about 30x slower than OpenBLAS); install "
            "libopenblas0-openmp (packaging/setup-debian.sh does)");
    info.cudaAvailable = torch::cuda::is_available();
    info.cudaDevices = info.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    return info;
}

}  // namespace

std::string codeVersion() {
    return DBW_CODE_VERSION;
}

std::string allocatorName() {
    // The library that defines the malloc every call goes to (a preloaded one wins over a linked
    // one).
    Dl_info where{};
    void *resolved = dlsym(RTLD_DEFAULT, "malloc");
    const std::string file =
        resolved && dladdr(resolved, &where) && where.dli_fname ? where.dli_fname : "";
    if (file.find("tcmalloc") != std::string::npos)
        return "tcmalloc";
    if (file.find("jemalloc") != std::string::npos)
        return "jemalloc";
    return file.find("libc.so") != std::string::npos ? "glibc" : "other (" + file + ")";
}

std::string classifyBlas(const std::string &libraryPath, bool exportsOpenBlas, bool exportsMkl) {
    if (exportsMkl || libraryPath.find("mkl") != std::string::npos)
        return "mkl";
    if (exportsOpenBlas || libraryPath.find("openblas") != std::string::npos)
        return "openblas";
    // Debian's netlib BLAS lives in .../blas/libblas.so.3 (the other vendors have their own
    // folder next to it: openblas-openmp/, atlas/, blis-openmp/).
    if (libraryPath.find("/blas/libblas.so") != std::string::npos)
        return "reference";
    return libraryPath.empty() ? "unknown" : "other";
}

RuntimeInfo initialiseRuntime(int threads) {
    const int hardware = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    // More threads than cores only make LibTorch's OpenMP threads wait on each other (1000
    // threads on 2 cores: a step took minutes and a stop request as long).
    const int used = threads > 0 ? std::min(threads, hardware) : hardware;
    at::set_num_threads(used);
    if (allocatorName() == "glibc") {
        // glibc returns every freed block above 128 KB-32 MB to the kernel (mmap, trim) and
        // page-faults it in again on the next step: a training step spent 45% of its time in the
        // kernel. Largest mmap threshold glibc accepts, no trimming, a generous top pad: 1.8x
        // faster bf16 training on 2 cores (tcmalloc, linked when present, 2.1x). Idempotent.
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, INT_MAX);
        mallopt(M_TOP_PAD, 256 * 1024 * 1024);
    }
    RuntimeInfo info = inspect();
    if (threads > hardware)
        info.warnings.insert(info.warnings.begin(),
                             std::to_string(threads) + " threads asked for, but this machine has " +
                                 std::to_string(hardware) + " cores: using " +
                                 std::to_string(hardware) +
                                 " (more threads than cores only slow training down)");
    return info;
}

RuntimeInfo currentRuntimeInfo() {
    return inspect();
}

double measureMatmulGflops(bool bf16, int size) {
    const auto type = bf16 ? at::kBFloat16 : at::kFloat;
    const auto a = at::randn({size, size}).to(type);
    const auto b = at::randn({size, size}).to(type);
    at::matmul(a, b);  // warm-up
    double best = 0;
    for (int repeat = 0; repeat < 5; ++repeat) {
        const auto start = std::chrono::steady_clock::now();
        const auto c = at::matmul(a, b);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        best = std::max(best, 2.0 * size * size * static_cast<double>(size) / seconds / 1e9);
    }
    return best;
}

std::string hardwareJson(const RuntimeInfo &info) {
    return nlohmann::json{{"cpu", info.cpuModel},
                          {"threads", info.threads},
                          {"hardware_threads", info.hardwareThreads},
                          {"blas", info.blasKind},
                          {"blas_library", info.blasLibrary},
                          {"allocator", info.allocator},
                          {"torch", info.torchVersion},
                          {"cuda_devices", info.cudaDevices}}
        .dump();
}

}  // namespace dbw
