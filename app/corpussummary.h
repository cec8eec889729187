#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

// What the workbench shows of a corpus: the engine's statistics in Qt types, plus the first lines
// for the preview. Made on a worker thread by CorpusLoader.
struct CorpusSummary {
    struct Line {
        qint64 number = 0;  // 1-based line in the file
        QString source;     // jsonl "src"; empty for plain text
        QString text;       // the sentence (plain text) or "trg" (jsonl)
    };

    QString path;
    QString format;  // "text" or "jsonl"
    QString contentHash;
    qint64 sizeBytes = 0;
    qint64 lines = 0;     // physical lines
    qint64 examples = 0;  // non-blank lines
    qint64 blankLines = 0;
    qint64 words = 0;
    qint64 characters = 0;
    int minLength = 0;
    int medianLength = 0;
    int maxLength = 0;
    double meanLength = 0.0;
    QString lengthUnit;  // "words"
    QVector<qint64> histogram;
    int bucketWidth = 1;
    QVector<Line> preview;  // at most CorpusLoader::kPreviewLines
    double seconds = 0.0;   // time taken to read and analyse
};
Q_DECLARE_METATYPE(CorpusSummary)
