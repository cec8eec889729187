// `dbw train --nproc N`: starts N ranks of this program on this machine with the environment
// torchrun would give them (RANK, WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE, MASTER_ADDR,
// MASTER_PORT) and supervises them like torchrun: Ctrl-C reaches every rank (they agree on a step
// and rank 0 writes a checkpoint); a rank that dies is named, and the others, which lose contact
// at once, get a bounded time to end before they are killed.
#pragma once

#include <string>
#include <vector>

namespace dbw::cli {

// `commandArguments` is what follows the program name in each rank (global options, the command
// and its options, without --nproc). Returns the exit status for the launcher: 0 when every
// rank finished, 130 when they stopped on a signal, 1 when a rank failed.
int runLocalRanks(int count, const std::vector<std::string> &commandArguments);

// Arguments with every "--NAME VALUE" / "--NAME=VALUE" of the option removed.
std::vector<std::string> withoutOption(const std::vector<std::string> &arguments,
                                       const std::string &name);

}  // namespace dbw::cli
