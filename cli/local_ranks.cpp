#include "local_ranks.h"

#include "train/distributed.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

namespace dbw::cli {
namespace {

std::atomic<int> g_signal{0};

extern "C" void onLauncherSignal(int number) {
    g_signal = number;
}

std::string describeEnd(int status) {
    if (WIFSIGNALED(status)) {
        const int number = WTERMSIG(status);
        const char *name = sigabbrev_np(number);
        return "was killed by signal " + std::to_string(number) +
               (name ? std::string(" (SIG") + name + ")" : std::string());
    }
    return "exited with status " + std::to_string(WEXITSTATUS(status));
}

}  // namespace

std::vector<std::string> withoutOption(const std::vector<std::string> &arguments,
                                       const std::string &name) {
    std::vector<std::string> kept;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == "--" + name) {
            ++i;  // and its value
            continue;
        }
        if (arguments[i].rfind("--" + name + "=", 0) == 0)
            continue;
        kept.push_back(arguments[i]);
    }
    return kept;
}

int runLocalRanks(int count, const std::vector<std::string> &commandArguments) {
    const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
    const int port = dbw::freeLoopbackPort();
    std::vector<char *> argv;
    argv.push_back(const_cast<char *>(self.c_str()));
    for (const std::string &argument : commandArguments)
        argv.push_back(const_cast<char *>(argument.c_str()));
    argv.push_back(nullptr);

    std::signal(SIGINT, onLauncherSignal);
    std::signal(SIGTERM, onLauncherSignal);
    std::vector<pid_t> pids(static_cast<std::size_t>(count), -1);
    for (int rank = 0; rank < count; ++rank) {
        const pid_t pid = ::fork();
        if (pid < 0)
            throw std::runtime_error(std::string("cannot start rank ") + std::to_string(rank) +
                                     ": " + std::strerror(errno));
        if (pid == 0) {
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
            const std::string rankText = std::to_string(rank), world = std::to_string(count),
                              portText = std::to_string(port);
            ::setenv("RANK", rankText.c_str(), 1);
            ::setenv("LOCAL_RANK", rankText.c_str(), 1);
            ::setenv("WORLD_SIZE", world.c_str(), 1);
            ::setenv("LOCAL_WORLD_SIZE", world.c_str(), 1);
            ::setenv("MASTER_ADDR", "127.0.0.1", 1);
            ::setenv("MASTER_PORT", portText.c_str(), 1);
            ::execv(self.c_str(), argv.data());
            std::fprintf(stderr, "dbw train: cannot start rank %d (%s): %s\n", rank, self.c_str(),
                         std::strerror(errno));
            ::_exit(127);
        }
        pids[static_cast<std::size_t>(rank)] = pid;
    }
    std::cerr << "dbw train: started " << count << " ranks on 127.0.0.1:" << port << " (pids";
    for (const pid_t pid : pids)
        std::cerr << " " << pid;
    std::cerr << ")" << std::endl;

    using Clock = std::chrono::steady_clock;
    constexpr auto kGrace = std::chrono::seconds(60);  // for the others after a rank died
    std::optional<Clock::time_point> killAt;
    int exitStatus = 0, running = count, forwarded = 0;
    while (running > 0) {
        if (const int number = g_signal.exchange(0); number != 0) {
            // Ctrl-C in a terminal reaches the ranks too (one process group); a signal sent to the
            // launcher alone is passed on. Either way each rank stops at the step they agree on.
            for (const pid_t pid : pids)
                if (pid > 0)
                    ::kill(pid, SIGINT);
            if (++forwarded >= 3 && !killAt)
                killAt = Clock::now();  // asked three times: do not wait any longer
        }
        int status = 0;
        const pid_t ended = ::waitpid(-1, &status, WNOHANG);
        if (ended > 0) {
            const auto where = std::find(pids.begin(), pids.end(), ended);
            if (where == pids.end())
                continue;
            const int rank = static_cast<int>(where - pids.begin());
            *where = -1;
            --running;
            const bool clean =
                WIFEXITED(status) && (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 130);
            if (clean) {
                if (WEXITSTATUS(status) == 130 && exitStatus == 0)
                    exitStatus = 130;
                continue;
            }
            if (exitStatus != 1) {  // the first failure names its rank; the others follow from it
                std::cerr << "dbw train: rank " << rank << " (pid " << ended << ") "
                          << describeEnd(status)
                          << (running > 0 ? "; stopping the other ranks" : "") << std::endl;
                exitStatus = 1;
                killAt = Clock::now() + kGrace;
                for (const pid_t pid : pids)
                    if (pid > 0)
                        ::kill(pid, SIGTERM);
            }
            continue;
        }
        if (ended < 0 && errno != EINTR)
            break;
        if (killAt && Clock::now() >= *killAt) {
            for (std::size_t rank = 0; rank < pids.size(); ++rank)
                if (pids[rank] > 0) {
                    std::cerr << "dbw train: rank " << rank << " (pid " << pids[rank]
                              << ") did not end; killing it" << std::endl;
                    ::kill(pids[rank], SIGKILL);
                }
            killAt.reset();
            exitStatus = 1;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return exitStatus;
}

}  // namespace dbw::cli
