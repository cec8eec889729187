// BERT WordPiece against hand-checked cases of BERT's own tokenizer (google-research/bert
// tokenization.py and HF transformers' tests of BasicTokenizer / WordpieceTokenizer).
#include "error.h"
#include "text/wordpiece.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace dbw;
using Pieces = std::vector<std::string>;

namespace {

Pieces specials() {
    return {"[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"};
}

Pieces withSpecials(Pieces pieces) {
    Pieces all = specials();
    all.insert(all.end(), pieces.begin(), pieces.end());
    return all;
}

}  // namespace

Q_DECLARE_METATYPE(Pieces)

class TestWordPiece : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void basicTokenizer_data() {
        QTest::addColumn<bool>("lowerCase");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Pieces>("expected");

        QTest::newRow("lower-case, whitespace and punctuation")
            << true << " \tHeLLo!how  \n Are yoU?  "
            << Pieces{"hello", "!", "how", "are", "you", "?"};
        QTest::newRow("lower-case strips accents") << true << "H\u00e9llo" << Pieces{"hello"};
        QTest::newRow("strips accents after lower-casing")
            << true << " \tH\u00e4LLo!how  \n Are yoU?  "
            << Pieces{"hallo", "!", "how", "are", "you", "?"};
        QTest::newRow("cased keeps case") << false << " \tHeLLo!how  \n Are yoU?  "
                                          << Pieces{"HeLLo", "!", "how", "Are", "yoU", "?"};
        QTest::newRow("cased keeps accents") << false << "H\u00e4LLo" << Pieces{"H\u00e4LLo"};
        QTest::newRow("CJK characters are words")
            << true << "ah\u535a\u63a8zz" << Pieces{"ah", "\u535a", "\u63a8", "zz"};
        QTest::newRow("ASCII symbols are punctuation")
            << true << "$5 e-mail `x` ^_^"
            << Pieces{"$", "5", "e", "-", "mail", "`", "x", "`", "^", "_", "^"};
        QTest::newRow("Unicode punctuation") << true << "\u00bfqu\u00e9?\u2014s\u00ed"
                                             << Pieces{"\u00bf", "que", "?", "\u2014", "si"};
        QTest::newRow("control characters removed") << true
                                                    << QString::fromUtf8(
                                                           "a\x01"
                                                           "b\u200bc\td")
                                                    << Pieces{"abc", "d"};
        QTest::newRow("special tokens are not split")
            << true << "the [MASK] sat [SEP]" << Pieces{"the", "[MASK]", "sat", "[SEP]"};
        QTest::newRow("empty") << true << "" << Pieces{};
    }

    void basicTokenizer() {
        QFETCH(bool, lowerCase);
        QFETCH(QString, text);
        QFETCH(Pieces, expected);
        WordPieceOptions options;
        options.casing = lowerCase ? WordPieceCasing::Lower : WordPieceCasing::Keep;
        const auto tokenizer = WordPieceTokenizer::fromVocabulary(specials(), options);
        QCOMPARE(tokenizer->basicTokenize(text.toStdString()), expected);
    }

    void greedyLongestMatchFirst() {
        const auto tokenizer = WordPieceTokenizer::fromVocabulary(
            withSpecials({"want", "##want", "##ed", "wa", "un", "runn", "##ing", ",", "##aff",
                          "##able", "##affable"}));
        QVERIFY(tokenizer->lowerCases());
        QCOMPARE(tokenizer->encodeAsPieces("unwanted running"),
                 (Pieces{"un", "##want", "##ed", "runn", "##ing"}));
        QCOMPARE(tokenizer->encodeAsPieces("UNwant\u00e9d,running"),
                 (Pieces{"un", "##want", "##ed", ",", "runn", "##ing"}));
        // One unmatched stretch makes the whole word [UNK], not just that part.
        QCOMPARE(tokenizer->encodeAsPieces("unwantedX running"),
                 (Pieces{"[UNK]", "runn", "##ing"}));
        // Longest match first: "##affable" beats "##aff" + "##able".
        QCOMPARE(tokenizer->encodeAsPieces("unaffable"), (Pieces{"un", "##affable"}));
        QCOMPARE(tokenizer->encode("unwanted"), (std::vector<int>{9, 6, 7}));
        QCOMPARE(tokenizer->encodeAsPieces(""), Pieces{});
    }

    void unaffable() {
        const auto tokenizer =
            WordPieceTokenizer::fromVocabulary(withSpecials({"un", "##aff", "##able", "a"}));
        QCOMPARE(tokenizer->encodeAsPieces("unaffable"), (Pieces{"un", "##aff", "##able"}));
        QCOMPARE(tokenizer->decode(tokenizer->encode("unaffable")), std::string("unaffable"));
    }

    void overLongWordIsUnknown() {
        const auto tokenizer = WordPieceTokenizer::fromVocabulary(withSpecials({"a", "##a"}));
        QCOMPARE(tokenizer->encodeAsPieces(std::string(100, 'a')).size(), std::size_t(100));
        QCOMPARE(tokenizer->encodeAsPieces(std::string(101, 'a')), Pieces{"[UNK]"});
        // The limit counts characters, not bytes: 100 two-byte characters are still fine.
        const auto accented = WordPieceTokenizer::fromVocabulary(
            withSpecials({"\u00e9", "##\u00e9"}), {WordPieceCasing::Keep, 100});
        std::string hundred;
        for (int i = 0; i < 100; ++i)
            hundred += "\u00e9";
        QCOMPARE(accented->encodeAsPieces(hundred).size(), std::size_t(100));
    }

    void decodeRejoinsContinuations() {
        const auto tokenizer = WordPieceTokenizer::fromVocabulary(
            withSpecials({"un", "##want", "##ed", ",", "runn", "##ing", "the"}));
        const std::vector<int> ids = tokenizer->encode("the unwanted, running");
        QCOMPARE(tokenizer->decode(ids), std::string("the unwanted , running"));
        std::vector<int> padded = ids;
        padded.push_back(0);
        QCOMPARE(tokenizer->decode(padded), std::string("the unwanted , running"));
        QCOMPARE(tokenizer->decode({4, 5}), std::string("[MASK] un"));
    }

    void casedVocabularyIsDetected() {
        const auto cased =
            WordPieceTokenizer::fromVocabulary(withSpecials({"Hello", "hello", "!"}));
        QVERIFY(!cased->lowerCases());
        QCOMPARE(cased->encodeAsPieces("Hello hello!"), (Pieces{"Hello", "hello", "!"}));
        const auto uncased = WordPieceTokenizer::fromVocabulary(withSpecials({"hello"}));
        QVERIFY(uncased->lowerCases());
        QCOMPARE(uncased->encodeAsPieces("HELLO"), Pieces{"hello"});
    }

    void loadsVocabFile() {
        const std::string path = m_dir.filePath("vocab.txt").toStdString();
        std::ofstream(path, std::ios::binary) << "[PAD]\r\n[unused0]\r\n[UNK]\r\n[CLS]\r\n[SEP]\r\n"
                                                 "[MASK]\r\nthe\r\n##s\r\ncat\r\n";
        const auto tokenizer = WordPieceTokenizer::load(path);
        QCOMPARE(tokenizer->vocabSize(), 9);
        QCOMPARE(tokenizer->specialIds().unk, 2);
        QCOMPARE(tokenizer->specialIds().mask, 5);
        QCOMPARE(tokenizer->encode("The cats"), (std::vector<int>{6, 8, 7}));
        QCOMPARE(tokenizer->pieceToId("dog"), 2);
        QCOMPARE(tokenizer->contentHash().size(), std::size_t(16));
    }

    void badVocabFiles_data() {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << 0
                               << "the file is empty; expected a BERT vocab.txt";
        QTest::newRow("no [MASK]") << QByteArray("[PAD]\n[UNK]\n[CLS]\n[SEP]\nthe\n") << 0
                                   << "the vocabulary has no [MASK] entry";
        QTest::newRow("invalid UTF-8") << QByteArray("[PAD]\n[UNK]\ncaf\xe9\n") << 3
                                       << "invalid UTF-8; expected a BERT vocab.txt";
        QTest::newRow("binary") << QByteArray("[PAD]\n\0\0\0\n", 10) << 2 << "NUL byte";
    }

    void badVocabFiles() {
        QFETCH(QByteArray, contents);
        QFETCH(int, line);
        QFETCH(QString, expected);
        const std::string path = m_dir.filePath("bad-vocab.txt").toStdString();
        std::ofstream(path, std::ios::binary).write(contents.constData(), contents.size());
        try {
            WordPieceTokenizer::load(path);
            QFAIL("accepted a bad vocabulary");
        } catch (const InputError &error) {
            QCOMPARE(static_cast<int>(error.line()), line);
            QVERIFY2(QString(error.what()).contains(expected), error.what());
            QVERIFY(QString(error.what()).startsWith(QString::fromStdString(path)));
        }
        QVERIFY_THROWS_EXCEPTION(InputError, WordPieceTokenizer::load("/no/such/vocab.txt"));
    }
};

QTEST_GUILESS_MAIN(TestWordPiece)
#include "tst_wordpiece.moc"
