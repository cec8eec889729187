#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

// The workbench's strings and Qt's own (button texts such as "Cancel", from Debian's
// qt6-translations-l10n) for one locale. Both translators live as long as this object.
class Translations
{
public:
    // Installs what exists for `locale`; returns a note for each that is missing (empty: all
    // there, or English, which needs none).
    QStringList install(const QLocale &locale);
    bool hasQt() const { return !m_qt.isEmpty(); }
    bool hasOurs() const { return !m_ours.isEmpty(); }

private:
    QTranslator m_qt, m_ours;
};
