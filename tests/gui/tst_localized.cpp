// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window in every language the catalogues in translations/*.ts offer: start it in
// that locale as the app does, run practice scenarios to the end, read every string a
// help-desk agent sees, and fail on any that is still the English source text. A new
// catalogue (mailinspect_xx.ts) is checked here without touching this file.
#include "certificatepanel.h"
#include "connectionform.h"
#include "installtranslators.h"
#include "mainwindow.h"
#include "stepdetailsview.h"
#include "timelinemodel.h"
#include "verdictbanner.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>

#include <algorithm>

using namespace MailInspect;

namespace {

// Long enough for a slow practice server; these scenarios take a second or two.
constexpr int inspectionTimeoutMs = 30000;

const QStringList checkedScenarios
    = {QStringLiteral("expired-certificate"), QStringLiteral("healthy-smtp-starttls")};

QString catalogueDir()
{
    return qEnvironmentVariable("MAILINSPECT_SOURCE_DIR") + QStringLiteral("/translations");
}

// mailinspect_de.ts -> "de"
QStringList catalogueLanguages()
{
    QStringList out;
    const QDir dir(catalogueDir());
    for (const QString &name :
         dir.entryList({QStringLiteral("mailinspect_*.ts")}, QDir::Files, QDir::Name))
        out << QFileInfo(name).completeBaseName().section(QLatin1Char('_'), 1);
    return out;
}

struct Catalogue
{
    QStringList sources; ///< every English source text
    QStringList translations; ///< every translation (all plural forms)
};

Catalogue readCatalogue(const QString &language, QString *error)
{
    Catalogue out;
    QFile file(catalogueDir() + QStringLiteral("/mailinspect_") + language + QStringLiteral(".ts"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + file.fileName();
        return out;
    }
    QXmlStreamReader xml(&file);
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            out.sources << xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !numerus) {
            out.translations << xml.readElementText();
        } else if (xml.name() == QLatin1String("numerusform")) {
            out.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = file.fileName() + QStringLiteral(": ") + xml.errorString();
    return out;
}

// "&Export Report…" reads "Export Report…"; "&&" is a literal ampersand.
QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QRegularExpression(QStringLiteral("&(?=\\S)")));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

// Words that are the same in every language: names of products and the program.
bool isName(const QString &word)
{
    static const QSet<QString> names = {
        QStringLiteral("mailinspect"), QStringLiteral("Mail"),        QStringLiteral("Connection"),
        QStringLiteral("Inspector"),   QStringLiteral("ManageSieve"), QStringLiteral("Postfix"),
        QStringLiteral("postscreen"),  QStringLiteral("Dovecot"),     QStringLiteral("Cisco"),
        QStringLiteral("Microsoft"),   QStringLiteral("Encrypt"),     QStringLiteral("OAuth"),
        QStringLiteral("Debian"),      QStringLiteral("Markdown"),
    };
    return names.contains(word);
}

// The ordinary words of a text: letters only, at least four, not an acronym or protocol word
// (STARTTLS, EHLO, PREAUTH), and not part of a host name, URL, file name or option.
QStringList ordinaryWords(QString text)
{
    static const QRegularExpression technical(
        QStringLiteral("\\S*(?:://|[A-Za-z0-9]\\.[A-Za-z0-9]|@|--|_|=)\\S*"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression placeholders(QStringLiteral("%(?:L?\\d+|n)"));
    static const QRegularExpression word(QStringLiteral("\\p{L}+"));
    text.remove(tags);
    text.remove(placeholders);
    text.remove(technical);
    QStringList out;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (w.size() < 4 || w.toUpper() == w || isName(w))
            continue;
        out << w;
    }
    return out;
}

// One English source text as a pattern: its placeholders match anything, the rest must be
// there as written. The English words it would show are what makes a match an untranslated
// string.
struct SourcePattern
{
    QString source;
    QString longestLiteral;
    QRegularExpression pattern;
    QStringList englishWords;
};

class EnglishDetector
{
public:
    // @p own: the words the catalogue's language uses itself (from its translations), which
    // are no sign of English even where English writes them too ("Server", "Port", "Status").
    EnglishDetector(const Catalogue &catalogue)
    {
        QSet<QString> own;
        for (const QString &t : catalogue.translations) {
            for (const QString &w : ordinaryWords(withoutMnemonic(t)))
                own.insert(w.toLower());
        }
        static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d+|n)"));
        QSet<QString> seen;
        for (const QString &raw : catalogue.sources) {
            const QString source = withoutMnemonic(raw);
            if (seen.contains(source))
                continue;
            seen.insert(source);
            QStringList english;
            for (const QString &w : ordinaryWords(source)) {
                if (!own.contains(w.toLower()))
                    english << w;
            }
            if (english.isEmpty())
                continue;
            SourcePattern p;
            p.source = source;
            p.englishWords = english;
            QString regex;
            int from = 0;
            auto it = placeholder.globalMatch(source);
            const auto literal = [&](const QString &part) {
                if (part.size() > p.longestLiteral.size())
                    p.longestLiteral = part;
                regex += QRegularExpression::escape(part);
            };
            while (it.hasNext()) {
                const auto m = it.next();
                literal(source.mid(from, m.capturedStart() - from));
                regex += QStringLiteral("(.*)");
                from = m.capturedEnd();
            }
            literal(source.mid(from));
            p.pattern = QRegularExpression(QRegularExpression::anchoredPattern(regex),
                                           QRegularExpression::DotMatchesEverythingOption);
            m_patterns << p;
        }
        // The most specific source first: "%1 with %2" explains little about a long text.
        std::sort(m_patterns.begin(), m_patterns.end(),
                  [](const SourcePattern &a, const SourcePattern &b) {
                      return a.longestLiteral.size() > b.longestLiteral.size();
                  });
    }

    // The English source @p shown still is, or an empty string. A text put together from
    // pieces ("Name lookup: skipped") is checked piece by piece too.
    QString englishSourceOf(const QString &shown) const
    {
        static const QRegularExpression separators(QStringLiteral("[:;()\u2014\u2013]\\s*"));
        QStringList texts = {withoutMnemonic(shown), withoutMnemonic(shown).trimmed()};
        for (const QString &piece : withoutMnemonic(shown).split(separators, Qt::SkipEmptyParts))
            texts << piece.trimmed();
        texts.removeDuplicates();
        for (const QString &text : std::as_const(texts)) {
            for (const SourcePattern &p : m_patterns) {
                if (text.contains(p.longestLiteral.trimmed()) && p.pattern.match(text).hasMatch())
                    return p.source;
            }
        }
        return {};
    }

private:
    QList<SourcePattern> m_patterns;
};

// What the window shows, each with where it is shown.
class Collector
{
public:
    void add(const QString &where, const QString &text)
    {
        QString plain = text;
        if (Qt::mightBeRichText(plain))
            plain = QTextDocumentFragment::fromHtml(plain).toPlainText();
        for (const QString &line :
             plain.split(QRegularExpression(QStringLiteral("[\n\t\u2029]")), Qt::SkipEmptyParts)) {
            if (!line.trimmed().isEmpty())
                m_shown.insert(line.trimmed(), where);
        }
        if (!plain.contains(QLatin1Char('\n')) && !plain.trimmed().isEmpty())
            m_shown.insert(plain.trimmed(), where);
    }

