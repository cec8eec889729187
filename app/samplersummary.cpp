#include "samplersummary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

QString samplerSummary(const QString &samplerJson) {
    const QJsonObject config = QJsonDocument::fromJson(samplerJson.toUtf8()).object();
    if (config.isEmpty())
        return {};
    const QLocale locale;
    QStringList parts;
    if (config.contains(QLatin1String("prompt")))
        parts << QCoreApplication::translate("SamplerSummary", "prompt “%1”")
                     .arg(config["prompt"].toString());
    if (config.contains(QLatin1String("strategy")))
        parts << config["strategy"].toString();
    if (config.contains(QLatin1String("step_size")))
        parts << QCoreApplication::translate("SamplerSummary", "step size %1")
                     .arg(config["step_size"].toInt());
    if (config.contains(QLatin1String("temperature")))
        parts << QCoreApplication::translate("SamplerSummary", "temperature %1")
                     .arg(locale.toString(config["temperature"].toDouble(), 'g', 3));
    if (config["top_k"].toInt() > 0)
        parts << QCoreApplication::translate("SamplerSummary", "top-k %1")
                     .arg(config["top_k"].toInt());
    if (config.contains(QLatin1String("top_p")) && config["top_p"].toDouble() < 1.0)
        parts << QCoreApplication::translate("SamplerSummary", "top-p %1")
                     .arg(locale.toString(config["top_p"].toDouble(), 'g', 3));
    return parts.join(QStringLiteral(" · "));
}
