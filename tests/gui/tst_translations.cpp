// The bundled translations (translations/*.ts) are complete and keep every placeholder: a lost
// "%1" shows a raw number nowhere or a count in the wrong place, and QString::arg then warns.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString context, source;
    QStringList translations;  // one, or one per plural form
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + ": cannot open";
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))  // of the context
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) {
            message = Message{
                context, {}, {}, false, xml.attributes().value("numerus") == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value("type");
            message.unfinished = type == QLatin1String("unfinished");
            const bool gone =
                type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            if (!gone)
                messages << message;
            message = Message{context, {}, {}, false, false};
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// The placeholders of a text, sorted: %1..%99 (with the L of locale-aware numbers) and %n.
QStringList placeholders(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto match = pattern.globalMatch(text); match.hasNext();)
        found << match.next().captured(0).remove('L');
    found.sort();
    return found;
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void translationsAreCompleteWithTheirPlaceholders_data() {
        QTest::addColumn<QString>("path");
        for (const char *language : {"de", "zh_CN"})
            QTest::newRow(language)
                << QStringLiteral(DBW_SOURCE_DIR "/translations/diffusionbert-workbench_%1.ts")
                       .arg(language);
    }

    void translationsAreCompleteWithTheirPlaceholders() {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 400, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + ": \"" + message.source.left(60) + "\"";
            if (message.unfinished || message.translations.isEmpty() ||
                message.translations.contains(QString()))
                problems << where + ": not translated";
            for (const QString &translation : message.translations)
                if (!translation.isEmpty() &&
                    placeholders(translation) != placeholders(message.source))
                    problems << where + ": placeholders " + placeholders(message.source).join(',') +
                                    " became " + placeholders(translation).join(',');
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.mid(0, 20).join('\n') +
                            QStringLiteral("\n(%1 problems)").arg(problems.size())));
    }

    void theEnglishFileHoldsThePluralForms() {
        QString error;
        const QList<Message> messages = readTs(
            QStringLiteral(DBW_SOURCE_DIR "/translations/diffusionbert-workbench_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int plurals = 0;
        for (const Message &message : messages)
            if (message.numerus) {
                ++plurals;
                QVERIFY2(
                    message.translations.size() == 2 && !message.translations.contains(QString()),
                    qPrintable(message.source));
            }
        QVERIFY(plurals > 0);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
