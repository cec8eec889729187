// The workbench executable: sets up the engine and Qt, then opens the main window on a corpus
// (the bundled demo corpus unless one is given).
#include "mainwindow.h"
#include "pagescreenshots.h"
#include "translations.h"
#include "workbenchsettings.h"

#include "runtime/runtime.h"
#include "util/paths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QScreen>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DiffusionBERT Workbench"));
    QApplication::setApplicationName(QStringLiteral("diffusionbert-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("DiffusionBERT Workbench"));
    QApplication::setApplicationVersion(QString::fromStdString(dbw::codeVersion()));

    const QLocale locale = Translations::forSetting(WorkbenchSettings().language());
    QLocale::setDefault(locale);
    for (const QString &note : Translations::shared().install(locale))
        std::fprintf(stderr, "diffusionbert-workbench: %s\n", qPrintable(note));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Workbench for discrete diffusion language models."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("corpus"),
        QApplication::translate("main", "Corpus to open (default: the bundled demo corpus)."));
    QCommandLineOption threadsOption(
        QStringLiteral("threads"), QApplication::translate("main", "LibTorch threads (default: all cores)."),
        QStringLiteral("N"));
    parser.addOption(threadsOption);
    QCommandLineOption trajectoryOption(
        QStringLiteral("trajectory"),
        QApplication::translate("main", "Open a recorded reverse process (dbw sample --trajectory) in the denoising viewer."),
        QStringLiteral("FILE"));
    parser.addOption(trajectoryOption);
    QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Write a PNG of each page, from the store's newest runs, into FOLDER and quit."),
        QStringLiteral("FOLDER"));
    parser.addOption(screenshotsOption);
    parser.process(app);

    const dbw::RuntimeInfo runtime = dbw::initialiseRuntime(parser.value(threadsOption).toInt());
    for (const std::string &warning : runtime.warnings)
        std::fprintf(stderr, "diffusionbert-workbench: warning: %s\n", warning.c_str());

    MainWindow window;
    window.show();
    QString corpus = parser.positionalArguments().value(0);
    if (corpus.isEmpty()) {
        try {
            corpus = QDir(QString::fromStdString(dbw::demoCorpusDirectory()))
                         .filePath(QStringLiteral("brown-train.txt"));
        } catch (const std::exception &error) {
            std::fprintf(stderr, "diffusionbert-workbench: %s\n", error.what());
        }
    }
    if (!corpus.isEmpty())
        window.openCorpus(corpus);
    if (parser.isSet(trajectoryOption))
        window.openTrajectory(parser.value(trajectoryOption));
    if (parser.isSet(screenshotsOption)) {
        const QString folder = parser.value(screenshotsOption);
        window.setGeometry(window.screen()->availableGeometry());  // pictures at the screen's size
        // Once the corpus is shown (the Corpus page) and the window has its size.
        QTimer::singleShot(2000, &window, [&window, folder] { writePageScreenshots(&window, folder, &QApplication::quit); });
    }
    return app.exec();
}
