// Runs a program to completion for the CLI tests: exit code (-1 when it crashed), stdout, stderr.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline ProcessResult runProcess(
    const QString &program, const QStringList &arguments, const QByteArray &input = {},
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();  // stdin is not a terminal and ends here
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// `dbw train` of the cpu-demo preset on the eight-sentence overfit corpus (WordPiece test
// vocabulary, T = 64) into `outDirectory`, recorded in `store`; `extra` adds --set options.
inline QStringList overfitTrainArguments(const QString &dataDirectory, const QString &outDirectory,
                                         const QString &store, const QString &name, int steps,
                                         const QStringList &extra = {}) {
    QStringList arguments = {"train",
                             "--preset",
                             "cpu-demo",
                             "--set",
                             "data.train=" + dataDirectory + "overfit-eight.txt",
                             "--set",
                             "data.valid=" + dataDirectory + "overfit-eight.txt",
                             "--set",
                             "tokenizer.path=" + dataDirectory + "overfit-vocab.txt",
                             "--set",
                             "diffusion.steps=64",
                             "--set",
                             "training.batch_size=8",
                             "--set",
                             "training.steps=" + QString::number(steps),
                             "--set",
                             "training.sample_every=0",
                             "--set",
                             "name=" + name};
    for (const QString &setting : extra)
        arguments << "--set" << setting;
    arguments << "--out" << outDirectory << "--store" << store << "--quiet";
    return arguments;
}

// Runs that training to completion.
inline ProcessResult trainOverfitRun(const QString &dbw, const QString &dataDirectory,
                                     const QString &outDirectory, const QString &store,
                                     const QString &name, int steps,
                                     const QStringList &extra = {}) {
    return runProcess(
        dbw, overfitTrainArguments(dataDirectory, outDirectory, store, name, steps, extra));
}
