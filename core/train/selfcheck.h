// dbw doctor: the engine checks itself on this machine, without Qt. A short real training run on
// a built-in toy corpus (on the CPU, and the same run on the requested device for fp32 parity), a
// checkpoint round trip, the spindle objective's ELBO, the sampler and bf16 autocast. A device
// that is asked for but missing is a failure, never a skip. Torch-free header.
#pragma once

#include <string>
#include <vector>

namespace dbw {

struct SelfCheck {
    std::string name;
    std::string outcome;  // pass, fail or skipped
    std::string detail;   // what was measured, or why it failed / was skipped
};

// device: cpu, cuda or cuda:N. workDirectory: an empty folder for the toy corpus and the runs.
std::vector<SelfCheck> runSelfChecks(const std::string &device, const std::string &workDirectory);

}  // namespace dbw
