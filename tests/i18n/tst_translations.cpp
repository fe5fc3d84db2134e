// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The translation catalogues against the sources. Every word the code looks up must be in
// translations/*.ts under the context the code looks it up in, or a finished translation never
// loads; and the committed .ts files must be what lupdate makes of today's sources, so that a
// translator sees every string. Line numbers are not compared (the .ts files carry none).

#include "installtranslators.h"
#include "samplereports.h"

#include "diagnosis/diagnosis.h"
#include "diagnosis/findingtexts.h"
#include "protocol/protocol.h"
#include "report/htmlwriter.h"
#include "report/jsonreader.h"
#include "report/jsonwriter.h"
#include "report/markdownwriter.h"
#include "report/reportformat.h"
#include "report/summarywriter.h"
#include "report/textwriter.h"
#include "session/targetparser.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>

using namespace MailInspect;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList translations; ///< one, or one per plural form
};

// Context, source and comment: what a lookup must match.
QString keyOf(const QString &context, const QString &source, const QString &comment)
{
    return context + QChar(0x1f) + source + QChar(0x1f) + comment;
}

QString describe(const QString &key)
{
    const QStringList parts = key.split(QChar(0x1f));
    QString out = parts.value(0) + QStringLiteral(": \"") + parts.value(1) + QLatin1Char('"');
    if (!parts.value(2).isEmpty())
        out += QStringLiteral(" (") + parts.value(2) + QLatin1Char(')');
    return out;
}

// Messages lupdate would keep; obsolete and vanished ones are history, not catalogue.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool keep = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message {
                    context,
                    {},
                    {},
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                    false,
                    {}};
                keep = true;
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                keep = type != QLatin1String("obsolete") && type != QLatin1String("vanished");
                m.finished = type.isEmpty();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && keep) {
            out << m;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

QSet<QString> keysOf(const QList<Message> &messages)
{
    QSet<QString> keys;
    for (const Message &m : messages)
        keys.insert(keyOf(m.context, m.source, m.comment));
    return keys;
}

QString refreshHint()
{
    return QStringLiteral("Refresh the catalogues from the sources with\n"
                          "    cmake --build %1 --target update_translations\n"
                          "and commit translations/*.ts (new strings stay unfinished until they "
                          "are translated; finished translations are kept).")
        .arg(QDir::toNativeSeparators(qEnvironmentVariable("MAILINSPECT_BINARY_DIR")));
}

// Answers nothing, so every lookup falls through to the source text, and remembers what the
// code asked for: the contexts it really uses, whatever lupdate thinks.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int) const override
    {
        // Qt's own words (QSslSocket, QCommandLineParser, ...) are Qt's catalogue's business.
        if (context && context[0] != 'Q')
            m_seen.insert(keyOf(QString::fromUtf8(context), QString::fromUtf8(sourceText),
                                QString::fromUtf8(disambiguation)));
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> m_seen;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void catalogueIsCurrent_data();
    void catalogueIsCurrent();
    void lupdateReadsEveryCall();
    void everyLookupIsInTheCatalogue();
    void finishedTranslationsLoad_data();
    void finishedTranslationsLoad();
    void everyEnglishPluralIsFinished();
    void englishPluralForms_data();
    void englishPluralForms();

private:
    QTemporaryDir m_dir;
    QStringList m_tsFiles; ///< committed, translations/*.ts
    QString m_pluralsTs; ///< the English one among them: plural forms only
    QString m_lupdateErrors;
};

void TestTranslations::initTestCase()
{
    const QString lupdate = qEnvironmentVariable("MAILINSPECT_LUPDATE");
    const QString input = qEnvironmentVariable("MAILINSPECT_LUPDATE_INPUT");
    // Never a silent pass: without lupdate nothing here would be checked.
    QVERIFY2(QFile::exists(lupdate),
             qPrintable(QStringLiteral("MAILINSPECT_LUPDATE does not name lupdate (\"%1\"); "
                                       "install qt6-l10n-tools")
                            .arg(lupdate)));
    QVERIFY2(QFile::exists(input), "MAILINSPECT_LUPDATE_INPUT does not name lupdate's input list");
    QVERIFY(m_dir.isValid());

    const QDir translations(qEnvironmentVariable("MAILINSPECT_SOURCE_DIR")
                            + QStringLiteral("/translations"));
    for (const QString &name : translations.entryList({QStringLiteral("*.ts")}, QDir::Files))
        m_tsFiles << translations.filePath(name);
    QVERIFY2(!m_tsFiles.isEmpty(), "no translations/*.ts");

    m_pluralsTs = QFileInfo(qEnvironmentVariable("MAILINSPECT_PLURALS_TS")).fileName();
    QVERIFY2(!m_pluralsTs.isEmpty(), "MAILINSPECT_PLURALS_TS does not name the English catalogue");
    QVERIFY2(m_tsFiles.contains(translations.filePath(m_pluralsTs)),
             qPrintable(QStringLiteral("no translations/%1").arg(m_pluralsTs)));

    // lupdate over a copy of each catalogue, with the options update_translations uses: the
    // English one holds only the messages with plural forms.
    const QStringList catalogueOptions = qEnvironmentVariable("MAILINSPECT_LUPDATE_OPTIONS")
                                             .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList pluralsOptions = qEnvironmentVariable("MAILINSPECT_PLURALS_LUPDATE_OPTIONS")
                                           .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVERIFY2(pluralsOptions.contains(QStringLiteral("-pluralonly")),
             "the English catalogue is not made with -pluralonly");
    for (const QString &ts : m_tsFiles) {
        const QStringList &options
            = QFileInfo(ts).fileName() == m_pluralsTs ? pluralsOptions : catalogueOptions;
        const QString copy = m_dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        // A read-only checkout gives read-only copies; lupdate must write this one.
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        QProcess p;
        p.start(lupdate,
                QStringList {QLatin1Char('@') + input} + options
                    + QStringList {QStringLiteral("-silent"), QStringLiteral("-ts"), copy});
        QVERIFY2(p.waitForFinished(120000), "lupdate did not finish");
        const QString errors = QString::fromLocal8Bit(p.readAllStandardError());
        if (m_lupdateErrors.isEmpty()) // the same sources give the same warnings for each file
            m_lupdateErrors = errors;
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(QStringLiteral("lupdate failed: ") + errors));
    }
}

