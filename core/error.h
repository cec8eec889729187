// Errors the engine reports about its inputs (files, configs, command-line values).
// Every message names the file, the line when there is one, what was expected and what was found,
// so that a user can fix the input without reading our code. Not for programming errors.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace dbw {

class InputError : public std::runtime_error {
public:
    // line == 0: the problem concerns the whole file (missing, empty, unreadable).
    InputError(std::string file, std::size_t line, std::string message)
        : std::runtime_error(format(file, line, message)),
          m_file(std::move(file)),
          m_line(line),
          m_message(std::move(message)) {}

    const std::string &file() const { return m_file; }
    std::size_t line() const { return m_line; }
    // The message without the "file:line: " prefix.
    const std::string &message() const { return m_message; }

private:
    static std::string format(const std::string &file, std::size_t line,
                              const std::string &message) {
        std::string out = file;
        if (line > 0)
            out += ":" + std::to_string(line);
        return out + ": " + message;
    }

    std::string m_file;
    std::size_t m_line;
    std::string m_message;
};

// A problem with the run store (SQLite): names the database file and what to do.
class StoreError : public std::runtime_error {
public:
    StoreError(const std::string &path, const std::string &message)
        : std::runtime_error(path + ": " + message), m_path(path) {}
    const std::string &path() const { return m_path; }

private:
    std::string m_path;
};

}  // namespace dbw
