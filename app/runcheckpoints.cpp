#include "runcheckpoints.h"

#include "store/runstore.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>

QVector<RunCheckpoint> runCheckpoints(const dbw::RunStore &store, qint64 runId) {
    QVector<RunCheckpoint> entries;
    auto checkpoints = store.checkpoints(runId);
    std::stable_sort(checkpoints.begin(), checkpoints.end(),
                     [](const auto &a, const auto &b) { return a.step > b.step; });
    QSet<QString> seen;  // "best" is rewritten in place: its newest record describes it
    for (const dbw::CheckpointRecord &checkpoint : checkpoints) {
        const QString path = QString::fromStdString(checkpoint.path);
        if (seen.contains(path) || !QFileInfo::exists(path + QStringLiteral("/model.safetensors")))
            continue;  // removed or replaced on disk since
        seen.insert(path);
        const auto metrics = nlohmann::json::parse(checkpoint.metricsJson, nullptr, false);
        const bool best = QFileInfo(path).fileName() == QStringLiteral("best");
        QString label =
            best ? QCoreApplication::translate("RunCheckpoints", "best · step %1")
                       .arg(checkpoint.step)
                 : QCoreApplication::translate("RunCheckpoints", "step %1").arg(checkpoint.step);
        // The best checkpoint's record holds its own validation NELBO.
        if (best && metrics.is_object() && metrics.contains("valid_nelbo") &&
            metrics["valid_nelbo"].is_number())
            label +=
                QCoreApplication::translate("RunCheckpoints", " · validation NELBO %1 nats/token")
                    .arg(QLocale().toString(metrics["valid_nelbo"].get<double>(), 'f', 3));
        entries.append({path, checkpoint.step, label});
    }
    return entries;
}