void TestTranslations::catalogueIsCurrent_data()
{
    QTest::addColumn<QString>("committed");
    for (const QString &ts : m_tsFiles)
        QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
}

void TestTranslations::catalogueIsCurrent()
{
    QFETCH(QString, committed);
    QString error;
    const QSet<QString> have = keysOf(readTs(committed, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> want
        = keysOf(readTs(m_dir.filePath(QFileInfo(committed).fileName()), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (have == want)
        return;

    QStringList added = QSet<QString>(want).subtract(have).values();
    QStringList gone = QSet<QString>(have).subtract(want).values();
    added.sort();
    gone.sort();
    constexpr int shown = 15;
    QString report = QStringLiteral("translations/%1 is not what lupdate makes of the sources: "
                                    "%2 string(s) missing from it, %3 no longer in the sources.\n")
                         .arg(QFileInfo(committed).fileName())
                         .arg(added.size())
                         .arg(gone.size());
    for (const QString &k : added.mid(0, shown))
        report += QStringLiteral("  + ") + describe(k) + QLatin1Char('\n');
    for (const QString &k : gone.mid(0, shown))
        report += QStringLiteral("  - ") + describe(k) + QLatin1Char('\n');
    if (added.size() > shown || gone.size() > shown)
        report += QStringLiteral("  ...\n");
    QFAIL(qPrintable(report + refreshHint()));
}

void TestTranslations::lupdateReadsEveryCall()
{
    // lupdate warns ("Class 'X' lacks Q_OBJECT macro", "Cannot invoke tr() like this") where it
    // guesses a context the code does not use: such strings are in the catalogue but never load.
    QVERIFY2(m_lupdateErrors.trimmed().isEmpty(),
             qPrintable(QStringLiteral("lupdate cannot tell the context of some strings:\n%1\n"
                                       "A free function named tr() is invisible to it: declare "
                                       "Q_DECLARE_TR_FUNCTIONS(Context) in a class and call "
                                       "Class::tr(), or write QCoreApplication::translate("
                                       "\"Context\", \"text\") at the call site.")
                            .arg(m_lupdateErrors.trimmed())));
}

void TestTranslations::everyLookupIsInTheCatalogue()
{
    RecordingTranslator recorder;
    QVERIFY(QCoreApplication::installTranslator(&recorder));

    // The words a report is made of, through the code that shows them.
    for (int id = int(StepId::Resolve); id <= int(StepId::ModeCheck); ++id)
        stepDisplayName(StepId(id));
    for (Security s : {Security::Auto, Security::StartTls, Security::ImplicitTls, Security::None})
        securityDisplayName(s);
    for (Protocol p : {Protocol::Smtp, Protocol::Submission, Protocol::Lmtp, Protocol::Imap,
                       Protocol::Pop3, Protocol::Sieve}) {
        protocolDisplayName(p);
        Diagnosis::Words::usualPorts(p);
    }
    for (ReportFormat f : {ReportFormat::Text, ReportFormat::Json, ReportFormat::Markdown,
                           ReportFormat::Html, ReportFormat::Script, ReportFormat::Pdf})
        reportFormatDisplayName(f);
    for (const Report &r : {Test::problemReport(), Test::secureReport(), Test::refusedReport()}) {
        writeText(r);
        writeMarkdown(r);
        writeHtml(r);
        writeSummary(r);
        writeJson(r);
        Diagnosis::diagnose(r);
    }
    for (const Diagnosis::FindingKind &k : Diagnosis::findingKinds()) {
        if (Diagnosis::hasFindingText(k.id, ""))
            Diagnosis::makeFinding(k.id);
    }
    Diagnosis::Words::date({});
    Diagnosis::Words::noReason();
    Diagnosis::Words::starttlsItem(false);
    Diagnosis::Words::certificateItem({});
    QString error;
    readJson("{", &error);
    readJson("{\"schema\": \"something else\"}", &error);
    parseTarget(QStringLiteral("gopher://mail.test"), &error);
    parseTarget(QStringLiteral("mail.test:99999"), &error);

    QCoreApplication::removeTranslator(&recorder);
    QVERIFY2(!recorder.m_seen.isEmpty(), "no lookups recorded: the recorder is not consulted");

    // A full catalogue: the English one has only the plural forms.
    const auto full = std::find_if(m_tsFiles.cbegin(), m_tsFiles.cend(), [this](const QString &ts) {
        return QFileInfo(ts).fileName() != m_pluralsTs;
    });
    QVERIFY(full != m_tsFiles.cend());
    QString readError;
    const QSet<QString> catalogue = keysOf(readTs(*full, &readError));
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
    QStringList missing = QSet<QString>(recorder.m_seen).subtract(catalogue).values();
    missing.sort();
    QString report;
    for (const QString &k : missing)
        report += QStringLiteral("  ") + describe(k) + QLatin1Char('\n');
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("looked up at run time but not in the catalogue under that "
                                       "context, so never translated:\n")
                        + report
                        + QStringLiteral("Mark them where lupdate sees them (QT_TRANSLATE_NOOP "
                                         "with the context the code looks up), then:\n")
                        + refreshHint()));
}

void TestTranslations::finishedTranslationsLoad_data()
{
    QTest::addColumn<QString>("committed");
    for (const QString &ts : m_tsFiles)
        QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
}

// What a translator finished reaches the user: the catalogue is embedded, found for the
// user's language by installTranslators(), and answers every finished message.
void TestTranslations::finishedTranslationsLoad()
{
    QFETCH(QString, committed);
    // mailinspect_de.ts -> "de"
    const QString language = QFileInfo(committed).completeBaseName().section(QLatin1Char('_'), 1);
    QVERIFY(!language.isEmpty());
    QString error;
    const QList<Message> messages = readTs(committed, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const auto isFinished = [](const Message &m) {
        return m.finished;
    };
    if (std::none_of(messages.cbegin(), messages.cend(), isFinished)) {
        qInfo("%s: nothing finished yet, nothing to load", qPrintable(committed));
        return;
    }

    const QLocale before;
    QLocale::setDefault(QLocale(language));
    const bool found = installTranslators(QCoreApplication::instance());
    QLocale::setDefault(before);
    QVERIFY2(found, qPrintable(QStringLiteral("no embedded catalogue for \"%1\"").arg(language)));

    QStringList wrong;
    for (const Message &m : messages) {
        if (!m.finished)
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString got = QCoreApplication::translate(
            context.constData(), source.constData(),
            m.comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 1 : -1);
        // translate() puts the count in for %n.
        QStringList expected = m.translations;
        if (m.numerus)
            expected.replaceInStrings(QStringLiteral("%n"), QStringLiteral("1"));
        if (!expected.contains(got))
            wrong << describe(keyOf(m.context, m.source, m.comment)) + QStringLiteral(" gives \"")
                    + got + QLatin1Char('"');
    }
    // Leave the application as it was for the other tests.
    const auto installed = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *t : installed) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("finished but not loaded:\n  ")
                        + wrong.join(QStringLiteral("\n  "))));
}

