#include "sample/trajectory.h"

#include "error.h"
#include "text/utf8.h"
#include "util/files.h"

#include "util/strings.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

namespace dbw {
namespace {

using Json = nlohmann::json;

const std::string kSpaceSymbol = "\xE2\x96\x81";       // ▁
const std::string kUnknownSurface = " \xE2\x81\x87 ";  // SentencePiece's surface of <unk>: " ⁇ "

bool isBytePiece(const std::string &piece, unsigned char &value) {
    unsigned int parsed = 0;
    char tail = 0;
    if (piece.size() != 6 || piece.compare(0, 3, "<0x") != 0 || piece.back() != '>' ||
        std::sscanf(piece.c_str(), "<0x%2X%c", &parsed, &tail) != 2 || tail != '>')
        return false;
    value = static_cast<unsigned char>(parsed);
    return true;
}

// Bytes as SentencePiece decodes them: valid UTF-8 kept, each invalid byte becomes U+FFFD.
std::string decodeBytes(const std::string &bytes) {
    std::string out;
    std::string_view rest(bytes);
    while (!rest.empty()) {
        const std::size_t bad = utf8::findInvalid(rest);
        if (bad == utf8::npos) {
            out += rest;
            break;
        }
        out += rest.substr(0, bad);
        utf8::append(out, U'\uFFFD');
        rest.remove_prefix(bad + 1);
    }
    return out;
}

[[noreturn]] void fail(const std::string &source, const std::string &what) {
    throw InputError(source, 0,
                     what +
                         " (expected a dbw-trajectory/1 file written by dbw sample --trajectory or "
                         "the workbench)");
}

}  // namespace

std::vector<std::string> pieceSurfaces(const std::vector<std::string> &pieces,
                                       const std::string &tokenizerKind) {
    std::vector<std::string> surfaces(pieces.size());
    if (tokenizerKind == "wordpiece") {
        bool first = true;
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            if (pieces[i] == "[PAD]")
                continue;
            const bool joins = pieces[i].rfind("##", 0) == 0;
            surfaces[i] = joins && !first ? pieces[i].substr(2) : (first ? "" : " ") + pieces[i];
            first = false;
        }
        return surfaces;
    }
    bool atStart = true;  // nothing written yet: a leading "▁" is not a space
    for (std::size_t i = 0; i < pieces.size();) {
        unsigned char byte = 0;
        if (isBytePiece(pieces[i], byte)) {  // a run of byte pieces spells characters together
            std::string bytes;
            const std::size_t first = i;
            while (i < pieces.size() && isBytePiece(pieces[i], byte)) {
                bytes += static_cast<char>(byte);
                ++i;
            }
            surfaces[first] = decodeBytes(bytes);
            atStart = atStart && surfaces[first].empty();
            continue;
        }
        const std::string &piece = pieces[i];
        std::string surface;
        if (piece == "[PAD]" || piece == "[CLS]")
            surface = "";
        else if (piece ==
                 "[SEP]")  // between a seq2seq source and its target: shown, as WordPiece does
            surface = atStart ? "[SEP]" : " [SEP]";
        else if (piece == "[UNK]")
            surface = kUnknownSurface;
        else
            surface = replaceAll(atStart && piece.rfind(kSpaceSymbol, 0) == 0
                                     ? piece.substr(kSpaceSymbol.size())
                                     : piece,
                                 kSpaceSymbol, " ");
        atStart = atStart && surface.empty();
        surfaces[i++] = surface;
    }
    return surfaces;
}

Trajectory Trajectory::load(const std::string &path) {
    return fromJson(readWholeFile(path), path);
}

