// Item models of the UI under QAbstractItemModelTester, plus the small pure helpers.
#include "editordocument.h"
#include "linediff.h"
#include "modelcatalog.h"
#include "problemsmodel.h"
#include "registrymodelcatalog.h"
#include "settings.h"
#include "textdelta.h"
#include "tiersmodel.h"
#include "workspacemodel.h"
#include "cleartextguard.h"
#include "fakeprompter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestUiModels : public QObject
{
    Q_OBJECT

private slots:
    void tiersModelPassesTester();
    void problemsModelPassesTester();
    void workspaceModelPassesTester();
    void hostileWorkspaceFilesAreReadOffTheGuiThread();
    void cleartextKeyIsAskedOncePerOrigin();
    void textDelta_data();
    void textDelta();
    void lineDiff();
    void typedSettings();
    void registryCatalog();

private:
    static QString demoFile(const char *name)
    {
        return QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/demo/") + QString::fromLatin1(name);
    }
    static QString readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
};

void TestUiModels::tiersModelPassesTester()
{
    EditorDocument doc;
    doc.load(QStringLiteral("/tmp/x.yaml"), readAll(demoFile("default.yaml")));
    BuiltinModelCatalog catalog;
    TiersModel model(&doc, &catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, TiersModel::ContextColumn).data().toString(), QStringLiteral("200,000"));
    model.setTypicalRequest(1000, 1000);
    doc.addTier(0); // all three tiers are there: nothing to add
    QCOMPARE(model.rowCount(), 3);
    doc.removeTier(0, 1); // row count changes: a reset
    QCOMPARE(model.rowCount(), 2);
    doc.addTier(0); // adds the missing "standard" back
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, TiersModel::TierColumn).data().toString(), QStringLiteral("standard"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.setData(model.index(2, TiersModel::ProviderColumn), QStringLiteral("openai"), Qt::EditRole));
    QCOMPARE(model.index(2, TiersModel::ProviderColumn).data().toString(), QStringLiteral("openai"));
    model.setDocumentIndex(0);
}

void TestUiModels::problemsModelPassesTester()
{
    ProblemsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Diagnostic d;
    d.code = QStringLiteral("tier-enum");
    d.path = QStringLiteral("spec.tiers[2].tier");
    d.line = 7;
    d.column = 13;
    d.message = QStringLiteral("\"turbo\" is not one of fast|standard|reasoning");
    model.setDiagnostics(QStringLiteral("a.yaml"), {d, d});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ProblemsModel::LocationColumn).data().toString(), QStringLiteral("a.yaml:7:13"));
    QCOMPARE(model.index(0, 0).data(ProblemsModel::LineRole).toInt(), 7);
    model.setDiagnostics(QString(), {});
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::workspaceModelPassesTester()
{
    WorkspaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy scanned(&model, &WorkspaceModel::scanned);
    model.setDirectory(QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/demo"));
    QVERIFY(model.isScanning()); // off the GUI thread
    QVERIFY(scanned.wait(10000));
    QVERIFY(model.rowCount() >= 5);
    bool sawDefault = false;
    bool sawBrokenWithErrors = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex name = model.index(r, WorkspaceModel::NameColumn);
        sawDefault = sawDefault
            || (name.data().toString() == QLatin1String("default")
                && name.data(WorkspaceModel::ErrorCountRole).toInt() == 0);
        sawBrokenWithErrors = sawBrokenWithErrors
            || (name.data(WorkspaceModel::FilePathRole).toString().endsWith(QLatin1String("broken-example.yaml"))
                && name.data(WorkspaceModel::ErrorCountRole).toInt() > 0);
    }
    QVERIFY(sawDefault);
    QVERIFY(sawBrokenWithErrors);
    model.rescan();
    model.setDirectory(QString()); // replaces the scan still running
    model.waitForScan();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::textDelta_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("insert") << QStringLiteral("abcdef") << QStringLiteral("abcXYdef");
    QTest::newRow("remove") << QStringLiteral("abcdef") << QStringLiteral("abf");
    QTest::newRow("replace") << QStringLiteral("model: a\nx") << QStringLiteral("model: bb\nx");
    QTest::newRow("repeated chars") << QStringLiteral("aaaa") << QStringLiteral("aaaaa");
    QTest::newRow("from empty") << QString() << QStringLiteral("hello");
    QTest::newRow("same") << QStringLiteral("same") << QStringLiteral("same");
}

