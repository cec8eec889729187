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
#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QScreen>
#include <QTimer>

#include <cstdio>

namespace {

// The command line, described once for the window and for the text-only answers (--help,
// --version).
struct WorkbenchOptions {
    QCommandLineOption threads{
        QStringLiteral("threads"),
        QCoreApplication::translate("main", "LibTorch threads (default: all cores)."),
        QStringLiteral("N")};
    QCommandLineOption trajectory{
        QStringLiteral("trajectory"),
        QCoreApplication::translate(
            "main",
            "Open a recorded reverse process (dbw sample --trajectory) in the denoising viewer."),
        QStringLiteral("FILE")};
    QCommandLineOption screenshots{
        QStringLiteral("screenshots"),
        QCoreApplication::translate(
            "main",
            "Write a PNG of each page, from the store's newest runs, into FOLDER and quit."),
        QStringLiteral("FOLDER")};

    void describe(QCommandLineParser &parser) const {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Workbench for discrete diffusion language models."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(
            QStringLiteral("corpus"),
            QCoreApplication::translate("main",
                                        "Corpus to open (default: the bundled demo corpus)."));
        parser.addOptions({threads, trajectory, screenshots});
    }
};

void nameApplication() {
    QCoreApplication::setOrganizationName(QStringLiteral("DiffusionBERT Workbench"));
    QCoreApplication::setApplicationName(QStringLiteral("diffusionbert-workbench"));
    QCoreApplication::setApplicationVersion(QString::fromStdString(dbw::codeVersion()));
}

void installTranslations() {
    const QLocale locale = Translations::forSetting(WorkbenchSettings().language());
    QLocale::setDefault(locale);
    for (const QString &note : Translations::shared().install(locale))
        std::fprintf(stderr, "diffusionbert-workbench: %s\n", qPrintable(note));
}

// --help and --version need no window: answered before QApplication, which aborts without a
// display.
bool asksForTextOnly(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" ||
            argument == "-v" || argument == "--version" || argument == "-?")
            return true;
    }
    return false;
}

}  // namespace

int main(int argc, char *argv[]) {
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        installTranslations();
        QCommandLineParser parser;
        const WorkbenchOptions options;
        options.describe(parser);
        parser.process(app);  // prints the answer and exits
        return 0;
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("DiffusionBERT Workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/diffusionbert-workbench.svg")));
    QGuiApplication::setDesktopFileName(
        QStringLiteral("io.github.diffusionbert.workbench"));  // the .desktop entry
    installTranslations();

    QCommandLineParser parser;
    const WorkbenchOptions options;
    options.describe(parser);
    parser.process(app);
    const QCommandLineOption &threadsOption = options.threads;
    const QCommandLineOption &trajectoryOption = options.trajectory;
    const QCommandLineOption &screenshotsOption = options.screenshots;

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
        QTimer::singleShot(2000, &window, [&window, folder] {
            writePageScreenshots(&window, folder, &QApplication::quit);
        });
    }
    return app.exec();
}
