#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

// Every persisted preference, typed, in one place (QSettings underneath).
class WorkbenchSettings {
public:
    WorkbenchSettings() = default;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState(const QString &splitter) const;
    void setSplitterState(const QString &splitter, const QByteArray &state);
    // The folder the last corpus was opened from; empty when none.
    QString lastCorpusDirectory() const;
    void setLastCorpusDirectory(const QString &directory);
    // The UI language as a locale name ("de", "en"); empty: follow the system.
    QString language() const;
    void setLanguage(const QString &language);

private:
    mutable QSettings m_settings;
};