    void addVariant(const QString &where, const QVariant &value)
    {
        if (value.typeId() == QMetaType::QString)
            add(where, value.toString());
        else if (value.typeId() == QMetaType::QStringList)
            add(where, value.toStringList().join(QLatin1Char('\n')));
    }

    void addModel(const QString &where, const QAbstractItemModel *model,
                  const QModelIndex &parent = {})
    {
        if (!model)
            return;
        static const QList<int> roles
            = {Qt::DisplayRole,   Qt::ToolTipRole,        Qt::StatusTipRole,
               Qt::WhatsThisRole, Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole};
        if (!parent.isValid()) {
            for (int c = 0; c < model->columnCount(); ++c) {
                for (int role : roles)
                    addVariant(where + QStringLiteral(" header"),
                               model->headerData(c, Qt::Horizontal, role));
            }
        }
        for (int r = 0; r < model->rowCount(parent); ++r) {
            for (int c = 0; c < model->columnCount(parent); ++c) {
                const QModelIndex index = model->index(r, c, parent);
                for (int role : roles)
                    addVariant(where, index.data(role));
                // The models' own text roles (a finding's explanation and fix, a step's
                // summary).
                for (int role = Qt::UserRole; role < Qt::UserRole + 16; ++role)
                    addVariant(where, index.data(role));
                if (c == 0)
                    addModel(where, model, index);
            }
        }
    }