Trajectory Trajectory::fromJson(const std::string &text, const std::string &source) {
    Json document;
    try {
        document = Json::parse(text);
    } catch (const Json::exception &error) {  // parse_error, or out_of_range for 1e999
        fail(source, std::string("not JSON: ") + error.what());
    }
    if (!document.is_object() || document.value("format", "") != "dbw-trajectory/1")
        fail(source, "no \"format\": \"dbw-trajectory/1\"");
    Trajectory trajectory;
    try {
        trajectory.m_json = text;
        trajectory.m_T = document.at("T").get<int>();
        trajectory.m_stepSize = document.at("step_size").get<int>();
        trajectory.m_maskId = document.at("mask_id").get<int>();
        trajectory.m_tokenizerKind = document.at("tokenizer").at("kind").get<std::string>();
        trajectory.m_samplerJson = document.at("sampler").dump();
        trajectory.m_lengths = document.at("lengths").get<std::vector<int>>();
        trajectory.m_texts = document.at("texts").get<std::vector<std::string>>();
        const auto final = document.at("final").get<std::vector<std::vector<int>>>();
        for (const auto &[id, piece] : document.at("pieces").items()) {
            std::size_t end = 0;
            int value = -1;
            try {
                value = std::stoi(id, &end);
            } catch (const std::logic_error &) {  // not a number, or out of range
                end = 0;
            }
            if (end == 0 || end != id.size() || value < 0)
                fail(source, "\"pieces\" has the key '" + id + "', not a token id");
            trajectory.m_pieces.emplace_back(value, piece.get<std::string>());
        }
        std::sort(trajectory.m_pieces.begin(), trajectory.m_pieces.end());
        const Json &steps = document.at("steps");
        const std::size_t samples = trajectory.m_lengths.size();
        if (samples == 0)
            fail(source, "no samples");
        if (final.size() != samples || trajectory.m_texts.size() != samples)
            fail(source, "\"lengths\", \"final\" and \"texts\" disagree on the number of samples");
        if (trajectory.m_stepSize < 1 ||
            trajectory.m_T / trajectory.m_stepSize != static_cast<int>(steps.size()))
            fail(source, "T / step_size is not the number of recorded steps");

        std::size_t cells = 0;
        for (std::size_t s = 0; s < samples; ++s) {
            if (final[s].size() != static_cast<std::size_t>(trajectory.m_lengths[s]))
                fail(source,
                     "sample " + std::to_string(s) + ": the final tokens do not match its length");
            trajectory.m_offsets.push_back(cells);
            cells += final[s].size();
            trajectory.m_maxLength = std::max(trajectory.m_maxLength, trajectory.m_lengths[s]);
        }
        trajectory.m_cells.resize(cells);
        trajectory.m_guesses.resize(cells);
        for (std::size_t s = 0; s < samples; ++s)
            for (std::size_t p = 0; p < final[s].size(); ++p)
                trajectory.m_cells[trajectory.m_offsets[s] + p].token = final[s][p];

        auto checkedCell = [&](std::int64_t sample, std::int64_t position, int k) {
            if (sample < 0 || static_cast<std::size_t>(sample) >= samples || position < 0 ||
                position >= trajectory.m_lengths[static_cast<std::size_t>(sample)])
                fail(source, "step " + std::to_string(k) + " names sample " +
                                 std::to_string(sample) + " position " + std::to_string(position) +
                                 ", outside the samples");
            return trajectory.cell(static_cast<int>(sample), static_cast<int>(position));
        };
        int masks = static_cast<int>(cells);
        // A prompt's fixed positions (absent in trajectories without one).
        if (document.contains("fixed")) {
            const Json &fixed = document.at("fixed");
            if (!fixed.is_array() || fixed.size() > samples)
                fail(source, "\"fixed\" is not a list of positions per sample");
            for (std::size_t s = 0; s < fixed.size(); ++s)
                for (const Json &position : fixed[s]) {
                    Cell &target = trajectory.m_cells[checkedCell(static_cast<std::int64_t>(s),
                                                                  position.get<std::int64_t>(), 0)];
                    if (!target.fixed) {
                        target.fixed = true;
                        --masks;
                    }
                }
        }
        trajectory.m_initialMasks = masks;
        for (std::size_t index = 0; index < steps.size(); ++index) {
            const int k = static_cast<int>(index) + 1;
            const Json &record = steps[index];
            Step step;
            step.t = record.at("t").get<int>();
            step.alpha = record.at("alpha").get<double>();
            std::vector<bool> ran(samples, false);
            for (const Json &sample : record.at("ran")) {
                const auto s = sample.get<std::int64_t>();
                if (s < 0 || static_cast<std::size_t>(s) >= samples)
                    fail(source, "step " + std::to_string(k) + ": \"ran\" names sample " +
                                     std::to_string(s));
                ran[static_cast<std::size_t>(s)] = true;
                ++step.networkRuns;
            }
            for (const Json &reveal : record.at("revealed")) {
                const std::size_t c = checkedCell(reveal.at(0).get<std::int64_t>(),
                                                  reveal.at(1).get<std::int64_t>(), k);
                Cell &target = trajectory.m_cells[c];
                if (target.fixed)
                    fail(source,
                         "step " + std::to_string(k) + " reveals a position the prompt fixed");
                if (target.revealStep != 0)
                    fail(source, "step " + std::to_string(k) +
                                     " reveals a position already revealed at step " +
                                     std::to_string(target.revealStep));
                if (reveal.at(2).get<int>() != target.token)
                    fail(source, "step " + std::to_string(k) +
                                     " reveals a token that differs from the final one");
                target.revealStep = k;
                target.confidence = reveal.at(3).get<float>();
                ++step.revealed;
            }
            for (const Json &guess : record.at("guesses")) {
                const std::size_t c = checkedCell(guess.at(0).get<std::int64_t>(),
                                                  guess.at(1).get<std::int64_t>(), k);
                const auto ids = guess.at(2).get<std::vector<int>>();
                const auto probabilities = guess.at(3).get<std::vector<float>>();
                if (trajectory.m_alternativeCount == 0)
                    trajectory.m_alternativeCount = static_cast<int>(ids.size());
                if (ids.size() != probabilities.size() ||
                    static_cast<int>(ids.size()) != trajectory.m_alternativeCount)
                    fail(source, "step " + std::to_string(k) +
                                     ": guesses with differing numbers of alternatives");
                trajectory.m_guesses[c].push_back(
                    {k, static_cast<std::uint32_t>(trajectory.m_alternativeIds.size())});
                trajectory.m_alternativeIds.insert(trajectory.m_alternativeIds.end(), ids.begin(),
                                                   ids.end());
                trajectory.m_alternativeProbabilities.insert(
                    trajectory.m_alternativeProbabilities.end(), probabilities.begin(),
                    probabilities.end());
            }
            masks -= step.revealed;
            step.masksLeft = masks;
            if (step.revealed > 0)
                trajectory.m_changeFrames.push_back(k);
            trajectory.m_steps.push_back(step);
            trajectory.m_ran.push_back(std::move(ran));
        }
        for (std::size_t s = 0; s < samples; ++s)
            for (std::size_t p = 0; p < final[s].size(); ++p)
                if (trajectory.m_cells[trajectory.m_offsets[s] + p].revealStep == 0 &&
                    !trajectory.m_cells[trajectory.m_offsets[s] + p].fixed)
                    fail(source, "sample " + std::to_string(s) + " position " + std::to_string(p) +
                                     " is never revealed");
        for (const Cell &target : trajectory.m_cells)
            trajectory.piece(target.token);  // every final token has a piece
        for (const int id : trajectory.m_alternativeIds)
            trajectory.piece(id);

        trajectory.m_surfaces.resize(cells);
        for (std::size_t s = 0; s < samples; ++s) {
            std::vector<std::string> pieces;
            for (const int id : final[s])
                pieces.push_back(trajectory.piece(id));
            auto surfaces = pieceSurfaces(pieces, trajectory.m_tokenizerKind);
            std::move(surfaces.begin(), surfaces.end(),
                      trajectory.m_surfaces.begin() +
                          static_cast<std::ptrdiff_t>(trajectory.m_offsets[s]));
        }
    } catch (const Json::exception &error) {
        fail(source, std::string("a field is missing or has the wrong type: ") + error.what());
    } catch (const std::out_of_range &error) {
        fail(source, error.what());
    }
    return trajectory;
}

