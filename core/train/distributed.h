// Data-parallel training across processes: one process ("rank") per device, joined through
// c10d's TCPStore and a Gloo process group (LibTorch's own collectives), configured from the
// environment torchrun sets (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR, MASTER_PORT) or by
// `dbw train --nproc N`, which starts N local ranks with that environment. Torch-free header:
// the collectives on tensors are in train/collectives.h.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace dbw {

struct ProcessGroupConfig {
    int rank = 0;
    int worldSize = 1;
    int localRank = 0;
    std::string masterAddress = "127.0.0.1";
    int masterPort = 29500;
    // How long a collective waits for the other ranks. A rank that dies closes its connections
    // and the others learn it at once; this bounds the wait for one that hangs. Rank 0 alone
    // validates, samples and writes checkpoints while the others wait, so it must exceed those.
    std::chrono::seconds timeout{900};
};

// The process group torchrun's variables describe; nullopt when WORLD_SIZE is not set. Throws
// InputError naming the variable when one is missing or not a number in range.
// DBW_COLLECTIVE_TIMEOUT (seconds) overrides the timeout.
std::optional<ProcessGroupConfig> processGroupFromEnvironment();

// A loopback port that is free now (for rank 0's store, which binds it a moment later).
int freeLoopbackPort();

// A joined process group. Every rank constructs one with the same world size; construction
// returns once all ranks are connected (or throws after the timeout).
class Communicator {
public:
    static std::shared_ptr<Communicator> connect(const ProcessGroupConfig &config);
    ~Communicator();

    int rank() const;
    int worldSize() const;
    const ProcessGroupConfig &config() const;
    // Rank 0 publishes `bytes` under `key`; every other rank receives them (rank 0 gets its own).
    std::string shareFromRankZero(const std::string &key, const std::string &bytes);
    void barrier();

    struct Impl;
    Impl &impl() { return *m; }

private:
    Communicator();
    std::unique_ptr<Impl> m;
};

}  // namespace dbw
