// SentencePiece through the engine's module: trained on the bundled Brown corpus at 8000 pieces,
// decode(encode(line)) gives back every validation line after the model's normalisation (NFKC and
// whitespace clean-up, computed here independently with ICU); the special ids are the fixed ones.
#include "error.h"
#include "text/corpus.h"
#include "text/sentencepiece.h"
#include "text/tokenizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

using namespace dbw;

namespace {

const std::string kDemo = DBW_SOURCE_DIR "/resources/demo/";

// sentencepiece's nmt_nfkc normalisation for our inputs: NFKC, then runs of whitespace collapsed
// to one space and the ends trimmed (remove_extra_whitespaces).
std::string normalisedLikeSentencePiece(const std::string &text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkc = icu::Normalizer2::getNFKCInstance(status);
    std::string composed;
    nfkc->normalize(icu::UnicodeString::fromUTF8(text), status).toUTF8String(composed);
    std::string out;
    for (const char c : composed) {
        const bool space = c == ' ' || c == '\t';
        if (space && (out.empty() || out.back() == ' '))
            continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

}  // namespace

class TestSentencePiece : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SentencePieceTokenizer> m_brown;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const Corpus train = readCorpus(kDemo + "brown-train.txt");
        SentencePieceTrainOptions options;
        options.vocabSize = 8000;
        const auto result =
            trainSentencePiece(train.allTexts(), m_dir.filePath("brown8k").toStdString(), options);
        QCOMPARE(result.vocabSize, 8000);
        QCOMPARE(result.sentences, train.examples.size());
        QVERIFY(std::filesystem::exists(result.vocabPath));
        m_brown = SentencePieceTokenizer::load(result.modelPath);
        // No temporary files are left behind.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), 2);
    }

    void specialTokenIdsAreFixed() {
        QCOMPARE(m_brown->vocabSize(), 8000);
        const SpecialTokenIds ids = m_brown->specialIds();
        QCOMPARE(ids.pad, 0);
        QCOMPARE(ids.unk, 1);
        QCOMPARE(ids.cls, 2);
        QCOMPARE(ids.sep, 3);
        QCOMPARE(ids.mask, 4);
        QCOMPARE(m_brown->idToPiece(0), std::string("[PAD]"));
        QCOMPARE(m_brown->idToPiece(1), std::string("[UNK]"));
        QCOMPARE(m_brown->idToPiece(2), std::string("[CLS]"));
        QCOMPARE(m_brown->idToPiece(3), std::string("[SEP]"));
        QCOMPARE(m_brown->idToPiece(4), std::string("[MASK]"));
        QCOMPARE(m_brown->pieceToId("[MASK]"), 4);
        // [MASK] written in text is the mask token, not characters.
        const std::vector<int> ids2 = m_brown->encode("the [MASK] jury");
        QVERIFY(std::count(ids2.begin(), ids2.end(), 4) == 1);
    }

    void validationRoundTrip() {
        const Corpus valid = readCorpus(kDemo + "brown-valid.txt");
        QVERIFY(valid.examples.size() > 2000);
        std::size_t unknown = 0;
        for (const CorpusExample &example : valid.examples) {
            const std::vector<int> ids = m_brown->encode(example.text);
            QVERIFY(!ids.empty());
            unknown += std::count(ids.begin(), ids.end(), 1);
            const std::string decoded = m_brown->decode(ids);
            const std::string expected = normalisedLikeSentencePiece(example.text);
            if (decoded != expected)
                QFAIL(qPrintable(
                    QString("line %1 does not round-trip:\n  got      '%2'\n  "
                            "expected '%3'")
                        .arg(example.line)
                        .arg(QString::fromStdString(decoded), QString::fromStdString(expected))));
        }
        QCOMPARE(unknown, std::size_t(0));  // byte fallback: nothing becomes [UNK]
    }

    void unseenCharactersSurviveByteFallback() {
        const std::string text = "Zürich 東京 ok";
        QCOMPARE(m_brown->decode(m_brown->encode(text)), text);
    }

    void decodeDropsPaddingAndRejectsBadIds() {
        std::vector<int> ids = m_brown->encode("The jury said .");
        const std::string plain = m_brown->decode(ids);
        ids.insert(ids.end(), {0, 0, 0});
        QCOMPARE(m_brown->decode(ids), plain);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, m_brown->decode({8000}));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, m_brown->decode({-1}));
    }

    void bpeTrainsWithTheSameSpecialIds() {
        const Corpus valid = readCorpus(kDemo + "brown-valid.txt");
        SentencePieceTrainOptions options;
        options.modelType = "bpe";
        options.vocabSize = 1000;
        const auto result =
            trainSentencePiece(valid.allTexts(), m_dir.filePath("bpe").toStdString(), options);
        const auto bpe = SentencePieceTokenizer::load(result.modelPath);
        QCOMPARE(bpe->vocabSize(), 1000);
        QCOMPARE(bpe->idToPiece(4), std::string("[MASK]"));
        const std::string line = valid.examples[10].text;
        QCOMPARE(bpe->decode(bpe->encode(line)), normalisedLikeSentencePiece(line));
    }

    void tooLargeVocabularySaysWhatToDo() {
        const std::string prefix = m_dir.filePath("tiny").toStdString();
        try {
            trainSentencePiece({"a b c", "a b d"}, prefix, {});
            QFAIL("training accepted a vocabulary larger than the corpus allows");
        } catch (const InputError &error) {
            const QString what = QString::fromStdString(error.what());
            QVERIFY2(what.contains("vocabulary size 8000 is too large for this corpus (at most"),
                     qPrintable(what));
        }
        QVERIFY(!std::filesystem::exists(prefix + ".model"));
        SentencePieceTrainOptions smaller;
        smaller.allowSmallerVocab = true;
        smaller.vocabSize = 300;
        const auto result = trainSentencePiece({"a b c", "a b d"}, prefix, smaller);
        QVERIFY(result.vocabSize < 300);
        QVERIFY(result.vocabSize > 5);
    }

    void badPathsAndFiles() {
        QVERIFY_THROWS_EXCEPTION(InputError, trainSentencePiece({"a"}, "/no/such/folder/x", {}));
        QVERIFY_THROWS_EXCEPTION(InputError, SentencePieceTokenizer::load("/no/such.model"));
        const std::string notAModel = m_dir.filePath("text.model").toStdString();
        QFile file(QString::fromStdString(notAModel));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        try {
            loadTokenizer(notAModel);
            QFAIL("loaded a text file as a sentencepiece model");
        } catch (const InputError &error) {
            QVERIFY2(QString(error.what()).contains("not a sentencepiece model"), error.what());
        }
    }

    void modelWithOtherSpecialIdsIsRefused() {
        // A model trained with sentencepiece's defaults (<unk>=0, <s>=1, </s>=2) is not usable.
        const std::string prefix = m_dir.filePath("foreign").toStdString();
        const std::string command = "spm_train --input=" + kDemo +
                                    "brown-valid.txt --model_prefix=" + prefix +
                                    " --vocab_size=500 --minloglevel=2 >/dev/null 2>&1";
        if (std::system(command.c_str()) != 0)
            QFAIL("spm_train (package sentencepiece) is needed for this test");
        try {
            SentencePieceTokenizer::load(prefix + ".model");
            QFAIL("accepted a model without the fixed special ids");
        } catch (const InputError &error) {
            QVERIFY2(QString(error.what()).contains("id 0 is '<unk>', expected [PAD]"),
                     error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestSentencePiece)
#include "tst_sentencepiece.moc"