bool Trajectory::networkRan(int k, int sample) const {
    return m_ran[static_cast<std::size_t>(k - 1)][static_cast<std::size_t>(sample)];
}

int Trajectory::masksLeft(int frame) const {
    return frame == 0 ? m_initialMasks : step(frame).masksLeft;
}

std::vector<int> Trajectory::state(int sample, int frame) const {
    std::vector<int> ids(static_cast<std::size_t>(length(sample)));
    for (int p = 0; p < length(sample); ++p)
        ids[static_cast<std::size_t>(p)] = isMasked(sample, p, frame) ? m_maskId : token(sample, p);
    return ids;
}

Trajectory::Alternatives Trajectory::alternatives(int sample, int position, int frame) const {
    const auto &guesses = m_guesses[cell(sample, position)];
    auto after = std::upper_bound(guesses.begin(), guesses.end(), frame,
                                  [](int value, const Guess &guess) { return value < guess.step; });
    if (after == guesses.begin())
        return {};
    const Guess &guess = *std::prev(after);
    return {guess.step, m_alternativeIds.data() + guess.offset,
            m_alternativeProbabilities.data() + guess.offset, m_alternativeCount};
}

const std::string &Trajectory::piece(int id) const {
    auto found = std::lower_bound(
        m_pieces.begin(), m_pieces.end(), id,
        [](const std::pair<int, std::string> &entry, int value) { return entry.first < value; });
    if (found == m_pieces.end() || found->first != id)
        throw std::out_of_range("token id " + std::to_string(id) + " has no entry in \"pieces\"");
    return found->second;
}

std::string Trajectory::pieceSurface(int id) const {
    // Spelled as inside a text (after some other piece), so a word-initial piece keeps its space
    // and the word-boundary piece alone is a space, never the raw symbol.
    std::string surface = pieceSurfaces({"[UNK]", piece(id)}, m_tokenizerKind)[1];
    return surface.empty() ? piece(id) : surface;
}

int Trajectory::nextChange(int frame) const {
    auto found = std::upper_bound(m_changeFrames.begin(), m_changeFrames.end(), frame);
    return found == m_changeFrames.end() ? steps() : *found;
}

int Trajectory::previousChange(int frame) const {
    auto found = std::lower_bound(m_changeFrames.begin(), m_changeFrames.end(), frame);
    return found == m_changeFrames.begin() ? 0 : *std::prev(found);
}

}  // namespace dbw
