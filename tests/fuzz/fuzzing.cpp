#include "fuzzing.h"

#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

#include <unistd.h>

namespace dbw::fuzz {
namespace fs = std::filesystem;

namespace {

struct ScratchFolder {
    std::string path;
    ScratchFolder() {
        std::string pattern = (fs::temp_directory_path() / "dbw-fuzz-XXXXXX").string();
        if (!mkdtemp(pattern.data())) {
            std::perror("dbw fuzz: mkdtemp");
            std::abort();
        }
        path = pattern;
    }
    ~ScratchFolder() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

}  // namespace

const std::string &scratchFolder() {
    static const ScratchFolder folder;
    return folder.path;
}

std::string writeScratchFile(const std::string &name, std::string_view bytes) {
    const std::string path = scratchFolder() + "/" + name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
        std::fprintf(stderr, "dbw fuzz: cannot write %s\n", path.c_str());
        std::abort();
    }
    return path;
}

std::vector<std::string_view> splitParts(std::string_view input, std::size_t count) {
    static constexpr std::string_view kSeparator = "\n====\n";
    std::vector<std::string_view> parts;
    while (parts.size() + 1 < count) {
        const std::size_t at = input.find(kSeparator);
        if (at == std::string_view::npos)
            break;
        parts.push_back(input.substr(0, at));
        input.remove_prefix(at + kSeparator.size());
    }
    parts.push_back(input);
    parts.resize(count);  // missing parts are empty
    return parts;
}

void finding(const std::string &what) {
    std::fprintf(stderr, "dbw fuzz: FINDING: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();  // libFuzzer saves the input as crash-<sha1>
}

}  // namespace dbw::fuzz
