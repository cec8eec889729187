// The denoising viewer: what the token view shows at every frame of a recorded trajectory, the
// player's controls and shortcuts, sampling from a run's checkpoint on the worker (with cancel),
// exports read back, the HTML page replayed by headless Chromium, and the redraw time of a
// 1000-step x 128-token x 16-sample trajectory (reported, not asserted).
#include "denoisingpage.h"
#include "evaluatedialog.h"
#include "evaluationcontroller.h"
#include "revealgrid.h"
#include "runpage.h"
#include "samplingcontroller.h"
#include "tokenview.h"
#include "trajectoryframes.h"

#include "eval/elbo.h"
#include "sample/replayhtml.h"
#include "sample/sampleexport.h"
#include "sample/trajectory.h"
#include "store/runstore.h"
#include "text/corpus.h"
#include "util/files.h"

#include "../cli/processrunner.h"

#include <nlohmann/json.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QLineEdit>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QtTest>

#include <filesystem>
#include <random>

using nlohmann::json;

namespace {

const QString kData = QStringLiteral(DBW_SOURCE_DIR "/tests/data/");
const QString kDbw = QStringLiteral(DBW_BIN_DIR "/dbw");

std::shared_ptr<const dbw::Trajectory> fixture(const QString &name) {
    return std::make_shared<const dbw::Trajectory>(
        dbw::Trajectory::load((kData + name).toStdString()));
}

// A trajectory shaped like a long run: T = 1000 steps of size 1, 16 samples of 128 tokens, each
// position revealed at a random step, the network's guesses recorded whenever a sample changed
// (as the cache does). Only for timing the view.
std::string largeTrajectory() {
    const int steps = 1000, samples = 16, length = 128, vocabulary = 400, alternatives = 5;
    std::mt19937 generator(11);
    std::uniform_int_distribution<int> stepOf(1, steps), tokenOf(5, vocabulary - 1);
    std::vector<std::vector<int>> reveal(samples, std::vector<int>(length)), tokens = reveal;
    json stepRecords = json::array();
    for (int k = 1; k <= steps; ++k)
        stepRecords.push_back({{"t", steps - k},
                               {"alpha", double(k) / steps},
                               {"ran", json::array()},
                               {"revealed", json::array()},
                               {"guesses", json::array()}});
    for (int s = 0; s < samples; ++s) {
        std::vector<bool> changed(steps + 1, false);
        changed[1] = true;
        for (int p = 0; p < length; ++p) {
            reveal[s][p] = stepOf(generator);
            tokens[s][p] = tokenOf(generator);
            stepRecords[reveal[s][p] - 1]["revealed"].push_back(
                {s, p, tokens[s][p], 0.01 * (p % 100)});
            if (reveal[s][p] < steps)
                changed[reveal[s][p] + 1] = true;
        }
        for (int k = 1; k <= steps; ++k) {
            if (!changed[k])
                continue;
            stepRecords[k - 1]["ran"].push_back(s);
            for (int p = 0; p < length; ++p)
                if (reveal[s][p] >= k) {
                    json ids = json::array(), probabilities = json::array();
                    for (int a = 0; a < alternatives; ++a) {
                        ids.push_back(a == 0 ? tokens[s][p] : tokenOf(generator));
                        probabilities.push_back(0.5 / (a + 1));
                    }
                    stepRecords[k - 1]["guesses"].push_back({s, p, ids, probabilities});
                }
        }
    }
    json pieces = json::object();
    for (int id = 0; id < vocabulary; ++id)
        pieces[std::to_string(id)] = "\xE2\x96\x81w" + std::to_string(id);
    json texts = json::array();
    for (int s = 0; s < samples; ++s)
        texts.push_back("");
    return json{{"format", "dbw-trajectory/1"},
                {"tokenizer", {{"kind", "sentencepiece"}}},
                {"mask_id", 4},
                {"T", steps},
                {"step_size", 1},
                {"sampler", json::object()},
                {"lengths", std::vector<int>(samples, length)},
                {"pieces", pieces},
                {"steps", stepRecords},
                {"final", tokens},
                {"texts", texts}}
        .dump();
}

// The text of each sample row in a DOM that Chromium dumped.
QStringList rowTexts(const QString &dom) {
    QStringList texts;
    static const QRegularExpression row(
        QStringLiteral("<div class=\"row\" id=\"sample-(\\d+)\">(.*?)</div>"),
        QRegularExpression::DotMatchesEverythingOption);
    for (auto match = row.globalMatch(dom); match.hasNext();)
        texts.append(QTextDocumentFragment::fromHtml(
                         QStringLiteral("<pre>%1</pre>").arg(match.next().captured(2)))
                         .toPlainText());
    return texts;
}

}  // namespace

class TestDenoising : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    qint64 m_runId = 0;

