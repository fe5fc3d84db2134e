// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The guard of "protocol words live only in core/protocol/": the session and
// the diagnosis ask a dialect, and never spell a verb, a reply code or a
// response code themselves. Comments may name them; code may not.

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace MailInspect;

namespace {

struct Source
{
    QString code; ///< comments blanked out, strings kept
    QList<QByteArray> strings; ///< every string and character literal's contents
};

// Blanks out // and /* */ comments and collects string literals, keeping
// line numbers (newlines stay) so a failure can point at the line.
Source scan(const QByteArray &text)
{
    Source out;
    QByteArray code;
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
            while (i < text.size() && text[i] != '\n')
                ++i;
            continue;
        }
        if (c == '/' && i + 1 < text.size() && text[i + 1] == '*') {
            i += 2;
            while (i + 1 < text.size() && !(text[i] == '*' && text[i + 1] == '/')) {
                if (text[i] == '\n')
                    code += '\n';
                ++i;
            }
            i += 2;
            continue;
        }
        if (c == '"' || c == '\'') {
            QByteArray literal;
            code += c;
            ++i;
            while (i < text.size() && text[i] != c && text[i] != '\n') {
                if (text[i] == '\\' && i + 1 < text.size()) {
                    literal += text[i];
                    code += text[i];
                    ++i;
                }
                literal += text[i];
                code += text[i];
                ++i;
            }
            code += c;
            ++i;
            if (c == '"')
                out.strings.append(literal);
            continue;
        }
        code += c;
        ++i;
    }
    out.code = QString::fromUtf8(code);
    return out;
}

// What no string in the session or the diagnosis may say: protocol verbs and
// capability names as tokens, reply codes, status words, response codes.
QString forbiddenString(const QByteArray &literal)
{
    static const QList<QByteArray> anywhere {
        "+OK",      "-ERR",   "[UNAVAILABLE]",        "PRIVACYREQUIRED", "[SYS/",
        "[IN-USE]", "[AUTH]", "AUTHENTICATIONFAILED", "(TRYLATER)",
    };
    for (const QByteArray &word : anywhere) {
        if (literal.contains(word))
            return QString::fromLatin1(word);
    }
    if (literal.startsWith("x1 "))
        return QStringLiteral("x1 ");
    // A literal that is a verb, a capability or a status word as a token:
    // "EHLO", "EHLO " (an argument follows), "STARTTLS\r\n", "LOGOUT", "BYE".
    // Prose that mentions them is for people ("EHLO refused (%1); trying
    // HELO") and is allowed. The login verbs (AUTH, USER, PASS, LOGIN) are not
    // listed: the redactor in core/session/ reads every protocol's login lines
    // to hide their secrets, and is the one place that still knows them.
    static const QRegularExpression token(
        QStringLiteral("^(EHLO|HELO|LHLO|STARTTLS|STLS|CAPA|CAPABILITY|NOOP|QUIT|LOGOUT|RSET|SASL|"
                       "LOGINDISABLED|OK|NO|BAD|BYE|PREAUTH)(\\\\r|\\\\n|=|$)"));
    const QString text = QString::fromLatin1(literal).trimmed();
    if (const auto m = token.match(text); m.hasMatch())
        return m.captured(1);
    // An SMTP reply code, alone or starting a reply ("250", "454 4.7.0 ..."),
    // not prose that starts with a port number ("587 with STARTTLS or ...").
    static const QRegularExpression code(QStringLiteral("^[2-5][0-9][0-9]([ -]|$)"));
    static const QRegularExpression prose(QStringLiteral("[a-z]{3,}"));
    if (code.match(text).hasMatch() && !prose.match(text).hasMatch())
        return text.left(3);
    return {};
}

// Reply codes compared as numbers ("code == 454", "reply.code >= 500",
// "code / 100 == 4"): a line that speaks of a code and compares it.
const QRegularExpression &numericCode()
{
    static const QRegularExpression re(QStringLiteral(
        "(?i)code.*(((==|!=|>=|<=|(?<![-<>])[<>])\\s*[2-5][0-9][0-9]\\b)|(/\\s*100\\b))"));
    return re;
}

