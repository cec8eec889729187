#include "util/paths.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <stdexcept>
#include <vector>

#ifndef DBW_SOURCE_DEMO_DIR
#define DBW_SOURCE_DEMO_DIR ""
#endif

namespace dbw {

namespace fs = std::filesystem;

std::string executableDirectory() {
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    return (error ? fs::current_path() : executable.parent_path()).string();
}

std::string demoCorpusDirectory() {
    std::vector<fs::path> candidates;
    if (const char *overridePath = std::getenv("DBW_DEMO_DIR"))
        candidates.emplace_back(overridePath);
    candidates.push_back(fs::path(executableDirectory()) / ".." / "share" /
                         "diffusionbert-workbench" / "demo");
    if (*DBW_SOURCE_DEMO_DIR)
        candidates.emplace_back(DBW_SOURCE_DEMO_DIR);
    std::string tried;
    for (const fs::path &candidate : candidates) {
        std::error_code ignored;
        if (fs::is_regular_file(candidate / "brown-train.txt", ignored))
            return fs::weakly_canonical(candidate).string();
        tried += "\n  " + candidate.string();
    }
    throw std::runtime_error("cannot find the bundled demo corpus (brown-train.txt); tried:" +
                             tried + "\nSet DBW_DEMO_DIR to the folder that holds it.");
}

std::string userDataDirectory() {
    const char *xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && *xdg && fs::path(xdg).is_absolute())
        return (fs::path(xdg) / "diffusionbert-workbench").string();
    const char *home = std::getenv("HOME");
    const fs::path base = home && *home ? fs::path(home) : fs::temp_directory_path();
    return (base / ".local" / "share" / "diffusionbert-workbench").string();
}

std::string safeFolderName(const std::string &name) {
    std::string out;
    for (const char c : name) {
        const bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                          (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (kept)
            out += c;
        else if (out.empty() || out.back() != '-')
            out += '-';
    }
    while (!out.empty() && (out.front() == '.' || out.front() == '-'))
        out.erase(0, 1);
    if (out.size() > 64)
        out.resize(64);
    while (!out.empty() && (out.back() == '.' || out.back() == '-'))
        out.pop_back();
    return out.empty() ? "run" : out;
}

std::string newRunFolder(const std::string &parent, const std::string &name,
                         const std::string &suffix) {
    const std::string base = safeFolderName(name) + (suffix.empty() ? "" : "-" + suffix);
    std::error_code error;
    fs::path candidate = fs::path(parent) / base;
    for (int n = 2; fs::exists(candidate, error) || fs::is_symlink(candidate, error); ++n)
        candidate = fs::path(parent) / (base + "-" + std::to_string(n));
    return candidate.string();
}

std::string runFolderTimestamp() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &local);
    return buffer;
}

}  // namespace dbw
