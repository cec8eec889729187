#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

// The workbench's strings and Qt's own (button texts such as "Cancel", from Debian's
// qt6-translations-l10n) for one locale. One set per process (shared()): installing another
// locale replaces it, and Qt sends every widget a LanguageChange, which is how the language menu
// switches live.
class Translations {
public:
    static Translations &shared();
    // Installs what exists for `locale`; returns a note for each that is missing (empty: all
    // there, or English, which needs none).
    QStringList install(const QLocale &locale);
    bool hasQt() const { return !m_qt.isEmpty(); }
    bool hasOurs() const { return !m_ours.isEmpty(); }

    // The languages the workbench speaks: English and each bundled translation.
    static QList<QLocale> available();
    // The locale for a language setting (WorkbenchSettings::language): empty is the system's.
    static QLocale forSetting(const QString &language);

private:
    QTranslator m_qt, m_ours;
};
