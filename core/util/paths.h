// Where things are on a user's machine: the program's own folder, the bundled demo corpus, and the
// per-user data folder (XDG) shared by dbw and the workbench.
#pragma once

#include <string>

namespace dbw {

std::string executableDirectory();

// The folder holding the bundled demo corpus (brown-train.txt, brown-valid.txt). Looked up in
// $DBW_DEMO_DIR, then <prefix>/share/diffusionbert-workbench/demo next to an installed program,
// then the source tree the program was built from. Throws std::runtime_error listing the places
// tried when none has it.
std::string demoCorpusDirectory();

// $XDG_DATA_HOME/diffusionbert-workbench, else ~/.local/share/diffusionbert-workbench. Not created.
std::string userDataDirectory();

// A run name as a folder name: letters, digits, '.', '_' and '-' kept, anything else (path
// separators, "..", spaces, control characters) becomes '-', at most 64 bytes, never empty or
// starting with '.' or '-'. Names are labels; this is the only way one becomes part of a path.
std::string safeFolderName(const std::string &name);

// A folder for a new run inside `parent`: safeFolderName(name) + "-" + `suffix` (e.g. a time
// stamp; none when empty), with "-2", "-3", ... appended while that path exists. Not created.
std::string newRunFolder(const std::string &parent, const std::string &name,
                         const std::string &suffix);

// The local time as YYYYmmdd-HHMMSS, the suffix of new run folders.
std::string runFolderTimestamp();

}  // namespace dbw
