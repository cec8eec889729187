// A small command-line option parser for dbw's subcommands: "--name value", "--name=value" and
// flags, with errors that say which option was wrong and what it expects.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace dbw::cli {

// Wrong usage: printed with the command's help hint, exit status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name;       // without the leading "--"
    std::string valueName;  // e.g. "FILE"; empty for a flag
    std::string help;
};

// An integer from text, whole and within [minimum, maximum] (no wrap-around, no trailing
// characters); throws UsageError "`what` expects an integer from A to B, got 'TEXT'".
long long parseInteger(const std::string &text, long long minimum, long long maximum,
                       const std::string &what);

class Options {
public:
    // Throws UsageError for an unknown option, a missing value or a stray argument.
    // maxPositionals: how many arguments without "--" are accepted (e.g. a run id).
    Options(std::string command, const std::vector<std::string> &arguments,
            std::vector<OptionSpec> specs, std::size_t maxPositionals = 0);

    bool has(const std::string &name) const { return m_values.count(name) > 0; }
    bool helpRequested() const { return m_help; }
    const std::vector<std::string> &positionals() const { return m_positionals; }
    // The positional at `index`; throws UsageError naming `what` when it is missing.
    std::string positional(std::size_t index, const std::string &what) const;
    std::string text(const std::string &name, const std::string &fallback = {}) const;
    std::string required(const std::string &name) const;
    int integer(const std::string &name, int fallback, int minimum, int maximum) const;
    // Every value of an option that may repeat (e.g. --set a=1 --set b=2), in order.
    std::vector<std::string> all(const std::string &name) const;

    std::string usage(const std::string &synopsis, const std::string &description) const;

private:
    std::string m_command;
    std::vector<OptionSpec> m_specs;
    std::map<std::string, std::string> m_values;
    std::map<std::string, std::vector<std::string>> m_repeated;
    std::vector<std::string> m_positionals;
    bool m_help = false;
};

}  // namespace dbw::cli
