#pragma once

#include <QString>
#include <QVector>

namespace dbw {
class RunStore;
}

// A run's checkpoints that are still on disk, newest first, each folder once, labelled for a
// list: "best · step N · validation NELBO x nats/token" or "step N" (the path goes in a tooltip).
struct RunCheckpoint {
    QString path;
    qint64 step = 0;
    QString label;
    bool operator==(const RunCheckpoint &other) const {
        return path == other.path && step == other.step && label == other.label;
    }
};
QVector<RunCheckpoint> runCheckpoints(const dbw::RunStore &store, qint64 runId);
