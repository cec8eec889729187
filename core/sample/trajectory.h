// A recorded reverse process (dbw-trajectory/1, written by the sampler) opened for replay: the
// token state of every sample at every frame, what each step revealed and with what confidence,
// the model's top alternatives, and per-step facts (t, alpha_t, masks left, whether the network
// ran). Frame 0 is all [MASK]; frame k is the state after reverse step k. Revealed tokens never
// change, so a cell is fully described by its final token and the step that revealed it, and any
// frame is reconstructed in O(cells) without replaying. Torch-free: the viewer, the HTML export and
// dbw share it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dbw {

class Trajectory {
public:
    struct Step {
        int t = 0;            // diffusion time after the step (T ... 0)
        double alpha = 0.0;   // alpha_t of the base schedule: the fraction of tokens kept
        int revealed = 0;     // tokens revealed by this step, all samples
        int masksLeft = 0;    // masked tokens after this step, all samples
        int networkRuns = 0;  // samples whose network ran at this step (the others were served by
                              // the cache or were done)
    };
    // The model's top alternatives for a masked position at one step, most likely first.
    struct Alternatives {
        int step = 0;  // the step whose network output they are
        const int *ids = nullptr;
        const float *probabilities = nullptr;
        int count = 0;
        explicit operator bool() const { return count > 0; }
    };

    // Throws InputError naming `source` when the text is not a dbw-trajectory/1 document or is
    // inconsistent (a position revealed twice or never, an id without a piece, ...).
    static Trajectory fromJson(const std::string &text, const std::string &source);
    static Trajectory load(const std::string &path);

    const std::string &json() const { return m_json; }
    int sampleCount() const { return static_cast<int>(m_lengths.size()); }
    int steps() const { return static_cast<int>(m_steps.size()); }
    int frames() const { return steps() + 1; }
    int length(int sample) const { return m_lengths[static_cast<std::size_t>(sample)]; }
    int maxLength() const { return m_maxLength; }
    int diffusionSteps() const { return m_T; }
    int stepSize() const { return m_stepSize; }
    int maskId() const { return m_maskId; }
    const std::string &tokenizerKind() const { return m_tokenizerKind; }
    const std::string &samplerJson() const { return m_samplerJson; }
    const std::string &text(int sample) const { return m_texts[static_cast<std::size_t>(sample)]; }
    const Step &step(int k) const {
        return m_steps[static_cast<std::size_t>(k - 1)];
    }  // k = 1 ... steps()
    bool networkRan(int k, int sample) const;
    int masksLeft(int frame) const;

    // The final token of a cell, the step that revealed it (1 ... steps()), the model's probability
    // of that token when it was drawn, and its text as it appears in the decoded sample (the
    // surfaces of a sample concatenate to its text).
    int token(int sample, int position) const { return m_cells[cell(sample, position)].token; }
    int revealStep(int sample, int position) const {
        return m_cells[cell(sample, position)].revealStep;
    }
    float confidence(int sample, int position) const {
        return m_cells[cell(sample, position)].confidence;
    }
    const std::string &surface(int sample, int position) const {
        return m_surfaces[cell(sample, position)];
    }
    bool isMasked(int sample, int position, int frame) const {
        return revealStep(sample, position) > frame;
    }
    // A token the prompt fixed (infilling): there from frame 0, never revealed or changed.
    bool isFixed(int sample, int position) const { return m_cells[cell(sample, position)].fixed; }
    // Token ids at a frame, mask id where still masked.
    std::vector<int> state(int sample, int frame) const;

    // The newest alternatives recorded for a cell at a step <= frame (the model's current x0
    // guess while the cell is masked); none before the network first ran for it.
    Alternatives alternatives(int sample, int position, int frame) const;
    // A piece as the tokenizer spells it, and as it reads inside a text (for guesses and
    // tooltips): "▁the" is " the", "##ing" is "ing", the lone "▁" is " "; specials keep their name.
    const std::string &piece(int id) const;
    std::string pieceSurface(int id) const;

    // The next / previous frame (after / before `frame`) at which some token was revealed; the
    // last / first frame when there is none.
    int nextChange(int frame) const;
    int previousChange(int frame) const;

private:
    struct Cell {
        int token = -1;
        int revealStep = 0;
        float confidence = 0.0f;
        bool fixed = false;
    };
    struct Guess {
        int step = 0;
        std::uint32_t offset = 0;  // into m_alternativeIds / m_alternativeProbabilities
    };
    std::size_t cell(int sample, int position) const {
        return m_offsets[static_cast<std::size_t>(sample)] + static_cast<std::size_t>(position);
    }

    std::string m_json;
    std::string m_tokenizerKind;
    std::string m_samplerJson;
    int m_T = 0, m_stepSize = 0, m_maskId = 0, m_maxLength = 0, m_alternativeCount = 0;
    std::vector<int> m_lengths;
    std::vector<std::size_t> m_offsets;  // first cell of each sample
    std::vector<Cell> m_cells;
    int m_initialMasks = 0;  // masked cells at frame 0 (all but the fixed ones)
    std::vector<std::string> m_surfaces;
    std::vector<std::vector<Guess>> m_guesses;  // per cell, by step
    std::vector<int> m_alternativeIds;
    std::vector<float> m_alternativeProbabilities;
    std::vector<Step> m_steps;
    std::vector<std::vector<bool>> m_ran;  // per step, per sample
    std::vector<int> m_changeFrames;       // frames with a reveal, ascending
    std::vector<std::string> m_texts;
    std::vector<std::pair<int, std::string>> m_pieces;  // sorted by id
};

// How a tokenizer's pieces read in text: the surfaces of a sequence's pieces concatenate to what
// the tokenizer's decode gives (SentencePiece: "▁" is a space, none before the first word, byte
// pieces joined into the characters they encode; WordPiece: "##" joins, else a space).
std::vector<std::string> pieceSurfaces(const std::vector<std::string> &pieces,
                                       const std::string &tokenizerKind);

}  // namespace dbw
