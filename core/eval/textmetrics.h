// Quality and diversity of generated text: BLEU-4 against a reference set (the paper's protocol:
// each sample against all references, averaged), self-BLEU, distinct-1/2/3, unigram entropy and a
// repetition rate. One stated normalisation for samples and references alike. Torch-free.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace dbw {

// Lower-case (Unicode) and split on whitespace; punctuation stays as its own token when the text
// has it space-separated (as the Brown corpus and SentencePiece decodes do).
inline constexpr const char *kMetricNormalisation = "lower-case (Unicode), split on whitespace";
std::vector<std::string> normaliseForMetrics(const std::string &text);

using Tokens = std::vector<std::string>;

// BLEU-4 of one hypothesis against several references: clipped n-gram precisions (n = 1..4,
// counts clipped by the maximum count in any one reference), uniform weights, brevity penalty with
// the closest reference length (ties: the shorter), no smoothing (a zero precision gives 0) - as
// nltk's corpus_bleu([refs], [hyp]).
double sentenceBleu(const Tokens &hypothesis, const std::vector<Tokens> &references);

// The same against a large fixed reference set, precomputed once.
class BleuReferences {
public:
    explicit BleuReferences(const std::vector<Tokens> &references);
    double bleu(const Tokens &hypothesis) const;

private:
    std::map<Tokens, int> m_maxCounts;   // n-gram -> largest count in one reference
    std::vector<std::size_t> m_lengths;  // sorted reference lengths
};

struct SampleMetrics {
    std::size_t samples = 0;
    std::size_t references = 0;
    double bleu = 0.0;      // mean BLEU-4 against the references (0 without references)
    double selfBleu = 0.0;  // mean BLEU-4 of each sample against all the others
    double distinct1 = 0.0, distinct2 = 0.0, distinct3 = 0.0;  // unique / total n-grams, pooled
    double unigramEntropyBits = 0.0;                           // of the pooled token distribution
    double repetitionRate = 0.0;  // mean over samples of 1 - unique 4-grams / 4-grams (seq-rep-4)
    std::string normalisation = kMetricNormalisation;
};

SampleMetrics computeSampleMetrics(const std::vector<std::string> &samples,
                                   const std::vector<std::string> &references = {});

// Per-sample metrics for storing with a sample: BLEU against the references, repetition rate.
double repetitionRate(const Tokens &tokens);

// Conditional generation (sequence to sequence), DiffuSeq's set; each states its variant.
// Sentence BLEU as DiffuSeq computes it: nltk's sentence_bleu([reference], hypothesis,
// smoothing_function=SmoothingFunction().method4) - uniform 4-gram weights, brevity penalty, a zero
// n-gram count replaced by 1 / (2^i x 5 / ln(hypothesis length)) for the i-th such order.
double smoothedSentenceBleu(const Tokens &hypothesis, const Tokens &reference);
// Corpus BLEU-4 with one reference per hypothesis: nltk's corpus_bleu without smoothing (clipped
// counts and lengths summed over the corpus; 0 when an order has no match).
double corpusBleu(const std::vector<Tokens> &hypotheses, const std::vector<Tokens> &references);
// ROUGE-L F1: the longest common subsequence over the hypothesis (precision) and the reference
// (recall), their harmonic mean (as torchmetrics' rougeL_fmeasure, DiffuSeq's).
double rougeL(const Tokens &hypothesis, const Tokens &reference);
// Minimum Bayes Risk selection among candidates for one source, as DiffuSeq's selectBest: each
// candidate scored by the sum of smoothedSentenceBleu(candidate, other) over the OTHER candidates
// (the diagonal is excluded); the first of the best on ties.
std::size_t mbrSelect(const std::vector<Tokens> &candidates);
struct CandidateDiversity {
    double distinct1 = 0.0;  // unique / total unigrams, pooled over the candidates
    double div4 = 0.0;       // unique / total 4-grams, pooled
    double selfBleu = 0.0;   // mean smoothedSentenceBleu of each candidate against each other one
};
CandidateDiversity candidateDiversity(const std::vector<Tokens> &candidates);

}  // namespace dbw
