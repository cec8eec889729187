#include "options.h"

#include <algorithm>

namespace dbw::cli {

Options::Options(std::string command, const std::vector<std::string> &arguments,
                 std::vector<OptionSpec> specs, std::size_t maxPositionals)
    : m_command(std::move(command)), m_specs(std::move(specs)) {
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string &argument = arguments[i];
        if (argument == "-h" || argument == "--help") {
            m_help = true;
            continue;
        }
        if (argument.rfind("--", 0) != 0) {
            if (m_positionals.size() >= maxPositionals)
                throw UsageError(m_command + ": unexpected argument '" + argument + "'");
            m_positionals.push_back(argument);
            continue;
        }
        std::string name = argument.substr(2);
        std::string value;
        bool inlineValue = false;
        if (const auto equals = name.find('='); equals != std::string::npos) {
            value = name.substr(equals + 1);
            name = name.substr(0, equals);
            inlineValue = true;
        }
        const auto spec = std::find_if(m_specs.begin(), m_specs.end(),
                                       [&](const OptionSpec &s) { return s.name == name; });
        if (spec == m_specs.end())
            throw UsageError(m_command + ": unknown option '--" + name + "'");
        if (spec->valueName.empty()) {
            if (inlineValue)
                throw UsageError(m_command + ": option '--" + name + "' takes no value");
            m_values[name] = "1";
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= arguments.size())
                throw UsageError(m_command + ": option '--" + name + "' expects " +
                                 spec->valueName);
            value = arguments[++i];
        }
        m_values[name] = value;
        m_repeated[name].push_back(value);
    }
}

std::string Options::positional(std::size_t index, const std::string &what) const {
    if (index >= m_positionals.size())
        throw UsageError(m_command + ": missing " + what);
    return m_positionals[index];
}

std::vector<std::string> Options::all(const std::string &name) const {
    const auto found = m_repeated.find(name);
    return found == m_repeated.end() ? std::vector<std::string>() : found->second;
}

std::string Options::text(const std::string &name, const std::string &fallback) const {
    const auto found = m_values.find(name);
    return found == m_values.end() ? fallback : found->second;
}

std::string Options::required(const std::string &name) const {
    const auto found = m_values.find(name);
    if (found == m_values.end() || found->second.empty()) {
        const auto spec = std::find_if(m_specs.begin(), m_specs.end(),
                                       [&](const OptionSpec &s) { return s.name == name; });
        throw UsageError(m_command + ": missing --" + name + " " +
                         (spec != m_specs.end() ? spec->valueName : std::string("VALUE")));
    }
    return found->second;
}

long long parseInteger(const std::string &text, long long minimum, long long maximum,
                       const std::string &what) {
    std::size_t used = 0;
    long long value = 0;
    try {
        value = std::stoll(text, &used);  // throws out_of_range past long long
    } catch (const std::exception &) {
        used = 0;
    }
    if (used == 0 || used != text.size() || text.find_first_of(" \t") != std::string::npos ||
        value < minimum || value > maximum)
        throw UsageError(what + " expects an integer from " + std::to_string(minimum) + " to " +
                         std::to_string(maximum) + ", got '" + text + "'");
    return value;
}

int Options::integer(const std::string &name, int fallback, int minimum, int maximum) const {
    const auto found = m_values.find(name);
    if (found == m_values.end())
        return fallback;
    return static_cast<int>(
        parseInteger(found->second, minimum, maximum, m_command + ": --" + name));
}

std::string Options::usage(const std::string &synopsis, const std::string &description) const {
    std::string out = "usage: " + synopsis + "\n\n" + description + "\n\noptions:\n";
    for (const OptionSpec &spec : m_specs) {
        std::string left =
            "  --" + spec.name + (spec.valueName.empty() ? "" : " " + spec.valueName);
        left.resize(std::max<std::size_t>(left.size() + 2, 28), ' ');
        out += left + spec.help + "\n";
    }
    out += "  -h, --help                show this help\n";
    return out;
}

}  // namespace dbw::cli
