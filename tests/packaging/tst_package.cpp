// The Debian package as a user gets it: built by CPack from this build, unpacked into a temporary
// root (nothing is installed on the machine), and the unpacked programs run from there.
#include "../cli/processrunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestPackage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_package;
    QString m_root;

    // The unpacked programs run with a home of their own, without the source tree's demo folder
    // or any display.
    QProcessEnvironment userEnvironment() const {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DBW_DEMO_DIR",
                                 "DBW_SPM_MODULE", "DBW_STORE", "XDG_DATA_HOME", "XDG_CONFIG_HOME"})
            environment.remove(QString::fromLatin1(name));
        environment.insert("HOME", m_dir.filePath("home"));
        environment.insert("LC_ALL", "C");
        return environment;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const ProcessResult built =
            runProcess(QStringLiteral(DBW_CPACK), {"--config", DBW_BUILD_DIR "/CPackConfig.cmake",
                                                   "-G", "DEB", "-B", m_dir.filePath("out")});
        QVERIFY2(built.exitCode == 0, qPrintable(built.out + built.err));
        const QStringList debs = QDir(m_dir.filePath("out")).entryList({"*.deb"}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_package = m_dir.filePath("out/" + debs.first());
        QVERIFY2(debs.first().startsWith("diffusionbert-workbench_"), qPrintable(debs.first()));
        m_root = m_dir.filePath("root");
        const ProcessResult unpacked = runProcess("dpkg-deb", {"-x", m_package, m_root});
        QVERIFY2(unpacked.exitCode == 0, qPrintable(unpacked.err));
        QVERIFY(QDir().mkpath(m_dir.filePath("home")));
    }

    void holdsWhatAUserNeeds() {
        for (const char *path :
             {"usr/bin/dbw", "usr/bin/diffusionbert-workbench",
              "usr/lib/diffusionbert-workbench/libdbw_spm.so",
              "usr/share/diffusionbert-workbench/demo/brown-train.txt",
              "usr/share/diffusionbert-workbench/demo/brown-valid.txt",
              "usr/share/applications/io.github.diffusionbert.workbench.desktop",
              "usr/share/metainfo/io.github.diffusionbert.workbench.metainfo.xml",
              "usr/share/icons/hicolor/scalable/apps/diffusionbert-workbench.svg",
              "usr/share/icons/hicolor/48x48/apps/diffusionbert-workbench.png",
              "usr/share/icons/hicolor/256x256/apps/diffusionbert-workbench.png",
              "usr/share/man/man1/dbw.1.gz", "usr/share/man/man1/dbw-train.1.gz",
              "usr/share/man/man1/dbw-runs-show.1.gz",
              "usr/share/man/man1/diffusionbert-workbench.1.gz",
              "usr/share/bash-completion/completions/dbw",
              "usr/share/doc/diffusionbert-workbench/copyright",
              "usr/share/doc/diffusionbert-workbench/changelog.gz"})
            QVERIFY2(QFile::exists(m_root + "/" + path), path);
        const ProcessResult fields =
            runProcess("dpkg-deb", {"-f", m_package, "Package", "Depends"});
        QVERIFY2(fields.out.contains("libtorch") && fields.out.contains("libqt6widgets6"),
                 qPrintable(fields.out));
    }

    void lintianFindsNoErrors() {
        const ProcessResult lintian = runProcess("lintian", {"--no-tag-display-limit", m_package});
        QVERIFY2(lintian.exitCode != -1,
                 "lintian is not installed (packaging/setup-debian.sh installs it)");
        QVERIFY2(!lintian.out.contains("\nE: ") && !lintian.out.startsWith("E: "),
                 qPrintable(lintian.out));
        QCOMPARE(lintian.exitCode, 0);
    }

    void desktopEntryAndMetainfoValidate() {
        const ProcessResult desktop = runProcess(
            "desktop-file-validate",
            {m_root + "/usr/share/applications/io.github.diffusionbert.workbench.desktop"});
        QVERIFY2(desktop.exitCode == 0 && !desktop.out.contains("error"),
                 qPrintable(desktop.out + desktop.err));
        const ProcessResult metainfo = runProcess(
            "appstreamcli",
            {"validate", "--no-net",
             m_root + "/usr/share/metainfo/io.github.diffusionbert.workbench.metainfo.xml"});
        QVERIFY2(metainfo.exitCode == 0, qPrintable(metainfo.out + metainfo.err));
    }

    void unpackedProgramsAnswerWithoutADisplay() {
        const ProcessResult dbw =
            runProcess(m_root + "/usr/bin/dbw", {"--version"}, {}, userEnvironment());
        QVERIFY2(dbw.exitCode == 0 && dbw.out.startsWith("dbw 0."), qPrintable(dbw.out + dbw.err));
        const ProcessResult version = runProcess(m_root + "/usr/bin/diffusionbert-workbench",
                                                 {"--version"}, {}, userEnvironment());
        QVERIFY2(version.exitCode == 0 && version.out.startsWith("diffusionbert-workbench 0."),
                 qPrintable(version.out + version.err));
        const ProcessResult help = runProcess(m_root + "/usr/bin/diffusionbert-workbench",
                                              {"--help"}, {}, userEnvironment());
        QVERIFY2(help.exitCode == 0 && help.out.contains("--trajectory"),
                 qPrintable(help.out + help.err));
    }

    void unpackedDemoRunsOnTheUnpackedCorpus() {
        const QString store = m_dir.filePath("home/store.sqlite");
        const ProcessResult demo = runProcess(m_root + "/usr/bin/dbw",
                                              {"--threads", "2", "demo", "--quick", "--out",
                                               m_dir.filePath("demo"), "--store", store},
                                              {}, userEnvironment());
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.out + demo.err));
        // The corpus it read is the package's, not the source tree's.
        QVERIFY2(
            demo.out.contains(m_root + "/usr/share/diffusionbert-workbench/demo/brown-valid.txt"),
            qPrintable(demo.out));
        QVERIFY2(demo.out.contains("what to run next"), qPrintable(demo.out));
    }

    void bashCompletionCompletesCommandsAndOptions() {
        const QString script =
            QStringLiteral(
                "source '%1'; COMP_WORDS=(dbw tra); COMP_CWORD=1; _dbw; echo \"${COMPREPLY[*]}\";"
                " COMP_WORDS=(dbw train --res); COMP_CWORD=2; _dbw; echo \"${COMPREPLY[*]}\";"
                " COMP_WORDS=(dbw runs s); COMP_CWORD=2; _dbw; echo \"${COMPREPLY[*]}\"")
                .arg(m_root + "/usr/share/bash-completion/completions/dbw");
        const ProcessResult completed = runProcess("bash", {"-c", script});
        QVERIFY2(completed.exitCode == 0, qPrintable(completed.err));
        QCOMPARE(completed.out, QString("train\n--resume\nshow\n"));
    }

    void manPageRendersTheHelp() {
        const ProcessResult page =
            runProcess("sh", {"-c", "zcat '" + m_root + "/usr/share/man/man1/dbw-train.1.gz'"});
        QVERIFY2(page.out.startsWith(".TH DBW\\-TRAIN 1"), qPrintable(page.out.left(200)));
        QVERIFY(page.out.contains("\\fB\\-\\-resume CHECKPOINT|RUN\\fR"));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
