// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplereports.h"

#include "report/pdf/pdfwriter.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace MailInspect;

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validPdfWithTheVerdict_data();
    void validPdfWithTheVerdict();
    void writesFile();
    void unwritableFileIsAnError();

private:
    QString pdfText(const QByteArray &pdf);
    QString m_pdftotext;
    QTemporaryDir m_dir;
};

void TestReportPdf::initTestCase()
{
    // The text check needs pdftotext (Debian: poppler-utils); never skip it silently.
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (m_pdftotext.isEmpty())
        QFAIL("pdftotext not found: install poppler-utils to run the PDF test");
    QVERIFY(m_dir.isValid());
}

QString TestReportPdf::pdfText(const QByteArray &pdf)
{
    const QString path = m_dir.filePath(QStringLiteral("in.pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    QProcess p;
    p.start(m_pdftotext,
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestReportPdf::validPdfWithTheVerdict_data()
{
    QTest::addColumn<Report>("report");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("problem") << Test::problemReport() << QStringLiteral("INSECURE");
    QTest::newRow("secure") << Test::secureReport() << QStringLiteral("SECURE");
    QTest::newRow("refused") << Test::refusedReport() << QStringLiteral("FAILED");
}

void TestReportPdf::validPdfWithTheVerdict()
{
    QFETCH(Report, report);
    QFETCH(QString, verdict);
    const QByteArray pdf = writePdf(report);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext could not read the PDF");
    QVERIFY2(text.contains(verdict), qPrintable(text.left(400)));
    QVERIFY(text.contains(report.targetAsTyped));
    // Finding titles (with the words pdftotext may break at a line end joined).
    const QString flat = text.normalized(QString::NormalizationForm_KC).simplified();
    for (const Finding &f : report.findings)
        QVERIFY2(flat.contains(f.title), qPrintable(f.title));
    if (report.findings.isEmpty())
        QVERIFY(flat.contains(QStringLiteral("No problems found")));
}

void TestReportPdf::writesFile()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(writePdfFile(Test::problemReport(), path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");
    // To look at the result: MAILINSPECT_REPORT_PDF_OUT=/some/file.pdf
    const QString keep = qEnvironmentVariable("MAILINSPECT_REPORT_PDF_OUT");
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        QVERIFY(QFile::copy(path, keep));
    }
}

void TestReportPdf::unwritableFileIsAnError()
{
    QString error;
    QVERIFY(!writePdfFile(Test::problemReport(),
                          m_dir.filePath(QStringLiteral("no/such/dir/report.pdf")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