QStringList guardedFiles()
{
    QStringList files;
    const QStringList folders {QStringLiteral("core/session"), QStringLiteral("core/diagnosis")};
    for (const QString &folder : folders) {
        const QDir dir(Test::sourceDir() + QLatin1Char('/') + folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                                                 QDir::Files, QDir::Name))
            files << dir.filePath(name);
    }
    return files;
}

QStringList problemsIn(const QByteArray &text)
{
    QStringList problems;
    const Source source = scan(text);
    for (const QByteArray &literal : source.strings) {
        const QString word = forbiddenString(literal);
        if (!word.isEmpty())
            problems << QStringLiteral("\"%1\" (%2)").arg(QString::fromLatin1(literal), word);
    }
    const QStringList lines = source.code.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const auto m = numericCode().match(lines.at(n));
        if (m.hasMatch())
            problems << QStringLiteral("line %1: %2").arg(n + 1).arg(lines.at(n).trimmed());
    }
    return problems;
}

} // namespace

class TestProtocolWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The guard itself: it sees what it must and lets prose and comments be.
    void guardFindsProtocolWords_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("verb") << QByteArray("auto v = QByteArrayLiteral(\"STARTTLS\\r\\n\");")
                              << true;
        QTest::newRow("status word") << QByteArray("if (s == QLatin1String(\"BYE\"))") << true;
        QTest::newRow("pop3 status") << QByteArray("line.startsWith(\"+OK\")") << true;
        QTest::newRow("reply code") << QByteArray("line.startsWith(\"250\")") << true;
        QTest::newRow("response code")
            << QByteArray("text.contains(QLatin1String(\"[UNAVAILABLE]\"))") << true;
        QTest::newRow("imap probe tag")
            << QByteArray("QByteArrayLiteral(\"x1 NOOP\\r\\n\")") << true;
        QTest::newRow("numeric code") << QByteArray("if (reply.code == 454)") << true;
        QTest::newRow("code class") << QByteArray("if (code / 100 == 4)") << true;
        QTest::newRow("comment") << QByteArray("// 554 asks for QUIT; \"250 ok\" is stale\nint x;")
                                 << false;
        QTest::newRow("block comment") << QByteArray("/* \"STARTTLS\" */ int x;") << false;
        QTest::newRow("prose") << QByteArray("tr(\"EHLO refused (%1); trying HELO\")") << false;
        QTest::newRow("port prose")
            << QByteArray("tr(\"587 with STARTTLS or 465 with SSL/TLS\")") << false;
        QTest::newRow("timeout") << QByteArray("if (delay > 5000)") << false;
        QTest::newRow("name length") << QByteArray("if (host.size() > 253)") << false;
        QTest::newRow("prose starting with a verb")
            << QByteArray("T(\"STARTTLS so that mail app and server never encrypt\")") << false;
        QTest::newRow("verb with its argument")
            << QByteArray("QByteArrayLiteral(\"HELO \")") << true;
        QTest::newRow("default argument")
            << QByteArray("QString clip(QString t, int max = 300)") << false;
    }
    void guardFindsProtocolWords()
    {
        QFETCH(QByteArray, source);
        QFETCH(bool, flagged);
        const QStringList problems = problemsIn(source);
        QVERIFY2(problems.isEmpty() != flagged, qPrintable(problems.join(QStringLiteral("; "))));
    }

    void sessionAndDiagnosisSpeakNoProtocol()
    {
        const QStringList files = guardedFiles();
        QVERIFY2(files.size() >= 4, qPrintable(Test::sourceDir()));
        QStringList all;
        for (const QString &path : files) {
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            for (const QString &problem : problemsIn(f.readAll()))
                all << QDir(Test::sourceDir()).relativeFilePath(path) + QStringLiteral(": ")
                        + problem;
        }
        QVERIFY2(all.isEmpty(),
                 qPrintable(QStringLiteral("protocol words outside core/protocol/ (ask the "
                                           "dialect instead):\n  ")
                            + all.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestProtocolWords)
#include "tst_protocolwords.moc"
