#include "train/distributed.h"
#include "train/collectives.h"

#include "error.h"

#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <map>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace dbw {
namespace {

std::optional<std::string> variable(const char *name) {
    const char *value = std::getenv(name);
    if (!value)
        return std::nullopt;
    return std::string(value);
}

long integerVariable(const char *name, long low, long high, std::optional<long> fallback) {
    const std::optional<std::string> text = variable(name);
    if (!text) {
        if (fallback)
            return *fallback;
        throw InputError(
            std::string("environment variable ") + name, 0,
            "is not set; a multi-process run needs RANK, WORLD_SIZE, MASTER_ADDR and MASTER_PORT "
            "(as torchrun sets them), or use dbw train --nproc N");
    }
    char *end = nullptr;
    const long value = std::strtol(text->c_str(), &end, 10);
    if (text->empty() || *end != '\0' || value < low || value > high)
        throw InputError(std::string("environment variable ") + name, 0,
                         "expected a whole number from " + std::to_string(low) + " to " +
                             std::to_string(high) + ", found '" + *text + "'");
    return value;
}

bool isLoopback(const std::string &address) {
    return address == "localhost" || address.rfind("127.", 0) == 0 || address == "::1";
}

// Gloo's exceptions say what the socket saw ("Connection closed by peer [addr]:port"); ours say
// what it means for the run.
[[noreturn]] void rethrowAsCollectiveError(const Communicator &communicator, const char *operation,
                                           const std::exception &error) {
    std::string detail = error.what();
    if (const auto *torchError = dynamic_cast<const c10::Error *>(&error))
        detail = torchError->what_without_backtrace();
    if (const std::size_t newline = detail.find('\n'); newline != std::string::npos)
        detail.resize(newline);
    const bool timedOut =
        detail.find("imed out") != std::string::npos || detail.find("imeout") != std::string::npos;
    throw CollectiveError(
        "rank " + std::to_string(communicator.rank()) + " of " +
        std::to_string(communicator.worldSize()) + ": " + operation + " failed: " +
        (timedOut ? "another rank did not answer within " +
                        std::to_string(communicator.config().timeout.count()) +
                        " s (DBW_COLLECTIVE_TIMEOUT)"
                  : std::string("lost contact with another rank (it stopped or was killed)")) +
        " [" + detail + "]");
}

}  // namespace

std::optional<ProcessGroupConfig> processGroupFromEnvironment() {
    if (!variable("WORLD_SIZE"))
        return std::nullopt;
    ProcessGroupConfig config;
    config.worldSize = static_cast<int>(integerVariable("WORLD_SIZE", 1, 65536, std::nullopt));
    config.rank = static_cast<int>(integerVariable("RANK", 0, config.worldSize - 1, std::nullopt));
    config.localRank = static_cast<int>(integerVariable("LOCAL_RANK", 0, 65535, config.rank));
    if (config.worldSize > 1) {
        config.masterAddress = variable("MASTER_ADDR").value_or("");
        if (config.masterAddress.empty())
            throw InputError("environment variable MASTER_ADDR", 0,
                             "is not set or empty; expected the host of rank 0");
        config.masterPort =
            static_cast<int>(integerVariable("MASTER_PORT", 1, 65535, std::nullopt));
    }
    config.timeout = std::chrono::seconds(
        integerVariable("DBW_COLLECTIVE_TIMEOUT", 1, 86400, config.timeout.count()));
    return config;
}

int freeLoopbackPort() {
    const int socketFd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (socketFd < 0)
        throw std::runtime_error(std::string("cannot open a socket to find a free port: ") +
                                 std::strerror(errno));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t size = sizeof address;
    if (::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::getsockname(socketFd, reinterpret_cast<sockaddr *>(&address), &size) != 0) {
        ::close(socketFd);
        throw std::runtime_error(std::string("cannot find a free loopback port: ") +
                                 std::strerror(errno));
    }
    const int port = ntohs(address.sin_port);
    ::close(socketFd);
    return port;
}

struct Communicator::Impl {
    ProcessGroupConfig config;
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
};

Communicator::Communicator() : m(std::make_unique<Impl>()) {}
Communicator::~Communicator() = default;

