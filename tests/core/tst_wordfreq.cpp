// Word frequencies on a small golden file (counted by hand) and the spindle informativeness
// derived from them: exact counts, the official formula, monotone in frequency, centred to mean 0.
#include "error.h"
#include "text/corpus.h"
#include "text/wordfreq.h"
#include "text/wordpiece.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>

using namespace dbw;

namespace {
const std::string kData = DBW_SOURCE_DIR "/tests/data/";
}

class TestWordFreq : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<WordPieceTokenizer> m_tokenizer;
    WordFrequencies m_golden;

private Q_SLOTS:
    void initTestCase() {
        m_tokenizer = WordPieceTokenizer::load(kData + "wordfreq-vocab.txt");
        m_golden = countWordFrequencies(readCorpus(kData + "wordfreq-golden.txt"), *m_tokenizer);
    }

    void countsAreExact() {
        // the cat sat on the mat . / the dog sat . / a cat ! emu   ("emu" is [UNK])
        //                         [PAD] [UNK] [CLS] [SEP] [MASK] the cat sat on mat . dog a ! zebra
        const std::vector<std::int64_t> expected = {0, 1, 0, 0, 0, 3, 2, 2, 1, 1, 2, 1, 1, 1, 0};
        QCOMPARE(m_golden.counts, expected);
        QCOMPARE(m_golden.totalTokens, std::int64_t(15));
        QCOMPARE(m_golden.sentences, std::int64_t(3));
        QCOMPARE(m_golden.tokenizerHash, m_tokenizer->contentHash());
    }

    void officialFrequencyScore() {
        // w = log(count + 1) / max log(count + 1) over ordinary tokens; special tokens get 0.
        const std::vector<double> scores = m_golden.frequencyScores();
        const double maxLog = std::log(4.0);
        QCOMPARE(scores[5], 1.0);                     // the (3)
        QCOMPARE(scores[6], std::log(3.0) / maxLog);  // cat (2)
        QCOMPARE(scores[8], std::log(2.0) / maxLog);  // on (1)
        QCOMPARE(scores[14], 0.0);                    // zebra (never seen)
        QCOMPARE(scores[1], 0.0);                     // [UNK] is special
        const double centre = (3 * 1.0 + 6 * std::log(3.0) / maxLog + 5 * 0.5) / 14.0;
        QVERIFY(std::abs(m_golden.centringConstant() - centre) < 1e-12);
        const std::vector<double> offsets = m_golden.spindleOffsets();
        QVERIFY(std::abs(offsets[5] - (1.0 - centre)) < 1e-12);
        QCOMPARE(offsets[4], 0.0);  // [MASK]
    }

    void informativenessIsMonotoneInFrequency() {
        const std::vector<double> informativeness = m_golden.informativeness();
        for (int a = 5; a < m_golden.vocabSize(); ++a)
            for (int b = 5; b < m_golden.vocabSize(); ++b) {
                if (m_golden.counts[a] < m_golden.counts[b])
                    QVERIFY2(informativeness[a] > informativeness[b],
                             qPrintable(QString("ids %1 and %2").arg(a).arg(b)));
                if (m_golden.counts[a] == m_golden.counts[b])
                    QCOMPARE(informativeness[a], informativeness[b]);
            }
        QCOMPARE(informativeness[14], 1.0);  // never seen: most informative
        QCOMPARE(informativeness[5], 0.0);   // most frequent: least informative
    }

    void offsetsHaveZeroMeanOverTheCorpus() {
        // The spindle moves keep probabilities around alpha(t) without changing their corpus mean.
        const std::vector<double> offsets = m_golden.spindleOffsets();
        double sum = 0.0;
        for (int id = 0; id < m_golden.vocabSize(); ++id)
            if (!m_tokenizer->isSpecial(id))
                sum += offsets[id] * static_cast<double>(m_golden.counts[id]);
        QVERIFY(std::abs(sum) < 1e-12);
    }

    void saveAndLoadRoundTrip() {
        const std::string path = m_dir.filePath("freq.json").toStdString();
        saveWordFrequencies(m_golden, path);
        const WordFrequencies loaded = loadWordFrequencies(path, m_tokenizer.get());
        QCOMPARE(loaded.counts, m_golden.counts);
        QCOMPARE(loaded.totalTokens, m_golden.totalTokens);
        QCOMPARE(loaded.sentences, m_golden.sentences);
        QCOMPARE(loaded.specialIds, m_golden.specialIds);
        QCOMPARE(loaded.corpusHash, m_golden.corpusHash);
        QCOMPARE(loaded.spindleOffsets(), m_golden.spindleOffsets());
    }

    void badFiles_data() {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("counts: 1 2 3") << "not JSON";
        QTest::newRow("another format") << QByteArray("{\"format\": \"dbw-config/1\"}")
                                        << "format is 'dbw-config/1', expected 'dbw-wordfreq/1'";
        QTest::newRow("missing counts")
            << QByteArray(
                   "{\"format\": \"dbw-wordfreq/1\", \"tokenizer\": {\"kind\": \"x\", "
                   "\"content_hash\": \"0\", \"vocab_size\": 1}, \"corpus_hash\": \"\", "
                   "\"special_ids\": [], \"sentences\": 1, \"total_tokens\": 1}")
            << "malformed word-frequency file";
        QTest::newRow("damaged total")
            << QByteArray(
                   "{\"format\": \"dbw-wordfreq/1\", \"tokenizer\": {\"kind\": \"x\", "
                   "\"content_hash\": \"0\", \"vocab_size\": 2}, \"corpus_hash\": \"\", "
                   "\"special_ids\": [], \"sentences\": 1, \"total_tokens\": 5, "
                   "\"counts\": [1, 2]}")
            << "counts add up to 3 but total_tokens is 5";
    }

    void badFiles() {
        QFETCH(QByteArray, contents);
        QFETCH(QString, expected);
        const std::string path = m_dir.filePath("bad.json").toStdString();
        std::ofstream(path, std::ios::binary).write(contents.constData(), contents.size());
        try {
            loadWordFrequencies(path);
            QFAIL("accepted a bad word-frequency file");
        } catch (const InputError &error) {
            QVERIFY2(QString(error.what()).contains(expected), error.what());
            QCOMPARE(error.file(), path);
        }
    }

    void refusesCountsFromAnotherTokenizer() {
        const std::string path = m_dir.filePath("freq2.json").toStdString();
        saveWordFrequencies(m_golden, path);
        const auto other = WordPieceTokenizer::fromVocabulary(
            {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the"});
        try {
            loadWordFrequencies(path, other.get());
            QFAIL("accepted counts made with another tokenizer");
        } catch (const InputError &error) {
            QVERIFY2(QString(error.what()).contains("counted with another tokenizer"),
                     error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestWordFreq)
#include "tst_wordfreq.moc"
