// Sample metrics against values computed by hand: BLEU-4 (clipping over several references,
// brevity penalty, closest reference length with ties to the shorter, zero n-gram matches),
// self-BLEU, distinct-n, unigram entropy, repetition rate, and the one text normalisation.
#include "eval/textmetrics.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <cmath>

using namespace dbw;

namespace {
Tokens words(const std::string &text) {
    return normaliseForMetrics(text);
}
}  // namespace

class TestTextMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bleu_data() {
        QTest::addColumn<QString>("hypothesis");
        QTest::addColumn<QStringList>("references");
        QTest::addColumn<double>("expected");
        QTest::newRow("identical")
            << "the cat sat on the mat" << QStringList{"the cat sat on the mat"} << 1.0;
        QTest::newRow("no 4-gram match")
            << "the cat the cat" << QStringList{"the cat sat on the mat"} << 0.0;
        QTest::newRow("brevity penalty")
            << "the cat sat on the" << QStringList{"the cat sat on the mat"}
            << std::exp(1.0 - 6.0 / 5.0);
        QTest::newRow("clipped unigrams, no bigram")
            << "the the the the the the" << QStringList{"the cat sat on the mat"} << 0.0;
        // p1 = 4/6, p2 = 4/5, p3 = 4/4, p4 = 2/3 with clipping by the largest count in one
        // reference; closest reference length 5 < 6: no penalty.
        QTest::newRow("two references") << "a b c d a b" << QStringList{"a b c d", "c d a b x"}
                                        << std::pow(4.0 / 6 * 4.0 / 5 * 1.0 * 2.0 / 3, 0.25);
        // Lengths 4 and 6 are equally close to 5: the shorter counts, so no brevity penalty.
        QTest::newRow("closest length tie")
            << "a b c d e" << QStringList{"a b c d", "a b c d e f"} << 1.0;
        QTest::newRow("too short for 4-grams") << "a b c" << QStringList{"a b c"} << 0.0;
        QTest::newRow("empty hypothesis") << "" << QStringList{"a b c d"} << 0.0;
    }

    void bleu() {
        QFETCH(QString, hypothesis);
        QFETCH(QStringList, references);
        QFETCH(double, expected);
        std::vector<Tokens> refs;
        for (const QString &reference : references)
            refs.push_back(words(reference.toStdString()));
        const double got = sentenceBleu(words(hypothesis.toStdString()), refs);
        QVERIFY2(std::abs(got - expected) < 1e-12,
                 qPrintable(QString("%1 vs %2").arg(got, 0, 'g', 15).arg(expected, 0, 'g', 15)));
    }

    void corpusMetrics() {
        const SampleMetrics metrics = computeSampleMetrics({"a b a b", "a c"}, {"a b a b x"});
        QCOMPARE(metrics.samples, std::size_t(2));
        QCOMPARE(metrics.distinct1, 0.5);   // {a, b, c} of 6 unigrams
        QCOMPARE(metrics.distinct2, 0.75);  // {ab, ba, ac} of 4 bigrams
        QCOMPARE(metrics.distinct3, 1.0);   // {aba, bab} of 2 trigrams
        // a x3, b x2, c x1
        const double entropy = 0.5 * 1 + (1.0 / 3) * std::log2(3.0) + (1.0 / 6) * std::log2(6.0);
        QVERIFY(std::abs(metrics.unigramEntropyBits - entropy) < 1e-12);
        // "a b a b" has p1..p4 = 1 against "a b a b x" but is shorter: exp(1 - 5/4); "a c" scores
        // 0.
        QVERIFY(std::abs(metrics.bleu - std::exp(1.0 - 5.0 / 4.0) / 2) < 1e-12);
        QCOMPARE(QString::fromStdString(metrics.normalisation), QString(kMetricNormalisation));
    }

    void selfBleuAndRepetition() {
        const SampleMetrics metrics = computeSampleMetrics({"a b c d", "a b c d", "w x y z"});
        QVERIFY(std::abs(metrics.selfBleu - 2.0 / 3.0) < 1e-12);  // 1, 1 and 0
        QCOMPARE(metrics.bleu, 0.0);                              // no references given
        QCOMPARE(repetitionRate(words("a b c d a b c d")), 0.2);  // abcd repeats: 4 unique of 5
        QCOMPARE(repetitionRate(words("x y")), 0.0);
        const SampleMetrics repeated = computeSampleMetrics({"a b c d a b c d", "x y"});
        QCOMPARE(repeated.repetitionRate, 0.1);
    }

    void conditionalMetricsAgreeWithNltk() {
        // Issue 16: DiffuSeq's smoothed sentence BLEU (method4), corpus BLEU and MBR's choice
        // against nltk 3.8's own values (tests/data/bleu-nltk/make_golden.py, none of our code).
        const auto golden = nlohmann::json::parse(
            dbw::readWholeFile(DBW_SOURCE_DIR "/tests/data/bleu-nltk/golden.json"));
        std::vector<Tokens> hypotheses, references;
        for (const auto &pair : golden["pairs"]) {
            const auto hypothesis = pair["hypothesis"].get<Tokens>(),
                       reference = pair["reference"].get<Tokens>();
            const double ours = smoothedSentenceBleu(hypothesis, reference);
            QVERIFY2(std::abs(ours - pair["smoothed"].get<double>()) < 1e-12,
                     qPrintable(QString("%1 vs nltk %2")
                                    .arg(ours, 0, 'g', 17)
                                    .arg(pair["smoothed"].get<double>(), 0, 'g', 17)));
            QVERIFY(std::abs(sentenceBleu(hypothesis, {reference}) - pair["plain"].get<double>()) <
                    1e-12);
            hypotheses.push_back(hypothesis);
            references.push_back(reference);
        }
        QVERIFY(std::abs(corpusBleu(hypotheses, references) - golden["corpus_bleu"].get<double>()) <
                1e-12);
        for (const auto &set : golden["mbr"])
            QCOMPARE(mbrSelect(set["candidates"].get<std::vector<Tokens>>()),
                     set["best"].get<std::size_t>());
    }

    void mbrAndDiversityByHand() {
        // Two identical candidates and an outlier: the first of the identical pair (each scores 1
        // against the other; the outlier shares nothing); the diagonal does not count, or the
        // outlier would score its own 1 too.
        const std::vector<Tokens> candidates = {words("a b c d e"), words("a b c d e"),
                                                words("x y z w v")};
        QCOMPARE(mbrSelect(candidates), std::size_t(0));
        QCOMPARE(mbrSelect({words("x y z w v"), words("a b c d e"), words("a b c d e")}),
                 std::size_t(1));
        const CandidateDiversity diversity = candidateDiversity(candidates);
        QCOMPARE(diversity.distinct1, 10.0 / 15.0);
        QCOMPARE(diversity.div4, 4.0 / 6.0);
        QCOMPARE(diversity.selfBleu, 2.0 / 6.0);  // two of the six ordered pairs are identical
        // ROUGE-L: LCS "the cat on mat" (4) of 6 and 5 tokens.
        QCOMPARE(rougeL(words("the cat sat on the mat"), words("the cat on a mat")),
                 2 * (4.0 / 6) * (4.0 / 5) / (4.0 / 6 + 4.0 / 5));
        QCOMPARE(rougeL(words("a b"), words("c d")), 0.0);
    }

    void normalisation() {
        QCOMPARE(words("The CAT  sat\t."), (Tokens{"the", "cat", "sat", "."}));
        QCOMPARE(words("Élan VITAL"), (Tokens{"élan", "vital"}));
        QCOMPARE(words("   "), Tokens{});
    }
};

QTEST_GUILESS_MAIN(TestTextMetrics)
#include "tst_textmetrics.moc"
