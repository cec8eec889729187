// Corpus readers: every bad input gives an error naming the file, the line and what was expected;
// good inputs (CRLF, BOM, no final newline, blank lines, jsonl) read exactly; statistics are exact.
#include "error.h"
#include "text/corpus.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace dbw;

class TestCorpus : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string write(const QString &name, const QByteArray &bytes) {
        const std::string path = m_dir.filePath(name).toStdString();
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.constData(), bytes.size());
        return path;
    }

private Q_SLOTS:
    void badInput_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("contents");  // "<missing>": no file; "<dir>": a folder
        QTest::addColumn<int>("line");             // expected line; 0 = whole file
        QTest::addColumn<QString>("expected");     // substring of the message

        QTest::newRow("missing file") << "missing.txt" << QByteArray("<missing>") << 0
                                      << "cannot open the corpus: No such file or directory";
        QTest::newRow("a folder") << "folder.txt" << QByteArray("<dir>") << 0
                                  << "is a folder; expected a text file";
        QTest::newRow("empty file") << "empty.txt" << QByteArray() << 0
                                    << "the file is empty; expected one sentence per line";
        QTest::newRow("only blank lines") << "blank.txt" << QByteArray("\n  \r\n\n") << 0
                                          << "only blank lines (3); expected at least one sentence";
        QTest::newRow("binary file") << "binary.txt" << QByteArray("fine\nab\0cd\n", 11) << 2
                                     << "NUL byte at byte 3: this looks like a binary file";
        QTest::newRow("invalid UTF-8 (latin-1)")
            << "latin1.txt" << QByteArray("ok line\ncaf\xe9 au lait\n") << 2
            << "invalid UTF-8 (byte 0xE9 at column 4); expected UTF-8 text";
        QTest::newRow("truncated UTF-8 sequence")
            << "cut.txt" << QByteArray("a\nb\nx\xe2\x82") << 3 << "invalid UTF-8 (byte 0xE2";
        QTest::newRow("UTF-8 surrogate")
            << "surrogate.txt" << QByteArray("\xed\xa0\x80\n") << 1 << "invalid UTF-8";
        QTest::newRow("over-long line")
            << "long.txt" << (QByteArray("short\n") + QByteArray(70000, 'x') + "\n") << 2
            << "line is longer than 65536 bytes; expected one sentence per line";
        QTest::newRow("jsonl: not JSON") << "a.jsonl" << QByteArray("{\"src\": \"a\", \"trg\":\n")
                                         << 1 << "expected a JSON object like";
        QTest::newRow("jsonl: an array")
            << "b.jsonl" << QByteArray("{\"src\":\"a\",\"trg\":\"b\"}\n[1, 2]\n") << 2
            << "expected a JSON object like {\"src\": \"...\", "
               "\"trg\": \"...\"}, found an array";
        QTest::newRow("jsonl: a string")
            << "c.jsonl" << QByteArray("\"hello\"\n") << 1 << "found a string";
        QTest::newRow("jsonl: lacks trg")
            << "d.jsonl" << QByteArray("{\"src\":\"a\",\"trg\":\"b\"}\n\n{\"src\":\"a\"}\n") << 3
            << "the object has no \"trg\" field; expected string fields \"src\" and \"trg\"";
        QTest::newRow("jsonl: lacks src")
            << "e.jsonl" << QByteArray("{\"trg\":\"b\"}") << 1 << "the object has no \"src\" field";
        QTest::newRow("jsonl: src not a string")
            << "f.jsonl" << QByteArray("{\"src\":3,\"trg\":\"b\"}") << 1
            << "field \"src\" is number, expected a string";
        QTest::newRow("jsonl: invalid UTF-8 inside a string")
            << "g.jsonl" << QByteArray("{\"src\":\"\xff\",\"trg\":\"b\"}\n") << 1
            << "invalid UTF-8 (byte 0xFF at column 9)";
    }

    void badInput() {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, contents);
        QFETCH(int, line);
        QFETCH(QString, expected);

        const std::string path = m_dir.filePath(fileName).toStdString();
        if (contents == "<dir>")
            QVERIFY(QDir(m_dir.path()).mkpath(fileName));
        else if (contents != "<missing>")
            write(fileName, contents);
        try {
            readCorpus(path);
            QFAIL("readCorpus accepted bad input");
        } catch (const InputError &error) {
            QCOMPARE(QString::fromStdString(error.file()), QString::fromStdString(path));
            QCOMPARE(static_cast<int>(error.line()), line);
            const QString what = QString::fromStdString(error.what());
            QVERIFY2(what.contains(expected), qPrintable(what));
            const QString prefix = QString::fromStdString(path) +
                                   (line > 0 ? ":" + QString::number(line) : QString()) + ": ";
            QVERIFY2(what.startsWith(prefix), qPrintable(what));
        }
    }

    void lineEndingsAndBom() {
        // CRLF, a byte-order mark, blank lines and no final newline are all fine.
        const std::string path =
            write("crlf.txt", QByteArray("\xef\xbb\xbfOne two .\r\n\r\nThree  four\r\nfive"));
        const Corpus corpus = readCorpus(path);
        QCOMPARE(corpus.examples.size(), std::size_t(3));
        QCOMPARE(corpus.examples[0].text, std::string("One two ."));
        QCOMPARE(corpus.examples[1].text, std::string("Three  four"));
        QCOMPARE(corpus.examples[1].line, std::size_t(3));
        QCOMPARE(corpus.examples[2].text, std::string("five"));
        QCOMPARE(corpus.examples[2].line, std::size_t(4));
        QCOMPARE(corpus.totalLines, std::size_t(4));
        QCOMPARE(corpus.blankLines, std::size_t(1));
        QVERIFY(corpus.format == CorpusFormat::PlainText);
        QCOMPARE(corpus.contentHash.size(), std::size_t(16));
    }

    void diffuSeqJsonl() {
        const std::string path = write("pairs.jsonl",
                                       "{\"src\": \"how are you\", \"trg\": \"fine \\u00e9\"}\r\n"
                                       "{\"trg\": \"b\", \"src\": \"a\", \"id\": 7}");
        const Corpus corpus = readCorpus(path);
        QVERIFY(corpus.format == CorpusFormat::DiffuSeqJsonl);
        QCOMPARE(corpus.examples.size(), std::size_t(2));
        QCOMPARE(corpus.examples[0].source, std::string("how are you"));
        QCOMPARE(corpus.examples[0].text, std::string("fine \xc3\xa9"));
        const std::vector<std::string> texts = corpus.allTexts();
        QCOMPARE(texts, (std::vector<std::string>{"how are you", "fine \xc3\xa9", "a", "b"}));

        // The format can be forced: the same file read as plain text keeps the raw lines.
        CorpusReadOptions asText;
        asText.format = CorpusFormat::PlainText;
        QCOMPARE(readCorpus(path, asText).examples[1].text,
                 std::string("{\"trg\": \"b\", \"src\": \"a\", \"id\": 7}"));
    }

    void statistics() {
        const std::string path =
            write("stats.txt", "a b c\n\nd e\nf\n\xc3\xa9t\xc3\xa9 g h i j k\n");
        const CorpusStats stats = computeCorpusStats(readCorpus(path), nullptr, 4);
        QCOMPARE(stats.examples, std::size_t(4));
        QCOMPARE(stats.blankLines, std::size_t(1));
        QCOMPARE(stats.words, std::uint64_t(3 + 2 + 1 + 6));
        QCOMPARE(stats.characters, std::uint64_t(5 + 3 + 1 + 13));  // "été" is 3 code points
        QCOMPARE(stats.minLength, std::size_t(1));
        QCOMPARE(stats.maxLength, std::size_t(6));
        QCOMPARE(stats.medianLength, std::size_t(3));
        QCOMPARE(stats.meanLength, 3.0);
        QCOMPARE(stats.lengthUnit, std::string("words"));
        // width ceil(7/4) = 2 -> buckets [0,1] [2,3] [4,5] [6,7]
        QCOMPARE(stats.histogram.bucketWidth, std::size_t(2));
        QCOMPARE(stats.histogram.counts, (std::vector<std::size_t>{1, 2, 0, 1}));
    }

    void maxLinesStopsEarly() {
        CorpusReadOptions options;
        options.maxLines = 2;
        const std::string path = write("many.txt", "1\n2\n3\n4\n");
        const Corpus corpus = readCorpus(path, options);
        QCOMPARE(corpus.examples.size(), std::size_t(2));
        QCOMPARE(corpus.sizeBytes, std::uint64_t(8));
    }

    void formatNames() {
        QVERIFY(corpusFormatFromString("jsonl") == CorpusFormat::DiffuSeqJsonl);
        QVERIFY(corpusFormatFromString("text") == CorpusFormat::PlainText);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, corpusFormatFromString("csv"));
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
