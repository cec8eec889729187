#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

QStringList Translations::install(const QLocale &locale)
{
    QStringList missing;
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_ours);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return missing;
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtFolder))
        QCoreApplication::installTranslator(&m_qt);
    else
        missing.append(QCoreApplication::translate("Translations", "Qt's own texts for %1 are not installed in %2 "
                                                                  "(Debian package qt6-translations-l10n)")
                           .arg(locale.name(), qtFolder));
    if (m_ours.load(locale, QStringLiteral("diffusionbert-workbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_ours);
    return missing;
}
