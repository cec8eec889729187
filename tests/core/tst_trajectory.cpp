// Opening a recorded reverse process: the state at every frame equals what the sampler held
// (fixtures recorded by `dbw sample --record-states` from a model trained on the Brown corpus),
// the surfaces spell the decoded text, bad files are named, and the HTML page carries it all.
#include "error.h"
#include "sample/replayhtml.h"
#include "sample/trajectory.h"
#include "text/tokenizer.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <random>

using nlohmann::json;

namespace {

const std::string kData = DBW_SOURCE_DIR "/tests/data/";

// The recorded states: states[k-1][sample] = ids after step k.
std::vector<std::vector<std::vector<int>>> recordedStates(const std::string &path) {
    const json document = json::parse(dbw::readWholeFile(path));
    std::vector<std::vector<std::vector<int>>> states;
    for (const json &step : document.at("steps")) {
        std::vector<std::vector<int>> rows(document.at("lengths").size());
        for (const json &entry : step.at("states"))
            rows[entry.at(0).get<std::size_t>()] = entry.at(1).get<std::vector<int>>();
        states.push_back(rows);
    }
    return states;
}

}  // namespace

class TestTrajectory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyFrameIsTheSamplersState_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("ancestral, cached, corpus lengths") << "trajectory-ancestral.json";
        QTest::newRow("confidence, uncached") << "trajectory-confidence.json";
    }

    void everyFrameIsTheSamplersState() {
        QFETCH(QString, file);
        const std::string path = kData + file.toStdString();
        const dbw::Trajectory trajectory = dbw::Trajectory::load(path);
        const auto states = recordedStates(path);
        QCOMPARE(trajectory.steps(), static_cast<int>(states.size()));
        QVERIFY(trajectory.steps() >= 16);
        for (int s = 0; s < trajectory.sampleCount(); ++s)
            QCOMPARE(trajectory.state(s, 0),
                     std::vector<int>(static_cast<std::size_t>(trajectory.length(s)),
                                      trajectory.maskId()));
        int checkedChanges = 0;
        for (int k = 1; k <= trajectory.steps(); ++k) {
            int masks = 0, revealed = 0;
            for (int s = 0; s < trajectory.sampleCount(); ++s) {
                const std::vector<int> expected =
                    states[static_cast<std::size_t>(k - 1)][static_cast<std::size_t>(s)];
                QCOMPARE(trajectory.state(s, k), expected);
                for (int p = 0; p < trajectory.length(s); ++p) {
                    masks += expected[static_cast<std::size_t>(p)] == trajectory.maskId();
                    const bool wasMasked =
                        k == 1 ||
                        states[static_cast<std::size_t>(k - 2)][static_cast<std::size_t>(s)]
                              [static_cast<std::size_t>(p)] == trajectory.maskId();
                    revealed +=
                        wasMasked && expected[static_cast<std::size_t>(p)] != trajectory.maskId();
                }
            }
            QCOMPARE(trajectory.step(k).masksLeft, masks);
            QCOMPARE(trajectory.masksLeft(k), masks);
            QCOMPARE(trajectory.step(k).revealed, revealed);
            if (revealed > 0) {
                QCOMPARE(trajectory.nextChange(k - 1), k);
                ++checkedChanges;
            }
        }
        QVERIFY(checkedChanges > 3);
        QCOMPARE(trajectory.masksLeft(trajectory.steps()), 0);
        QCOMPARE(trajectory.nextChange(trajectory.steps()), trajectory.steps());
        QCOMPARE(trajectory.previousChange(0), 0);
        // The surfaces spell the text SentencePiece decoded.
        for (int s = 0; s < trajectory.sampleCount(); ++s) {
            std::string spelled;
            for (int p = 0; p < trajectory.length(s); ++p)
                spelled += trajectory.surface(s, p);
            QCOMPARE(QString::fromStdString(spelled), QString::fromStdString(trajectory.text(s)));
        }
    }

    void alternativesAreTheNewestNetworkOutput() {
        const dbw::Trajectory trajectory =
            dbw::Trajectory::load(kData + "trajectory-confidence.json");
        // Uncached: the network ran for every unfinished sample at every step.
        for (int k = 1; k <= trajectory.steps(); ++k)
            QCOMPARE(trajectory.step(k).networkRuns,
                     trajectory.masksLeft(k - 1) > 0 ? trajectory.sampleCount() : 0);
        for (int s = 0; s < trajectory.sampleCount(); ++s)
            for (int p = 0; p < trajectory.length(s); ++p) {
                QVERIFY(!trajectory.alternatives(s, p, 0));
                const int reveal = trajectory.revealStep(s, p);
                const auto top = trajectory.alternatives(s, p, reveal);
                QVERIFY(top);
                QCOMPARE(top.step, reveal);
                QVERIFY(top.count == 5);
                for (int a = 1; a < top.count; ++a)
                    QVERIFY(top.probabilities[a] <= top.probabilities[a - 1]);
                // Confidence commits the drawn token; its probability is among what was recorded.
                QVERIFY(trajectory.confidence(s, p) > 0.0f);
                // After the reveal no newer guess exists for the cell.
                QCOMPARE(trajectory.alternatives(s, p, trajectory.steps()).step, reveal);
            }
    }

    void wordPieceSurfacesSpellTheDecodedText() {
        const auto tokenizer = dbw::loadTokenizer(kData + "overfit-vocab.txt");
        std::mt19937 generator(5);
        std::uniform_int_distribution<int> id(0, tokenizer->vocabSize() - 1);
        for (int trial = 0; trial < 200; ++trial) {
            std::vector<int> ids(static_cast<std::size_t>(1 + trial % 20));
            std::vector<std::string> pieces;
            for (int &value : ids) {
                value = id(generator);
                pieces.push_back(tokenizer->idToPiece(value));
            }
            std::string spelled;
            for (const std::string &surface : dbw::pieceSurfaces(pieces, "wordpiece"))
                spelled += surface;
            QCOMPARE(QString::fromStdString(spelled),
                     QString::fromStdString(tokenizer->decode(ids)));
        }
    }

    void sentencePieceSurfaces() {
        const auto spelled = [](const std::vector<std::string> &pieces) {
            std::string text;
            for (const std::string &surface : dbw::pieceSurfaces(pieces, "sentencepiece"))
                text += surface;
            return QString::fromStdString(text);
        };
        QCOMPARE(spelled({"\xE2\x96\x81The",
                          "\xE2\x96\x81"
                          "cat",
                          "s", "."}),
                 QString("The cats."));
        QCOMPARE(spelled({"[CLS]",
                          "\xE2\x96\x81"
                          "a",
                          "[UNK]", "b"}),
                 QString::fromUtf8("a \xE2\x81\x87 b"));
        // A seq2seq sample's [SEP] between source and target is visible.
        QCOMPARE(spelled({"\xE2\x96\x81"
                          "a",
                          "[SEP]",
                          "\xE2\x96\x81"
                          "b"}),
                 QString("a [SEP] b"));
        // Byte pieces join into the character they spell; a stray byte is U+FFFD.
        QCOMPARE(spelled({"\xE2\x96\x81"
                          "caf",
                          "<0xC3>", "<0xA9>"}),
                 QString::fromUtf8("caf\xC3\xA9"));
        QCOMPARE(spelled({"x", "<0xC3>"}), QString::fromUtf8("x\xEF\xBF\xBD"));
    }

    void pieceSurfacesNeverShowTheBoundarySymbol() {
        // Guesses and tooltips spell a piece as it reads inside a text. The lone word-boundary
        // piece used to come back raw ("▁") because, spelled alone, it is an empty surface.
        const std::string path = kData + "trajectory-ancestral.json";
        const auto trajectory = dbw::Trajectory::load(path);
        QCOMPARE(trajectory.piece(261), std::string("\xE2\x96\x81"));
        QCOMPARE(trajectory.pieceSurface(261), std::string(" "));
        QCOMPARE(trajectory.pieceSurface(263), std::string(" the"));
        QCOMPARE(trajectory.pieceSurface(262), std::string("s"));
        const json pieces = json::parse(dbw::readWholeFile(path)).at("pieces");
        QVERIFY(pieces.size() > 20);
        for (const auto &[id, piece] : pieces.items())
            QVERIFY2(
                trajectory.pieceSurface(std::stoi(id)).find("\xE2\x96\x81") == std::string::npos,
                id.c_str());
    }

    void badFilesAreNamed_data() {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << "garbage"
                                  << "not JSON";
        QTest::newRow("format") << "format"
                                << "dbw-trajectory/1";
        QTest::newRow("revealed twice") << "twice"
                                        << "already revealed";
        QTest::newRow("never revealed") << "never"
                                        << "never revealed";
        QTest::newRow("outside") << "outside"
                                 << "outside the samples";
        QTest::newRow("steps") << "steps"
                               << "number of recorded steps";
        QTest::newRow("no samples") << "empty"
                                    << "no samples";
        QTest::newRow("piece key") << "piece key"
                                   << "not a token id";
    }

    void badFilesAreNamed() {
        QFETCH(QString, edit);
        QFETCH(QString, message);
        json document = json::parse(dbw::readWholeFile(kData + "trajectory-confidence.json"));
        std::string text;
        if (edit == "garbage") {
            text = "{\"format\": ";
        } else {
            if (edit == "format")
                document["format"] = "dbw-trajectory/9";
            if (edit == "twice")
                document["steps"][1]["revealed"].push_back(document["steps"][0]["revealed"][0]);
            if (edit == "never")
                document["steps"][0]["revealed"].erase(0);
            if (edit == "outside")
                document["steps"][0]["revealed"][0][1] = 999;
            if (edit == "steps")
                document["step_size"] = 1;
            if (edit == "empty") {
                document["lengths"] = json::array();
                document["final"] = json::array();
                document["texts"] = json::array();
            }
            if (edit == "piece key")
                document["pieces"]["x7"] = "oops";
            text = document.dump();
        }
        try {
            dbw::Trajectory::fromJson(text, "bad.json");
            QFAIL("accepted a bad trajectory");
        } catch (const dbw::InputError &error) {
            QCOMPARE(QString::fromStdString(error.file()), QString("bad.json"));
            QVERIFY2(QString::fromStdString(error.message()).contains(message), error.what());
        }
    }

    void htmlCarriesEveryCell() {
        const dbw::Trajectory trajectory =
            dbw::Trajectory::load(kData + "trajectory-ancestral.json");
        const std::string page = dbw::replayHtml(trajectory, "a <title> & more");
        QVERIFY(page.find("<title>a &lt;title&gt; &amp; more</title>") != std::string::npos);
        const std::size_t start = page.find("<script id=\"data\" type=\"application/json\">");
        QVERIFY(start != std::string::npos);
        const std::size_t from = page.find('>', start) + 1;
        const json data = json::parse(page.substr(from, page.find("</script>", from) - from));
        QCOMPARE(data.at("steps").size(), static_cast<std::size_t>(trajectory.steps()));
        for (int s = 0; s < trajectory.sampleCount(); ++s)
            for (int p = 0; p < trajectory.length(s); ++p) {
                QCOMPARE(data["samples"][s]["reveal"][p].get<int>(), trajectory.revealStep(s, p));
                QCOMPARE(data["samples"][s]["surfaces"][p].get<std::string>(),
                         trajectory.surface(s, p));
            }
    }
};

QTEST_GUILESS_MAIN(TestTrajectory)
#include "tst_trajectory.moc"
