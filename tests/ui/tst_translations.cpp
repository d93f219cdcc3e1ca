// The shipped translations: each embedded .qm loads, and the main window built after
// Translations::apply() shows its menus, actions, mode names and welcome page in that
// language. Compared against the same window built in English.
#include "configsmode.h"
#include "fakeprompter.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "settings.h"
#include "translations.h"
#include "welcomepage.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

namespace {
struct WindowTexts
{
    QStringList menus;   ///< every menu and menu entry, depth first
    QStringList modes;   ///< the mode bar
    QStringList toolBar; ///< the Configs mode's toolbar
    QStringList welcome; ///< the welcome page's buttons
};

void collect(const QList<QAction *> &actions, QStringList *out)
{
    for (QAction *a : actions) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        out->append(a->text());
        if (a->menu())
            collect(a->menu()->actions(), out);
    }
}

WindowTexts textsOf(const QString &language, Settings *settings)
{
    Translations::apply(language);
    BuiltinModelCatalog catalog;
    FakePrompter prompter;
    MainWindow window(settings, &catalog, &prompter);
    WindowTexts t;
    collect(window.menuBar()->actions(), &t.menus);
    collect(window.modeActions(), &t.modes);
    collect(window.toolBarActions(), &t.toolBar);
    WelcomePage *w = window.configs()->welcomePage();
    for (QCommandLinkButton *b : w->findChildren<QCommandLinkButton *>())
        t.welcome << b->text() << b->description();
    return t;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void qmFilesAreEmbedded_data();
    void qmFilesAreEmbedded();
    void mainWindowIsTranslated_data();
    void mainWindowIsTranslated();
    void unknownLanguageFallsBackToEnglish();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    WindowTexts m_english;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_settings = Settings::fromFile(m_dir.filePath(QStringLiteral("settings.ini")));
    m_english = textsOf(QStringLiteral("en"), m_settings.get());
    QCOMPARE(m_english.modes, (QStringList{QStringLiteral("Configs"), QStringLiteral("Compare"),
                                           QStringLiteral("Router"), QStringLiteral("Models"),
                                           QStringLiteral("Dashboard")}));
    QVERIFY(m_english.menus.contains(QStringLiteral("&File")));
    QVERIFY(m_english.menus.size() > 20);
}

void TestTranslations::cleanupTestCase()
{
    Translations::apply(QStringLiteral("en"));
}

void TestTranslations::qmFilesAreEmbedded_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslations::qmFilesAreEmbedded()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/tierbench_%1.qm").arg(language)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), language);
    // A core context (Q_DECLARE_TR_FUNCTIONS) and a ui one are both in it.
    QVERIFY(!translator.translate("ConfigValidator", "The document is empty.").isEmpty());
    QVERIFY(!translator.translate("MainWindow", "&File").isEmpty());
    QVERIFY(!translator.translate("ComparePage", "Run").isEmpty());
}

void TestTranslations::mainWindowIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    // Words that are the same in that language (translated, and identical on purpose).
    QTest::addColumn<QStringList>("sameWords");
    QTest::newRow("de") << QStringLiteral("de") << QStringList{QStringLiteral("Router"), QStringLiteral("Dashboard")};
    QTest::newRow("fr") << QStringLiteral("fr") << QStringList{QStringLiteral("&Documentation")};
}

void TestTranslations::mainWindowIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, sameWords);
    QCOMPARE(Translations::resolve(language), language);
    const WindowTexts t = textsOf(language, m_settings.get());
    QCOMPARE(QLocale().language(), QLocale(language).language()); // numbers follow the UI language
    const auto compare = [&sameWords](const QStringList &english, const QStringList &translated, const char *what) {
        QCOMPARE(translated.size(), english.size());
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY2(!translated.at(i).isEmpty(), what);
            if (translated.at(i) == english.at(i) && !sameWords.contains(english.at(i)))
                QFAIL(qPrintable(QStringLiteral("%1 not translated: \"%2\"").arg(QLatin1StringView(what), english.at(i))));
        }
    };
    compare(m_english.modes, t.modes, "mode name");
    compare(m_english.menus, t.menus, "menu entry");
    compare(m_english.toolBar, t.toolBar, "toolbar action");
    compare(m_english.welcome, t.welcome, "welcome page text");
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(Translations::resolve(QStringLiteral("xx")), QStringLiteral("en")); // the test's locale is C
    const WindowTexts t = textsOf(QStringLiteral("xx"), m_settings.get());
    QCOMPARE(t.modes, m_english.modes);
    QCOMPARE(t.menus, m_english.menus);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