std::shared_ptr<Communicator> Communicator::connect(const ProcessGroupConfig &config) {
    std::shared_ptr<Communicator> communicator(new Communicator);
    Impl &s = *communicator->m;
    s.config = config;
    const auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(config.timeout);
    try {
        // torchrun (2.4 and later) may host the store itself: then every rank is a client.
        const bool agentStore = variable("TORCHELASTIC_USE_AGENT_STORE").value_or("") == "True";
        c10d::TCPStoreOptions options;
        options.port = static_cast<std::uint16_t>(config.masterPort);
        options.isServer = config.rank == 0 && !agentStore;
        options.numWorkers = config.worldSize;
        options.waitWorkers = false;  // the process group's own rendezvous waits for everyone
        options.timeout = timeout;
        auto tcp = c10::make_intrusive<c10d::TCPStore>(config.masterAddress, options);
        // Keys of our own, apart from torchrun's and from an earlier attempt after a restart.
        s.store = c10::make_intrusive<c10d::PrefixStore>(
            "dbw/" + variable("TORCHELASTIC_RESTART_COUNT").value_or("0"), tcp);
        auto gloo = c10::make_intrusive<c10d::ProcessGroupGloo::Options>(timeout);
        if (const auto interface = variable("GLOO_SOCKET_IFNAME"))
            gloo->devices.push_back(c10d::ProcessGroupGloo::createDeviceForInterface(*interface));
        else if (isLoopback(config.masterAddress))
            gloo->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1"));
        else
            gloo->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        s.group = c10::make_intrusive<c10d::ProcessGroupGloo>(s.store, config.rank,
                                                              config.worldSize, gloo);
    } catch (const std::exception &error) {
        std::string detail = error.what();
        if (const auto *torchError = dynamic_cast<const c10::Error *>(&error))
            detail = torchError->what_without_backtrace();
        throw CollectiveError(
            "rank " + std::to_string(config.rank) + " of " + std::to_string(config.worldSize) +
            ": cannot join the process group at " + config.masterAddress + ":" +
            std::to_string(config.masterPort) + " (" + detail.substr(0, detail.find('\n')) + ")");
    }
    return communicator;
}

int Communicator::rank() const {
    return m->config.rank;
}
int Communicator::worldSize() const {
    return m->config.worldSize;
}
const ProcessGroupConfig &Communicator::config() const {
    return m->config;
}

std::string Communicator::shareFromRankZero(const std::string &key, const std::string &bytes) {
    try {
        if (rank() == 0) {
            m->store->set(key, std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
            return bytes;
        }
        const std::vector<std::uint8_t> value =
            m->store->get(key);  // waits until rank 0 has set it
        return std::string(value.begin(), value.end());
    } catch (const std::exception &error) {
        rethrowAsCollectiveError(*this, ("receiving " + key + " from rank 0").c_str(), error);
    }
}

void Communicator::barrier() {
    try {
        m->group->barrier()->wait();
    } catch (const std::exception &error) {
        rethrowAsCollectiveError(*this, "a barrier", error);
    }
}

namespace {

// Runs `operation` on host copies of the tensors grouped into flat buckets per dtype, and writes
// the results back into the tensors (wherever they live).
template <typename Operation>
void overBuckets(const std::vector<torch::Tensor> &tensors, std::int64_t bucketElements,
                 Operation operation) {
    std::map<int, std::vector<torch::Tensor>> byType;
    for (const torch::Tensor &tensor : tensors)
        if (tensor.defined() && tensor.numel() > 0)
            byType[static_cast<int>(tensor.scalar_type())].push_back(tensor);
    for (auto &[type, group] : byType) {
        std::size_t begin = 0;
        while (begin < group.size()) {
            std::size_t end = begin;
            std::int64_t elements = 0;
            do
                elements += group[end++].numel();
            while (end < group.size() && elements + group[end].numel() <= bucketElements);
            std::vector<torch::Tensor> flat;
            for (std::size_t i = begin; i < end; ++i)
                flat.push_back(group[i].detach().reshape({-1}).to(torch::kCPU));
            std::vector<torch::Tensor> bucket = {torch::cat(flat).contiguous()};
            operation(bucket);
            std::int64_t offset = 0;
            for (std::size_t i = begin; i < end; ++i) {
                const std::int64_t n = group[i].numel();
                torch::NoGradGuard noGrad;
                group[i].copy_(bucket[0].slice(0, offset, offset + n).view(group[i].sizes()));
                offset += n;
            }
            begin = end;
        }
    }
}

}  // namespace

void allReduceSum(Communicator &communicator, const std::vector<torch::Tensor> &tensors,
                  std::int64_t bucketElements) {
    if (communicator.worldSize() == 1)
        return;
    try {
        overBuckets(tensors, bucketElements, [&](std::vector<torch::Tensor> &bucket) {
            communicator.impl().group->allreduce(bucket)->wait();
        });
    } catch (const CollectiveError &) {
        throw;
    } catch (const std::exception &error) {
        rethrowAsCollectiveError(communicator, "an all-reduce", error);
    }
}

void broadcastFromRankZero(Communicator &communicator, const std::vector<torch::Tensor> &tensors) {
    if (communicator.worldSize() == 1)
        return;
    try {
        overBuckets(tensors, 8 << 20, [&](std::vector<torch::Tensor> &bucket) {
            communicator.impl().group->broadcast(bucket)->wait();
        });
    } catch (const std::exception &error) {
        rethrowAsCollectiveError(communicator, "a broadcast", error);
    }
}

}  // namespace dbw
