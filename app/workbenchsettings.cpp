#include "workbenchsettings.h"

QByteArray WorkbenchSettings::windowGeometry() const {
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void WorkbenchSettings::setWindowGeometry(const QByteArray &geometry) {
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray WorkbenchSettings::windowState() const {
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void WorkbenchSettings::setWindowState(const QByteArray &state) {
    m_settings.setValue(QStringLiteral("window/state"), state);
}

QByteArray WorkbenchSettings::splitterState(const QString &splitter) const {
    return m_settings.value(QStringLiteral("splitters/") + splitter).toByteArray();
}

void WorkbenchSettings::setSplitterState(const QString &splitter, const QByteArray &state) {
    m_settings.setValue(QStringLiteral("splitters/") + splitter, state);
}

QString WorkbenchSettings::lastCorpusDirectory() const {
    return m_settings.value(QStringLiteral("paths/lastCorpusDirectory")).toString();
}

void WorkbenchSettings::setLastCorpusDirectory(const QString &directory) {
    m_settings.setValue(QStringLiteral("paths/lastCorpusDirectory"), directory);
}

QString WorkbenchSettings::language() const {
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void WorkbenchSettings::setLanguage(const QString &language) {
    m_settings.setValue(QStringLiteral("ui/language"), language);
}
