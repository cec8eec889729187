#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

Translations &Translations::shared() {
    static Translations translations;
    return translations;
}

QList<QLocale> Translations::available() {
    QList<QLocale> locales = {QLocale(QLocale::English)};
    const QString prefix = QStringLiteral("diffusionbert-workbench_");
    for (const QString &file :
         QDir(QStringLiteral(":/i18n"))
             .entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name))
        if (const QLocale locale(file.mid(prefix.size()).chopped(3));
            locale.language() != QLocale::English)
            locales.append(locale);  // English is there already (its file holds plural forms only)
    return locales;
}

QLocale Translations::forSetting(const QString &language) {
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QStringList Translations::install(const QLocale &locale) {
    QStringList missing;
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_ours);
    // English needs none of Qt's; ours holds only its plural forms ("1 run", "2 runs").
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    if (!english) {
        const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtFolder))
            QCoreApplication::installTranslator(&m_qt);
        else
            missing.append(
                QCoreApplication::translate("Translations",
                                            "Qt's own texts for %1 are not installed in %2 "
                                            "(Debian package qt6-translations-l10n)")
                    .arg(locale.name(), qtFolder));
    }
    if (m_ours.load(english ? QLocale(QLocale::English) : locale,
                    QStringLiteral("diffusionbert-workbench"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_ours);
    return missing;
}