    void addActions(const QString &where, const QList<QAction *> &actions)
    {
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            const QString here = where + QStringLiteral(" > ") + withoutMnemonic(action->text());
            add(here, action->text());
            add(here + QStringLiteral(" (tooltip)"), action->toolTip());
            add(here + QStringLiteral(" (status tip)"), action->statusTip());
            if (action->menu()) {
                add(here, action->menu()->title());
                addActions(here, action->menu()->actions());
            }
        }
    }

    void addWidgets(QWidget *window)
    {
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        widgets.prepend(window);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisibleTo(window) && w != window)
                continue;
            const QString where = QString::fromLatin1(w->metaObject()->className())
                + QLatin1Char(' ') + w->objectName();
            add(where + QStringLiteral(" (tooltip)"), w->toolTip());
            add(where + QStringLiteral(" (accessible name)"), w->accessibleName());
            add(where + QStringLiteral(" (accessible description)"), w->accessibleDescription());
            add(where + QStringLiteral(" (what's this)"), w->whatsThis());
            if (w->isWindow())
                add(where + QStringLiteral(" (title)"), w->windowTitle());
            if (auto *label = qobject_cast<QLabel *>(w))
                add(where, label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                add(where, button->text());
            if (auto *box = qobject_cast<QGroupBox *>(w))
                add(where, box->title());
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                add(where + QStringLiteral(" (placeholder)"), edit->placeholderText());
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
                add(where + QStringLiteral(" (special value)"), spin->specialValueText());
                add(where, spin->text());
            }
            if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    add(where, combo->itemText(i));
            }
            if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(where, tabs->tabText(i));
                    add(where + QStringLiteral(" (tooltip)"), tabs->tabToolTip(i));
                }
            }
            // A header shows its view's model: read once, with the view.
            if (auto *view = qobject_cast<QAbstractItemView *>(w);
                view && !qobject_cast<QHeaderView *>(w))
                addModel(where, view->model());
            if (auto *text = qobject_cast<QTextEdit *>(w))
                add(where, text->toPlainText());
            if (!w->actions().isEmpty())
                addActions(where, w->actions());
        }
    }

    const QMultiHash<QString, QString> &shown() const { return m_shown; }

private:
    QMultiHash<QString, QString> m_shown; ///< text -> where
};

bool runInspection(MainWindow &window)
{
    QSignalSpy finished(&window, &MainWindow::inspectionFinished);
    if (!window.inspectAction()->isEnabled())
        return false;
    QTest::keyClick(window.form()->hostEdit(), Qt::Key_Return, Qt::ControlModifier);
    if (!window.isInspecting() && finished.isEmpty())
        return false;
    return finished.wait(inspectionTimeoutMs) || finished.size() == 1;
}

// Everything the window shows after @p scenario ran to the end: the form with both folds
// open, the menus, the verdict, every step's details, each tab, the status bar.
bool collectScenario(const QString &scenario, Collector *out)
{
    MainWindow window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    out->add(QStringLiteral("window title"), window.windowTitle());
    if (!window.loadPracticeScenario(scenario))
        return false;
    out->add(QStringLiteral("banner before"), window.banner()->headline());
    out->add(QStringLiteral("banner before"), window.banner()->detail());
    if (!runInspection(window))
        return false;

    out->add(QStringLiteral("window title"), window.windowTitle());
    out->add(QStringLiteral("banner headline"), window.banner()->headline());
    out->add(QStringLiteral("banner detail"), window.banner()->detail());
    out->add(QStringLiteral("status bar"), window.statusBar()->currentMessage());
    out->add(QStringLiteral("certificate trust"), window.certificatePanel()->trustText());
    out->add(QStringLiteral("certificate name"), window.certificatePanel()->nameText());
    out->addActions(QStringLiteral("menu"), window.menuBar()->actions());

    if (!window.form()->isAdvancedVisible())
        window.form()->advancedToggle()->click();
    if (!window.form()->isLoginVisible())
        window.form()->loginToggle()->click();

    QTabWidget *tabs = window.detailTabs();
    const TimelineModel *timeline = window.timelineModel();
    for (int row = 0; row < timeline->rowCount(); ++row) {
        window.timelineView()->setCurrentIndex(timeline->index(row, 0));
        out->add(QStringLiteral("step details"), window.stepDetails()->toPlainText());
    }
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        out->addWidgets(&window);
    }
    return true;
}

