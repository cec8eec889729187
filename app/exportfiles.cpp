#include "exportfiles.h"

#include "util/files.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <exception>

QString sanitisedFileName(const QString &name) {
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString safe = name;
    safe.replace(unsafe, QStringLiteral("-"));
    while (safe.startsWith(QLatin1Char('.')) || safe.startsWith(QLatin1Char('-')))
        safe.remove(0, 1);
    safe.truncate(100);
    while (safe.endsWith(QLatin1Char('-')) || safe.endsWith(QLatin1Char('.')))
        safe.chop(1);
    return safe.isEmpty() ? QStringLiteral("export") : safe;
}

QString writeExportFile(const QString &path, const QByteArray &bytes) {
    try {
        dbw::writeFileAtomically(
            QDir::toNativeSeparators(path).toStdString(),
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    } catch (const std::exception &error) {
        return QCoreApplication::translate("Export", "Could not write %1: %2")
            .arg(QDir::toNativeSeparators(path), QString::fromUtf8(error.what()));
    }
    return {};
}
