// Plain-text tables and CSV for dbw's human and spreadsheet output.
#pragma once

#include "util/strings.h"

#include <ostream>
#include <string>
#include <vector>

namespace dbw::cli {

using Row = std::vector<std::string>;

// Columns padded to their widest cell (counted in characters, not bytes).
void printTable(std::ostream &out, const Row &header, const std::vector<Row> &rows);
// RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled.
void printCsv(std::ostream &out, const Row &header, const std::vector<Row> &rows);

// Shortest round-tripping text of a double; "nan" / "inf" for non-finite values.
std::string formatNumber(double value);

}  // namespace dbw::cli