void TestUiModels::textDelta()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const TextDelta d = TextDelta::between(before, after);
    QString text = before;
    QVERIFY(d.applyTo(text));
    QCOMPARE(text, after);
    QVERIFY(d.inverted().applyTo(text));
    QCOMPARE(text, before);
    QCOMPARE(d.isEmpty(), before == after);
}

void TestUiModels::lineDiff()
{
    const QList<DiffLine> diff = LineDiff::compute(QStringLiteral("a\nb\nc"), QStringLiteral("a\nB\nc\nd"));
    QCOMPARE(LineDiff::toText(diff), QStringLiteral("  a\n- b\n+ B\n  c\n+ d\n"));
    QCOMPARE(LineDiff::changedLineCount(diff), 3);
}

void TestUiModels::typedSettings()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    {
        auto settings = Settings::fromFile(ini);
        QCOMPARE(settings->value(SettingKeys::CostInputTokens), 3200);
        QCOMPARE(settings->value(SettingKeys::OpenDocuments), QStringList());
        settings->setValue(SettingKeys::OpenDocuments, QStringList{QStringLiteral("/a.yaml")});
        settings->setValue(SettingKeys::Mode, 2);
    }
    auto again = Settings::fromFile(ini);
    QCOMPARE(again->value(SettingKeys::OpenDocuments), QStringList{QStringLiteral("/a.yaml")});
    QCOMPARE(again->value(SettingKeys::Mode), 2);
}

void TestUiModels::registryCatalog()
{
    LLMModel a;
    a.id = LLMModel::makeId(QStringLiteral("openai"), QStringLiteral("gpt-4o-mini"));
    a.provider = QStringLiteral("openai");
    a.modelId = QStringLiteral("gpt-4o-mini");
    a.inputPrice = Decimal::parse(u"0.15");
    a.outputPrice = Decimal::parse(u"0.6");
    a.contextWindow = 128000;
    a.priceSource = QStringLiteral("litellm");
    LLMModel gone = a;
    gone.modelId = QStringLiteral("old-model");
    gone.isActive = false;
    const RegistryModelCatalog catalog({a, gone}, QStringLiteral("test.sqlite"));
    QCOMPARE(catalog.ids(), QStringList{QStringLiteral("gpt-4o-mini")});
    const auto m = catalog.find(QStringLiteral("gpt-4o-mini"));
    QVERIFY(m);
    QCOMPARE(TiersModel::priceText(m->outputPerMillion), QStringLiteral("0.60"));
    QCOMPARE(*m->contextWindow, 128000);
    QVERIFY(m->source.contains(QStringLiteral("litellm")));
}

QTEST_MAIN(TestUiModels)
void TestUiModels::hostileWorkspaceFilesAreReadOffTheGuiThread()
{
    // Issue 12: an alias bomb in the workspace froze the window at every start.
    QTemporaryDir dir;
    for (const char *name : {"bad-alias-bomb", "bad-nesting-very-deep", "bad-nul-byte"}) {
        QFile::copy(QStringLiteral(TIERBENCH_FIXTURES_DIR "/config/") + QLatin1StringView(name) + QStringLiteral("/input.yaml"),
                    dir.filePath(QLatin1StringView(name) + QStringLiteral(".yaml")));
    }
    WorkspaceModel model;
    QSignalSpy scanned(&model, &WorkspaceModel::scanned);
    model.setDirectory(dir.path());
    QVERIFY(model.isScanning());
    QCOMPARE(model.rowCount(), 0); // setDirectory() returned before reading anything
    QVERIFY(scanned.wait(10000));
    QCOMPARE(model.rowCount(), 3);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(model.index(r, 0).data(WorkspaceModel::ErrorCountRole).toInt() > 0);
}

void TestUiModels::cleartextKeyIsAskedOncePerOrigin()
{
    FakePrompter prompter;
    prompter.confirmAnswer = false;
    CleartextGuard guard(&prompter);
    const QUrl url(QStringLiteral("http://gpu-box.internal:8000/v1/chat/completions"));
    QVERIFY(!guard.approve(url));
    QVERIFY(!guard.approve(url.resolved(QUrl(QStringLiteral("/v1/other")))));
    QCOMPARE(prompter.confirmations.size(), 1); // the answer is remembered for the origin
    QVERIFY(prompter.confirmations.first().contains(QStringLiteral("http://gpu-box.internal:8000")));
    prompter.confirmAnswer = true;
    QVERIFY(guard.approve(QUrl(QStringLiteral("http://other-box.internal/v1"))));
    QVERIFY(guard.approve(QUrl(QStringLiteral("http://other-box.internal/v1/x"))));
    QCOMPARE(prompter.confirmations.size(), 2);
}

#include "tst_uimodels.moc"
