#include "pagescreenshots.h"

#include "comparepage.h"
#include "denoisingpage.h"
#include "mainwindow.h"
#include "runhistorypanel.h"
#include "runlistmodel.h"
#include "trajectoryframes.h"

#include <QComboBox>
#include <QDir>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kSettleMs = 1500;  // charts and tables read the store on workers and redraw

// Shows page `page`, waits for it to settle, grabs the window, then goes on with the next.
void grabPages(MainWindow *window, const QString &folder, int page,
               const std::function<void()> &done) {
    const char *names[] = {"run", "denoise", "compare", "corpus"};
    QTabWidget *tabs = window->tabs();
    if (page >= tabs->count() || page >= int(std::size(names))) {
        done();
        return;
    }
    tabs->setCurrentIndex(page);
    QTimer::singleShot(kSettleMs, window, [=] {
        const QString file = QDir(folder).filePath(QStringLiteral("%1-%2x%3.png")
                                                       .arg(QLatin1String(names[page]))
                                                       .arg(window->width())
                                                       .arg(window->height()));
        if (!window->grab().save(file))
            std::fprintf(stderr, "diffusionbert-workbench: cannot write %s\n", qPrintable(file));
        else
            std::printf("%s\n", qPrintable(file));
        grabPages(window, folder, page + 1, done);
    });
}

}  // namespace

void writePageScreenshots(MainWindow *window, const QString &folder, std::function<void()> done) {
    QDir().mkpath(folder);
    window->refreshRuns();
    QVector<qint64> newest;
    for (const RunListModel::Row &row : window->runList()->rows())
        newest.append(row.id);
    std::sort(newest.begin(), newest.end(), std::greater<>());
    newest.resize(std::min<qsizetype>(newest.size(), 4));
    if (!newest.isEmpty()) {
        window->runHistory()->selectRun(newest.first());  // (clears the selection)
        window->runHistory()->selectRuns(newest);
    }
    // The newest recorded trajectory of the shown run, at its middle frame.
    DenoisingPage *denoise = window->denoisingPage();
    auto *recorded = denoise->findChild<QComboBox *>(QStringLiteral("recordedTrajectories"));
    if (recorded && recorded->count() > 0 &&
        denoise->openRecorded(recorded->itemData(0).toLongLong())) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(denoise, &DenoisingPage::trajectoryShown, window, [=] {
            QObject::disconnect(*connection);
            if (const TrajectoryFrames *frames = denoise->frames())
                denoise->setFrame(frames->lastFrame() / 2);
            grabPages(window, folder, 0, done);
        });
        return;
    }
    QTimer::singleShot(kSettleMs, window, [=] { grabPages(window, folder, 0, done); });
}