private Q_SLOTS:
    void initTestCase() {
        m_store = m_dir.filePath("runs.sqlite");
        const ProcessResult trained =
            trainOverfitRun(kDbw, kData, m_dir.filePath("run"), m_store, "denoised", 30,
                            {"training.validate_every=30"});
        QVERIFY2(trained.exitCode == 0, qPrintable(trained.err));
        const dbw::RunStore store(m_store.toStdString());
        m_runId = store.listRuns().front().id;
    }

    void viewShowsTheRecordedStateAtEveryFrame() {
        const auto trajectory = fixture("trajectory-ancestral.json");
        const json document = json::parse(trajectory->json());
        DenoisingPage page;
        page.setTrajectory(trajectory);
        const QVector<QStringList> layout = page.frames()->layoutTexts();
        std::vector<std::vector<int>> previous;
        for (int s = 0; s < trajectory->sampleCount(); ++s)
            previous.emplace_back(static_cast<std::size_t>(trajectory->length(s)),
                                  trajectory->maskId());
        for (int k = 0; k <= trajectory->steps(); ++k) {
            page.setFrame(k);
            QCOMPARE(page.frame(), k);
            const QVector<TokenView::Cell> &cells = page.tokenView()->frameCells();
            std::vector<std::vector<int>> state = previous;
            if (k > 0)
                for (const json &entry : document["steps"][k - 1]["states"])
                    state[entry[0].get<std::size_t>()] = entry[1].get<std::vector<int>>();
            int cell = 0;
            for (int s = 0; s < trajectory->sampleCount(); ++s)
                for (int p = 0; p < trajectory->length(s); ++p, ++cell) {
                    const int id = state[s][p];
                    const bool masked = id == trajectory->maskId();
                    const bool now = !masked && previous[s][p] == trajectory->maskId() && k > 0;
                    const auto expected = masked ? TokenView::CellState::Masked
                                          : now  ? TokenView::CellState::RevealedNow
                                                 : TokenView::CellState::Revealed;
                    QVERIFY2(
                        cells[cell].state == expected,
                        qPrintable(QString("frame %1 sample %2 position %3").arg(k).arg(s).arg(p)));
                    if (!masked)
                        QCOMPARE(id, trajectory->token(s, p));  // the text drawn is this token's
                    if (now)
                        QCOMPARE(cells[cell].confidence, trajectory->confidence(s, p));
                }
            previous = state;
            QVERIFY(page.stepText().contains(
                QString("Frame %1 of %2").arg(k).arg(trajectory->steps())));
        }
        for (int s = 0; s < trajectory->sampleCount(); ++s)
            QCOMPARE(layout[s].join(QString()), QString::fromStdString(trajectory->text(s)));

        // Guesses under the masks: the newest network output's top token, greyed.
        page.setShowGuesses(true);
        page.setFrame(trajectory->steps() / 2);
        int guesses = 0, cell = 0;
        for (int s = 0; s < trajectory->sampleCount(); ++s)
            for (int p = 0; p < trajectory->length(s); ++p, ++cell) {
                const TokenView::Cell &shown = page.tokenView()->frameCells()[cell];
                if (!trajectory->isMasked(s, p, page.frame()))
                    continue;
                const auto top = trajectory->alternatives(s, p, page.frame());
                QVERIFY(top);  // the network ran at step 1 for every position
                QVERIFY(shown.state == TokenView::CellState::Guess);
                QCOMPARE(shown.text, QString::fromStdString(trajectory->pieceSurface(top.ids[0])));
                ++guesses;
            }
        QVERIFY(guesses > 0);
        page.setFrame(0);
        for (const TokenView::Cell &shown : page.tokenView()->frameCells())
            QVERIFY(shown.state == TokenView::CellState::Masked);  // nothing has run before step 1
        QVERIFY(
            page.frames()->toolTip(0, 0, trajectory->steps()).contains("Top alternatives at step"));
    }

    void tokensReadAsWordsAndMasksHideLengths() {
        const auto trajectory = fixture("trajectory-ancestral.json");
        DenoisingPage page;
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setTrajectory(trajectory);
        const TokenView *view = page.tokenView();
        const QVector<QStringList> texts = page.frames()->layoutTexts();
        const int spaceWidth = view->fontMetrics().horizontalAdvance(QLatin1Char(' '));

        // All masked: one box width, whatever the token under it.
        page.setFrame(0);
        QSet<int> widths;
        for (int s = 0; s < trajectory->sampleCount(); ++s)
            for (int p = 0; p < trajectory->length(s); ++p)
                widths.insert(view->cellRect(s, p).width());
        QCOMPARE(widths, QSet<int>{view->maskWidth()});

        // All revealed: the pieces of a word touch, words are at least a space apart, and no
        // label carries the word-boundary symbol.
        page.setFrame(trajectory->steps());
        int joins = 0;
        for (int s = 0; s < trajectory->sampleCount(); ++s)
            for (int p = 1; p < trajectory->length(s); ++p) {
                const QRect before = view->cellRect(s, p - 1), box = view->cellRect(s, p);
                QVERIFY(!texts[s][p].contains(QString::fromUtf8("\xE2\x96\x81")));
                if (box.top() != before.top())
                    continue;  // wrapped
                const bool wordStart = texts[s][p].startsWith(QLatin1Char(' '));
                if (wordStart) {
                    QVERIFY2(box.left() - before.right() - 1 >= spaceWidth,
                             qPrintable(QString("%1/%2").arg(s).arg(p)));
                } else {
                    QCOMPARE(box.left(), before.right() + 1);
                    ++joins;
                }
            }
        QVERIFY(joins > 0);  // the fixture has words of several pieces ("s", "ed", "ing")

        // Guesses under the masks are legible: the box is as wide as the guess needs.
        page.setShowGuesses(true);
        page.setFrame(trajectory->steps() / 2);
        QFont italic = view->font();
        italic.setItalic(true);
        int guesses = 0;
        int cell = 0;
        for (int s = 0; s < trajectory->sampleCount(); ++s)
            for (int p = 0; p < trajectory->length(s); ++p, ++cell) {
                const TokenView::Cell &shown = view->frameCells()[cell];
                if (shown.state != TokenView::CellState::Guess)
                    continue;
                ++guesses;
                QVERIFY(view->cellRect(s, p).width() >= view->maskWidth());
                QVERIFY(view->cellRect(s, p).width() >=
                        QFontMetrics(italic).horizontalAdvance(shown.text.trimmed()));
            }
        QVERIFY(guesses > 0);
        if (const QString dir = qEnvironmentVariable("DBW_SCREENSHOT_DIR"); !dir.isEmpty()) {
            page.grab().save(dir + "/denoise-guesses-1280.png");
            page.setShowGuesses(false);
            page.grab().save(dir + "/denoise-masks-1280.png");
            page.resize(1920, 1080);
            page.setFrame(trajectory->steps());
            QCoreApplication::processEvents();
            page.grab().save(dir + "/denoise-final-1920.png");
        }
    }

    void controlsAndShortcuts() {
        const auto trajectory = fixture("trajectory-ancestral.json");
        DenoisingPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setTrajectory(trajectory);
        page.tokenView()->setFocus();
        const int last = trajectory->steps();
        QTest::keyClick(page.tokenView(), Qt::Key_End);
        QCOMPARE(page.frame(), last);
        QTest::keyClick(page.tokenView(), Qt::Key_Home);
        QCOMPARE(page.frame(), 0);
        QTest::keyClick(page.tokenView(), Qt::Key_Right);
        QCOMPARE(page.frame(), 1);
        QTest::keyClick(page.tokenView(), Qt::Key_N);
        QCOMPARE(page.frame(), trajectory->nextChange(1));
        QTest::keyClick(page.tokenView(), Qt::Key_Left);
        QCOMPARE(page.frame(), trajectory->nextChange(1) - 1);
        page.findChild<QSlider *>("frameSlider")->setValue(7);
        QCOMPARE(page.frame(), 7);
        // The grid: a click on a column jumps to that step.
        RevealGrid *grid = page.revealGrid();
        QCOMPARE(grid->currentStep(), 7);
        QPoint target;
        for (int x = 0; x < grid->width() && target.isNull(); ++x)
            if (grid->cellAt(QPoint(x, grid->height() / 2)).first == 20)
                target = QPoint(x, grid->height() / 2);
        QVERIFY(!target.isNull());
        QTest::mouseClick(grid, Qt::LeftButton, {}, target);
        QCOMPARE(page.frame(), 20);
        // Play to the end at the fastest speed; space toggles.
        QTest::keyClick(page.tokenView(), Qt::Key_Space);
        QVERIFY(page.isPlaying());
        QTest::keyClick(page.tokenView(), Qt::Key_Space);
        QVERIFY(!page.isPlaying());
        const int paused = page.frame();
        QTest::qWait(300);
        QCOMPARE(page.frame(), paused);
        page.setPlaying(true);
        QTRY_COMPARE_WITH_TIMEOUT(page.frame(), last, 20000);
        QTRY_VERIFY(!page.isPlaying());

        if (const QString dir = qEnvironmentVariable("DBW_SCREENSHOT_DIR"); !dir.isEmpty()) {
            page.setShowGuesses(true);
            page.setFrame(last / 2);
            page.grab().save(dir + "/denoising-mid.png");
            page.setShowGuesses(false);
            page.setFrame(last / 2 + 1);
            page.grab().save(dir + "/denoising-mid-committed.png");
        }
    }

    void exportsReadBack() {
        const auto trajectory = fixture("trajectory-ancestral.json");
        DenoisingPage page;
        page.resize(1200, 800);
        page.setTrajectory(trajectory);
        page.setFrame(10);
        QTemporaryDir out;
        QCOMPARE(page.exportTo(DenoisingPage::Export::Trajectory, out.filePath("t.json")),
                 QString());
        QCOMPARE(dbw::readWholeFile(out.filePath("t.json").toStdString()), trajectory->json());
        QCOMPARE(page.exportTo(DenoisingPage::Export::Samples, out.filePath("s.jsonl")), QString());
        const auto records = dbw::parseSamplesJsonLines(
            dbw::readWholeFile(out.filePath("s.jsonl").toStdString()), "s.jsonl");
        QCOMPARE(static_cast<int>(records.size()), trajectory->sampleCount());
        for (int s = 0; s < trajectory->sampleCount(); ++s) {
            QCOMPARE(records[s].text, trajectory->text(s));
            QCOMPARE(static_cast<int>(records[s].tokenIds.size()), trajectory->length(s));
            QCOMPARE(json::parse(records[s].samplerJson), json::parse(trajectory->samplerJson()));
        }
        QCOMPARE(page.exportTo(DenoisingPage::Export::Samples, out.filePath("s.txt")), QString());
        QCOMPARE(QString::fromStdString(dbw::readWholeFile(out.filePath("s.txt").toStdString()))
                     .split('\n', Qt::SkipEmptyParts)
                     .size(),
                 trajectory->sampleCount());
        QCOMPARE(page.exportTo(DenoisingPage::Export::Samples, out.filePath("s.csv")), QString());
        QVERIFY(QString::fromStdString(dbw::readWholeFile(out.filePath("s.csv").toStdString()))
                    .startsWith("run_id,step,index,length,text"));
        QVERIFY(page.exportTo(DenoisingPage::Export::Samples, out.filePath("s.xml"))
                    .contains("unknown sample format"));
        QVERIFY(!QFileInfo::exists(out.filePath("s.xml")));
        QCOMPARE(page.exportTo(DenoisingPage::Export::Image, out.filePath("v.png")), QString());
        const QImage image(out.filePath("v.png"));
        QVERIFY(!image.isNull() && image.width() > 400);
        QVERIFY(page.exportTo(DenoisingPage::Export::Html, out.filePath("missing/dir/r.html"))
                    .contains("missing"));
    }

    void htmlReplaysInChromium() {
        const QString chromium = QStandardPaths::findExecutable("chromium");
        if (chromium.isEmpty())
            QFAIL(
                "chromium is not installed (packaging/setup-debian.sh installs it for the tests)");
        const auto trajectory = fixture("trajectory-ancestral.json");
        DenoisingPage page;
        page.setTrajectory(trajectory);
        QTemporaryDir out;
        const QString html = out.filePath("replay.html");
        QCOMPARE(page.exportTo(DenoisingPage::Export::Html, html), QString());
        auto dump = [&](const QString &fragment) {
            // Virtual time runs the page's timers to completion without waiting for them.
            const ProcessResult r = runProcess(
                chromium,
                {"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--user-data-dir=" + out.filePath("profile"), "--virtual-time-budget=60000",
                 "--dump-dom", QUrl::fromLocalFile(html).toString() + fragment});
            return r.out;
        };
        const QStringList final = rowTexts(dump("#last"));
        QCOMPARE(final.size(), trajectory->sampleCount());
        for (int s = 0; s < trajectory->sampleCount(); ++s)
            QCOMPARE(final[s], QString::fromStdString(trajectory->text(s)));
        // Played by the page's own timer from frame 0 to the end.
        const QString played = dump("#play");
        QVERIFY(played.contains(QString("frame %1 / %1").arg(trajectory->steps())));
        QCOMPARE(rowTexts(played), final);
        const QStringList start = rowTexts(dump("#frame=0"));
        QCOMPARE(start.size(), trajectory->sampleCount());
        for (int s = 0; s < trajectory->sampleCount(); ++s) {
            QString masks;  // a mask glyph per token, with the space before each word
            for (int p = 0; p < trajectory->length(s); ++p)
                masks +=
                    (QString::fromStdString(trajectory->surface(s, p)).startsWith(' ') ? " " : "") +
                    QString("\u2592");
            QCOMPARE(start[s], masks);
        }
        // Drawn as in the window (issue 14): a grey box per masked token, every box one width and
        // wider than a glyph. Measured on Chromium's own rendering of frame 0.
        const QString shot = out.filePath("frame0.png");
        runProcess(chromium, {"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                              "--hide-scrollbars", "--user-data-dir=" + out.filePath("profile"),
                              "--window-size=1400,2400", "--screenshot=" + shot,
                              QUrl::fromLocalFile(html).toString() + "#frame=0"});
        const QImage image(shot);
        QVERIFY2(!image.isNull(), qPrintable(shot));
        const QRgb maskGrey = qRgb(0xC8, 0xC8, 0xC8);
        QSet<QPair<int, int>> previous;  // the grey runs (first, last x) of the row above
        QMap<int, int> boxWidths;        // width -> boxes
        for (int y = 0; y < image.height(); ++y) {
            QSet<QPair<int, int>> runs;
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixel(x, y) != maskGrey)
                    continue;
                const int first = x;
                while (x + 1 < image.width() && image.pixel(x + 1, y) == maskGrey)
                    ++x;
                runs.insert({first, x});
                if (!previous.contains({first, x}) && x - first >= 3)
                    ++boxWidths[x - first + 1];  // a box starts here (not a sliver of antialiasing)
            }
            previous = runs;
        }
        int masked = 0;
        for (int s = 0; s < trajectory->sampleCount(); ++s)
            masked += trajectory->length(s);
        QStringList widths;
        for (auto it = boxWidths.cbegin(); it != boxWidths.cend(); ++it)
            widths << QString("%1 px x %2").arg(it.key()).arg(it.value());
        // 3ch is a fractional number of pixels: a box is one of two neighbouring widths. The
        // legend shows one box too.
        QVERIFY2(boxWidths.size() <= 2 && boxWidths.lastKey() - boxWidths.firstKey() <= 1,
                 qPrintable(widths.join(", ")));
        QCOMPARE(boxWidths.first() + (boxWidths.size() == 2 ? boxWidths.last() : 0), masked + 1);
        QVERIFY2(
            boxWidths.firstKey() >= 18,
            qPrintable(QString::number(boxWidths.firstKey())));  // 3ch of a 14 px monospace font
    }

    void htmlSurvivesHostileTokenText() {
        const QString chromium = QStandardPaths::findExecutable("chromium");
        if (chromium.isEmpty())
            QFAIL(
                "chromium is not installed (packaging/setup-debian.sh installs it for the tests)");
        // A model trained on web text can emit any text: a token that opens an HTML comment and a
        // script, one that closes the data element, and a title naming the page's data slot.
        json document =
            json::parse(dbw::readWholeFile((kData + "trajectory-ancestral.json").toStdString()));
        const std::string first = std::to_string(document["final"][0][0].get<int>());
        const std::string second = std::to_string(document["final"][0][1].get<int>());
        document["pieces"][first] = "\u2581<!--<script>";
        document["pieces"][second] = "</script>&amp;";
        const auto trajectory = std::make_shared<const dbw::Trajectory>(
            dbw::Trajectory::fromJson(document.dump(), "hostile"));
        QTemporaryDir out;
        const QString html = out.filePath("hostile.html");
        QFile file(html);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QByteArray::fromStdString(dbw::replayHtml(*trajectory, "@DATA@ </title><b>bold")));
        file.close();
        const ProcessResult r =
            runProcess(chromium, {"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                  "--user-data-dir=" + out.filePath("profile"), "--dump-dom",
                                  QUrl::fromLocalFile(html).toString() + "#last"});
        const QStringList rows = rowTexts(r.out);
        QCOMPARE(rows.size(), trajectory->sampleCount());
        for (int s = 0; s < trajectory->sampleCount(); ++s) {
            QString spelled;
            for (int p = 0; p < trajectory->length(s); ++p)
                spelled += QString::fromStdString(trajectory->surface(s, p));
            QCOMPARE(rows[s], spelled);
        }
        QVERIFY(rows[0].startsWith("<!--<script></script>&amp;"));
    }

    void samplesFromARunCheckpoint() {
        DenoisingPage page;
        page.showRun(m_store, m_runId);
        auto *checkpoint = page.findChild<QComboBox *>("checkpoint");
        QVERIFY(checkpoint->count() >= 1);
        page.findChild<QSpinBox *>("samples")->setValue(3);
        page.findChild<QSpinBox *>("length")->setValue(12);
        page.findChild<QSpinBox *>("stepSize")->setValue(4);
        page.findChild<QSpinBox *>("seed")->setValue(9);
        QSignalSpy shown(&page, &DenoisingPage::trajectoryShown);
        QSignalSpy failed(&page, &DenoisingPage::samplingFailed);
        QSignalSpy progress(page.controller(), &SamplingController::progress);
        // Issue 14: an ETA for generation (connected after the page, so the bar is updated).
        QStringList formats;
        auto *bar = page.findChild<QProgressBar *>();
        QVERIFY(bar);
        connect(page.controller(), &SamplingController::progress, &page,
                [&] { formats << bar->format(); });
        QVERIFY(page.generate());
        QVERIFY(!page.generate());  // one at a time
        QVERIFY2(shown.wait(120000),
                 failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
        QCOMPARE(progress.size(), 16);                       // T = 64, step size 4
        QCOMPARE(formats.first(), QString("step 1 of 16"));  // no rate yet
        QVERIFY2(formats[14].startsWith("step 15 of 16 · ") && formats[14].endsWith(" left"),
                 qPrintable(formats.join(" | ")));
        const dbw::Trajectory &trajectory = page.frames()->trajectory();
        QCOMPARE(trajectory.sampleCount(), 3);
        QCOMPARE(trajectory.steps(), 16);
        QCOMPARE(page.frame(), 0);
        QTRY_VERIFY(
            !page.controller()->isRunning());  // the rows are written after the samples are shown
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const dbw::RunStore store(m_store.toStdString(), dbw::RunStore::Mode::ReadOnly);
        const auto samples = store.samples(m_runId);
        QCOMPARE(samples.size(), std::size_t(3));
        for (int s = 0; s < 3; ++s)
            QCOMPARE(samples[s].text, trajectory.text(s));
        const auto trajectories = store.trajectories(m_runId);
        QCOMPARE(trajectories.size(), std::size_t(1));
        QCOMPARE(trajectories.front().data, trajectory.json());
        // The recorded trajectory is listed under the run and reopens from the store as it was.
        const std::string recordedJson = trajectory.json();
        page.showRun(m_store, m_runId);
        auto *recorded = page.findChild<QComboBox *>("recordedTrajectories");
        QCOMPARE(recorded->count(), 1);
        QVERIFY(recorded->isEnabled());
        QVERIFY2(recorded->itemText(0).contains("3 sample") &&
                     recorded->itemText(0).contains("step size 4"),
                 qPrintable(recorded->itemText(0)));
        page.setTrajectory(nullptr);
        QVERIFY(page.openRecorded(recorded->itemData(0).toLongLong()));
        QVERIFY2(shown.wait(60000),
                 failed.isEmpty() ? "timeout" : qPrintable(failed.last().first().toString()));
        QCOMPARE(page.frames()->trajectory().json(), recordedJson);
        // One deleted meanwhile is reported, not shown.
        QTRY_VERIFY(!page.controller()->isRunning());
        QVERIFY(page.openRecorded(recorded->itemData(0).toLongLong() + 1000));
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.last().first().toString().contains("no longer in the store"),
                 qPrintable(failed.last().first().toString()));
        // Exported samples say which run and checkpoint step they came from, like the store's rows.
        QTemporaryDir out;
        QCOMPARE(page.exportTo(DenoisingPage::Export::Samples, out.filePath("s.jsonl")), QString());
        const auto exported = dbw::parseSamplesJsonLines(
            dbw::readWholeFile(out.filePath("s.jsonl").toStdString()), "s.jsonl");
        QCOMPARE(exported.size(), std::size_t(3));
        for (std::size_t s = 0; s < 3; ++s) {
            QCOMPARE(exported[s].runId, m_runId);
            QCOMPARE(exported[s].step, samples[s].step);
            QCOMPARE(exported[s].text, samples[s].text);
        }
    }

    void promptFixesTokensAndShowsThemApart() {
        // Issue 16: the Denoise page's prompt field (dbw sample --prompt's syntax); fixed tokens
        // never change and are drawn as fixed from frame 0, apart from revealed ones.
        DenoisingPage page;
        page.showRun(m_store, m_runId);
        page.findChild<QSpinBox *>("samples")->setValue(4);
        page.findChild<QSpinBox *>("stepSize")->setValue(4);
        page.findChild<QLineEdit *>("prompt")->setText("the ___ sat ___{..3}");
        QSignalSpy shown(&page, &DenoisingPage::trajectoryShown);
        QSignalSpy failed(&page, &DenoisingPage::samplingFailed);
        QVERIFY(page.generate());
        QVERIFY2(shown.wait(120000),
                 failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
        const dbw::Trajectory &trajectory = page.frames()->trajectory();
        QCOMPARE(trajectory.sampleCount(), 4);
        const auto frame0 = page.frames()->cells(0, false);
        QCOMPARE(frame0[0].state, TokenView::CellState::Fixed);   // "the"
        QCOMPARE(frame0[1].state, TokenView::CellState::Masked);  // ___
        QCOMPARE(frame0[2].state, TokenView::CellState::Fixed);   // "sat"
        for (int s = 0; s < trajectory.sampleCount(); ++s) {
            QVERIFY2(QString::fromStdString(trajectory.text(s)).startsWith("the "),
                     trajectory.text(s).c_str());
            QCOMPARE(QString::fromStdString(trajectory.text(s)).split(' ').value(2),
                     QString("sat"));
            QVERIFY(trajectory.length(s) >= 4 && trajectory.length(s) <= 6);
        }
        QVERIFY(page.frames()->toolTip(0, 0, 0).contains("fixed by the prompt"));
        // The HTML replay counts only the prompt's masked positions at frame 0, and marks the
        // fixed.
        QTemporaryDir html;
        QCOMPARE(page.exportTo(DenoisingPage::Export::Html, html.filePath("prompt.html")),
                 QString());
        const ProcessResult dumped =
            runProcess(QStandardPaths::findExecutable("chromium"),
                       {"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--user-data-dir=" + html.filePath("profile"), "--dump-dom",
                        QUrl::fromLocalFile(html.filePath("prompt.html")).toString() + "#frame=0"});
        QVERIFY2(dumped.out.contains(QString("masks left %1").arg(trajectory.masksLeft(0))),
                 qPrintable(dumped.out.right(2000)));
        QVERIFY(dumped.out.contains("class=\"t fx\""));
        QTRY_VERIFY(!page.controller()->isRunning());
        page.showRun(m_store, m_runId);  // the recorded trajectory says what it was prompted with
        const auto *recorded = page.findChild<QComboBox *>("recordedTrajectories");
        QVERIFY2(recorded->itemText(0).contains("prompt “the ___ sat ___{..3}”"),
                 qPrintable(recorded->itemText(0)));
        // A malformed prompt is reported at the field's syntax, nothing sampled.
        page.findChild<QLineEdit *>("prompt")->setText("the ___{x}");
        QVERIFY(page.generate());
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.last().first().toString().contains("expected a number of tokens"),
                 qPrintable(failed.last().first().toString()));
    }

    void evaluatesFromTheWindow() {
        // The dialog: the run's validation file is offered (no held-out share: it has a file),
        // a step size that does not divide T keeps OK disabled.
        EvaluateDialog dialog(m_store, m_runId);
        QVERIFY(dialog.findChild<QRadioButton *>("splitValidation")->isChecked());
        QVERIFY(!dialog.findChild<QRadioButton *>("splitHeldOut")->isEnabled());
        QVERIFY(dialog.findChild<QComboBox *>("evalCheckpoint")->count() >= 1);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog.findChild<QSpinBox *>("evalStepSize")->setValue(5);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problem().contains("divide T = 64"));
        dialog.findChild<QSpinBox *>("evalStepSize")->setValue(16);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog.problem()));
        EvaluationController::Request request = dialog.request();
        QCOMPARE(request.file, kData + "overfit-eight.txt");
        request.precision = "fp32";

        // On the worker, with progress; the figures equal dbw eval's and land in the store.
        EvaluationController controller;
        QSignalSpy finished(&controller, &EvaluationController::finished);
        QSignalSpy failed(&controller, &EvaluationController::failed);
        QSignalSpy progress(&controller, &EvaluationController::progress);
        const std::size_t before =
            dbw::RunStore(m_store.toStdString(), dbw::RunStore::Mode::ReadOnly)
                .evals(m_runId)
                .size();
        QVERIFY(controller.start(request));
        QVERIFY(!controller.start(request));  // one at a time
        QVERIFY2(finished.wait(120000),
                 failed.isEmpty() ? "timeout" : qPrintable(failed.first().first().toString()));
        QVERIFY(progress.size() >= 1);
        const dbw::ElboResult direct =
            dbw::evaluateCheckpoint(request.checkpoint.toStdString(), request.file.toStdString(),
                                    request.recipe, "cpu", {}, "fp32");
        const json results = json::parse(finished.first().at(1).toString().toStdString());
        QCOMPARE(results["nats_per_token"].get<double>(), direct.natsPerToken);
        QTRY_VERIFY(!controller.isRunning());
        {
            const auto evals =
                dbw::RunStore(m_store.toStdString(), dbw::RunStore::Mode::ReadOnly).evals(m_runId);
            QCOMPARE(evals.size(), before + 1);
            QCOMPARE(evals.back().step, request.step);
            QVERIFY(!evals.back().perSentenceJson.empty());  // pairable in Compare
        }
        RunPage page;
        page.showRun(m_store, m_runId);
        QVERIFY2(page.evaluationsText().contains("s = 16 of T = 64") &&
                     page.evaluationsText().contains("overfit-eight.txt"),
                 qPrintable(page.evaluationsText()));

        // Cancelled: reported, nothing stored.
        request.recipe.stepSize = 1;
        QVERIFY(controller.start(request));
        controller.cancel();
        QVERIFY(failed.wait(120000));
        QCOMPARE(failed.last().first().toString(), QString("Evaluation cancelled."));
        QTRY_VERIFY(!controller.isRunning());
        QCOMPARE(dbw::RunStore(m_store.toStdString(), dbw::RunStore::Mode::ReadOnly)
                     .evals(m_runId)
                     .size(),
                 before + 1);

        // The held-out share is the one training holds out: same texts, fraction and seed.
        EvaluationController::Request heldOut;
        heldOut.split = EvaluationController::Split::HeldOutShare;
        heldOut.file = kData + "overfit-eight.txt";
        heldOut.fraction = 0.25;
        heldOut.seed = 42;
        std::string name;
        std::vector<std::string> sources;
        const auto share = EvaluationController::sentences(heldOut, &name, &sources);
        QVERIFY(sources.empty());  // a language model's split has no sources
        std::vector<std::string> texts =
            dbw::readCorpus((kData + "overfit-eight.txt").toStdString()).allTexts();
        QCOMPARE(share, dbw::holdOutShare(texts, 0.25, 42));
        QCOMPARE(share.size(), std::size_t(2));
        QVERIFY2(name.find("held-out") == 0 && name.find("seed 42") != std::string::npos,
                 name.c_str());
    }

    void checkpointListFollowsTraining() {
        DenoisingPage page;
        page.showRun(m_store, m_runId);
        auto *checkpoint = page.findChild<QComboBox *>("checkpoint");
        const int before = checkpoint->count();
        QVERIFY(before >= 1);
        checkpoint->setCurrentIndex(before - 1);
        const QString chosen = checkpoint->currentData().toString();
        // The trainer writes a newer checkpoint: the list gains it and keeps the choice.
        const QString newer = m_dir.filePath("run/checkpoints/step-00099999");
        std::filesystem::copy(chosen.toStdString(), newer.toStdString(),
                              std::filesystem::copy_options::recursive);
        {
            dbw::RunStore store(m_store.toStdString());
            dbw::CheckpointRecord record{0, m_runId, 99999, newer.toStdString(), 1, "{}", ""};
            store.addCheckpoint(record);
        }
        page.showRun(m_store, m_runId);
        QCOMPARE(checkpoint->count(), before + 1);
        QCOMPARE(checkpoint->itemText(0),
                 QString("step 99999"));  // a label, the path in the tooltip
        QCOMPARE(checkpoint->itemData(0, Qt::ToolTipRole).toString(),
                 QDir::toNativeSeparators(newer));
        for (int i = 0; i < checkpoint->count(); ++i)
            QVERIFY2(!checkpoint->itemText(i).contains(m_dir.path()),
                     qPrintable(checkpoint->itemText(i)));
        for (int i = 0; i < checkpoint->count(); ++i)
            if (checkpoint->itemData(i).toString().endsWith("/best"))
                QVERIFY2(checkpoint->itemText(i).startsWith("best · step ") &&
                             checkpoint->itemText(i).contains("validation NELBO"),
                         qPrintable(checkpoint->itemText(i)));
        QCOMPARE(checkpoint->currentData().toString(), chosen);
        std::filesystem::remove_all(newer.toStdString());
        page.showRun(m_store, m_runId);  // gone from disk: gone from the list
        QCOMPARE(checkpoint->count(), before);
    }

    void cancelAndBadFilesAreReported() {
        DenoisingPage page;
        page.showRun(m_store, m_runId);
        page.findChild<QSpinBox *>("samples")->setValue(64);
        page.findChild<QSpinBox *>("stepSize")->setValue(1);
        QSignalSpy failed(&page, &DenoisingPage::samplingFailed);
        QVERIFY(page.generate());
        page.controller()->cancel();
        QVERIFY(failed.wait(60000));
        QVERIFY2(failed.first().first().toString().contains("cancelled"),
                 qPrintable(failed.first().first().toString()));
        QTRY_VERIFY(!page.controller()->isRunning());

        QTemporaryDir out;
        const QString bad = out.filePath("bad.json");
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"format\": \"dbw-trajectory/1\", \"T\": 3}");
        }
        page.openTrajectory(bad);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.last().first().toString().contains(bad));
        QVERIFY(!page.frames());  // nothing half-shown
    }

    void scrubbingALargeTrajectory() {
        QElapsedTimer timer;
        timer.start();
        const auto trajectory = std::make_shared<const dbw::Trajectory>(
            dbw::Trajectory::fromJson(largeTrajectory(), "synthetic"));
        const qint64 loadMs = timer.elapsed();
        DenoisingPage page;
        page.resize(1500, 1000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setTrajectory(trajectory);
        TokenView *view = page.tokenView();
        QTRY_COMPARE(view->height(), view->heightForWidth(view->width()));  // all rows, scrollable
        QVERIFY(view->cellRect(15, 127).bottom() < view->height());
        QImage canvas(view->size(), QImage::Format_ARGB32_Premultiplied);
        for (const bool guesses : {false, true}) {
            page.setShowGuesses(guesses);
            timer.restart();
            for (int k = 0; k <= trajectory->steps(); ++k) {
                page.setFrame(k);
                view->render(&canvas);  // the whole view, not only what a scroll area shows
            }
            const double perFrame = double(timer.nsecsElapsed()) / 1e6 / trajectory->frames();
            qInfo(
                "scrub 1000 steps x 128 tokens x 16 samples (%dx%d px, guesses %s): %.2f ms per "
                "frame (parse %lld ms)",
                view->width(), view->height(), guesses ? "on" : "off", perFrame, loadMs);
        }
        QCOMPARE(page.frame(), trajectory->steps());
        if (const QString dir = qEnvironmentVariable("DBW_SCREENSHOT_DIR"); !dir.isEmpty()) {
            page.setFrame(trajectory->steps() / 2);
            page.grab().save(dir + "/denoising-large.png");
        }
    }
};

QTEST_MAIN(TestDenoising)
#include "tst_denoising.moc"