void removeTranslators()
{
    const auto installed = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *t : installed) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QStringList englishLeft(const Collector &collector, const EnglishDetector &detector)
{
    QStringList out;
    const QMultiHash<QString, QString> &shown = collector.shown();
    for (auto it = shown.keyBegin(); it != shown.keyEnd(); ++it) {
        const QString source = detector.englishSourceOf(*it);
        if (!source.isEmpty())
            out << QStringLiteral("\"%1\" in %2 (source \"%3\")")
                       .arg(*it, shown.value(*it), source);
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

class TestLocalized : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void detectorFindsEnglish();
    void noEnglishLeft_data();
    void noEnglishLeft();
    void menuMnemonicsAreUnique_data();
    void menuMnemonicsAreUnique();
};

void TestLocalized::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mailinspect-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_localized"));
    QVERIFY2(!catalogueLanguages().isEmpty(),
             qPrintable(QStringLiteral("no catalogues in ") + catalogueDir()));
}

void TestLocalized::init()
{
    QSettings().clear();
}

void TestLocalized::cleanup()
{
    removeTranslators();
    QLocale::setDefault(QLocale::c());
}

// Without a catalogue the window is English, and the detector must say so: otherwise the
// check below would pass for any catalogue.
void TestLocalized::detectorFindsEnglish()
{
    QString error;
    const Catalogue catalogue = readCatalogue(catalogueLanguages().constFirst(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Collector collector;
    QVERIFY(collectScenario(checkedScenarios.constFirst(), &collector));
    const QStringList english = englishLeft(collector, EnglishDetector(catalogue));
    QVERIFY2(english.size() >= 20,
             qPrintable(QStringLiteral("only %1 English strings found in the English window:\n  ")
                            .arg(english.size())
                        + english.join(QStringLiteral("\n  "))));
}

void TestLocalized::noEnglishLeft_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("scenario");
    for (const QString &language : catalogueLanguages()) {
        for (const QString &scenario : checkedScenarios)
            QTest::newRow(qPrintable(language + QLatin1Char('/') + scenario))
                << language << scenario;
    }
}

void TestLocalized::noEnglishLeft()
{
    QFETCH(QString, language);
    QFETCH(QString, scenario);
    QString error;
    const Catalogue catalogue = readCatalogue(language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // As the app starts: the locale first, then the catalogues for it.
    const QLocale locale(language);
    QVERIFY2(locale.language() != QLocale::C, qPrintable(language));
    QLocale::setDefault(locale);
    QVERIFY2(installTranslators(QCoreApplication::instance()),
             qPrintable(QStringLiteral("no embedded catalogue for ") + locale.name()));

    Collector collector;
    QVERIFY(collectScenario(scenario, &collector));
    QVERIFY(collector.shown().size() > 50);
    const QStringList english = englishLeft(collector, EnglishDetector(catalogue));
    // Each on its own line: a test failure message is cut short.
    for (const QString &line : english)
        qWarning().noquote() << "still English:" << line;
    QVERIFY2(
        english.isEmpty(),
        qPrintable(QStringLiteral("%1 English string(s) in the %2 window (listed above); "
                                  "translate them in translations/mailinspect_%3.ts, or, where "
                                  "the program shows an id or English word, a translated "
                                  "one")
                       .arg(english.size())
                       .arg(locale.name(), language)));
}

void TestLocalized::menuMnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QString();
    for (const QString &language : catalogueLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

// Alt+letter reaches one entry of a menu, and one menu of the menu bar, in every language.
void TestLocalized::menuMnemonicsAreUnique()
{
    QFETCH(QString, language);
    if (!language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
        QVERIFY(installTranslators(QCoreApplication::instance()));
    }
    MainWindow window;
    QStringList clashes;
    const auto check = [&clashes](const QString &where, const QList<QAction *> &actions) {
        QHash<QChar, QString> taken;
        static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&([^&\\s])"));
        for (const QAction *action : actions) {
            const auto m = mnemonic.match(action->text());
            if (!m.hasMatch())
                continue;
            const QChar key = m.captured(1).at(0).toLower();
            if (taken.contains(key))
                clashes << QStringLiteral("%1: \"%2\" and \"%3\" share Alt+%4")
                               .arg(where, taken.value(key), action->text(), key);
            taken.insert(key, action->text());
        }
    };
    check(QStringLiteral("menu bar"), window.menuBar()->actions());
    for (const QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            check(withoutMnemonic(top->text()), top->menu()->actions());
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestLocalized)
#include "tst_localized.moc"
