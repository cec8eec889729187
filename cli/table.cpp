#include "table.h"

#include "text/utf8.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace dbw::cli {

void printTable(std::ostream &out, const Row &header, const std::vector<Row> &rows) {
    std::vector<std::size_t> widths(header.size(), 0);
    auto measure = [&](const Row &row) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], utf8::codePointCount(row[i]));
    };
    measure(header);
    for (const Row &row : rows)
        measure(row);
    auto print = [&](const Row &row) {
        std::string line;
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size())
                line += std::string(widths[i] - utf8::codePointCount(row[i]) + 2, ' ');
        }
        out << line << "\n";
    };
    print(header);
    for (const Row &row : rows)
        print(row);
}

void printCsv(std::ostream &out, const Row &header, const std::vector<Row> &rows) {
    auto print = [&](const Row &row) {
        for (std::size_t i = 0; i < row.size(); ++i)
            out << (i ? "," : "") << csvField(row[i]);
        out << "\r\n";
    };
    print(header);
    for (const Row &row : rows)
        print(row);
}

std::string formatNumber(double value) {
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    char buffer[32];
    for (int precision = 6; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
        if (std::strtod(buffer, nullptr) == value)
            break;
    }
    return buffer;
}

}  // namespace dbw::cli