// A message with %n and no English forms reads "step(s)": a new one needs both forms in the
// English catalogue.
void TestTranslations::everyEnglishPluralIsFinished()
{
    QString error;
    const QList<Message> messages
        = readTs(QFileInfo(m_tsFiles.constFirst()).dir().filePath(m_pluralsTs), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!messages.isEmpty(), "the English catalogue has no plural messages");
    QStringList unfinished;
    for (const Message &m : messages) {
        const bool bothForms = m.translations.size() == 2
            && std::none_of(m.translations.cbegin(), m.translations.cend(),
                            [](const QString &t) { return t.isEmpty(); });
        if (!m.finished || !bothForms)
            unfinished << describe(keyOf(m.context, m.source, m.comment));
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("no English singular and plural in translations/%1 for:\n  ")
                            .arg(m_pluralsTs)
                        + unfinished.join(QStringLiteral("\n  "))
                        + QStringLiteral("\nFill in both forms (\"%n step\", \"%n steps\").")));
}

void TestTranslations::englishPluralForms_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    // The status bar and the certificate chain's validity column.
    for (const char *locale : {"C", "en_US", "en_GB"}) {
        QTest::addRow("%s: steps", locale)
            << QString::fromLatin1(locale) << QByteArray("MailInspect::MainWindow")
            << QByteArray("%n step(s)") << QStringLiteral("1 step") << QStringLiteral("2 steps");
        QTest::addRow("%s: days", locale)
            << QString::fromLatin1(locale) << QByteArray("MailInspect::CertificateModel")
            << QByteArray("expires in %n day(s)") << QStringLiteral("expires in 1 day")
            << QStringLiteral("expires in 2 days");
    }
}

// English reads "1 step", "2 steps", never "step(s)": in the C locale and in English ones,
// installTranslators() loads the English catalogue with the plural forms.
void TestTranslations::englishPluralForms()
{
    QFETCH(QString, locale);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, one);
    QFETCH(QString, two);

    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    installTranslators(QCoreApplication::instance());
    QLocale::setDefault(before);
    const QString gotOne = QCoreApplication::translate(context, source, nullptr, 1);
    const QString gotTwo = QCoreApplication::translate(context, source, nullptr, 2);
    const auto installed = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *t : installed) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QCOMPARE(gotOne, one);
    QCOMPARE(gotTwo, two);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
