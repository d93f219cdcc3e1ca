// Issue 13, item 3: exports keep their word. A config with errors is never exported (the
// refusal names the first error and can jump to it); a valid one goes straight to the file
// dialog, which suggests a name taken from the config.
#include "codeeditor.h"
#include "config/configcodec.h"
#include "configsmode.h"
#include "demoworkspace.h"
#include "editordocument.h"
#include "editorpage.h"
#include "fakeprompter.h"
#include "formview.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "settings.h"
#include "tiersmodel.h"
#include "yamlview.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestConfigsExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusedWhileErrorsRemain_data();
    void refusedWhileErrorsRemain();
    void unsavedErrorRefusesToo();
    void validConfigGoesStraightToTheFileDialog();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    bool exportAs(bool liteLlm, const QString &target = {})
    {
        return liteLlm ? m_window->configs()->exportLiteLlm(target) : m_window->configs()->exportCrd(target);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    BuiltinModelCatalog m_catalog;
    FakePrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void TestConfigsExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(DemoWorkspace::install(m_dir->path()), QString());
    m_settings = Settings::fromFile(m_dir->filePath(QStringLiteral("settings.ini")));
    m_prompter = FakePrompter();
    m_window = std::make_unique<MainWindow>(m_settings.get(), &m_catalog, &m_prompter);
    m_window->configs()->setWorkspace(m_dir->path());
    m_window->show();
}

void TestConfigsExport::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestConfigsExport::refusedWhileErrorsRemain_data()
{
    QTest::addColumn<bool>("liteLlm");
    QTest::newRow("validated CRD YAML") << false;
    QTest::newRow("LiteLLM config.yaml") << true;
}

void TestConfigsExport::refusedWhileErrorsRemain()
{
    QFETCH(bool, liteLlm);
    EditorPage *page = m_window->configs()->openFile(path("broken-example.yaml"));
    QVERIFY(page);
    const Diagnostics &diagnostics = page->document()->diagnostics();
    const auto first = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                    [](const Diagnostic &d) { return d.isError(); });
    QVERIFY(first != diagnostics.cend());
    m_prompter.saveName = path("out.yaml"); // would be written if the dialog were shown

    QVERIFY(!exportAs(liteLlm, path("given.yaml")));
    QVERIFY(!QFile::exists(path("given.yaml")));
    QVERIFY(!exportAs(liteLlm));
    QVERIFY(!QFile::exists(path("out.yaml")));
    QVERIFY(m_prompter.suggestions.isEmpty()); // no file dialog at all
    QVERIFY(m_prompter.confirmations.isEmpty()); // and no Yes/No to press Enter on
    QCOMPARE(m_prompter.refusals.size(), 2);
    const QString refusal = m_prompter.refusals.constFirst();
    QVERIFY2(refusal.contains(first->message), qPrintable(refusal));
    QVERIFY(refusal.contains(QStringLiteral("line %1").arg(first->line)));
    QVERIFY(!refusal.contains(QStringLiteral("cluster")));

    // The refusal's button jumps to the first error.
    page->yaml()->editor()->goToPosition(1, 1);
    m_prompter.refuseAction = true;
    QVERIFY(!exportAs(liteLlm));
    QCOMPARE(page->yaml()->editor()->currentLine(), first->line);
}

void TestConfigsExport::unsavedErrorRefusesToo()
{
    EditorPage *page = m_window->configs()->openFile(path("default.yaml"));
    TiersModel *tiers = page->form()->tiersModel();
    QVERIFY(tiers->setData(tiers->index(0, TiersModel::InputCostColumn), QStringLiteral("-3"), Qt::EditRole));
    QVERIFY(!m_window->configs()->exportCrd(path("x.yaml")));
    QVERIFY(!QFile::exists(path("x.yaml")));
    QCOMPARE(m_prompter.refusals.size(), 1);
    page->document()->undoStack()->undo();
    QVERIFY(m_window->configs()->exportCrd(path("x.yaml")));
}

void TestConfigsExport::validConfigGoesStraightToTheFileDialog()
{
    QVERIFY(m_window->configs()->openFile(path("local-ollama.yaml")));
    QTemporaryDir out;
    m_prompter.saveName = out.filePath(QStringLiteral("crd.yaml"));
    QVERIFY(m_window->configs()->exportCrd());
    QVERIFY(m_prompter.confirmations.isEmpty());
    QVERIFY(m_prompter.refusals.isEmpty());
    QCOMPARE(m_prompter.suggestions.size(), 1);
    // Named after metadata.name, in an exports folder beside the configs (not over them).
    QCOMPARE(m_prompter.suggestions.at(0), path("exports/local-ollama.yaml"));
    QFile crd(m_prompter.saveName);
    QVERIFY(crd.open(QIODevice::ReadOnly));
    QVERIFY(!ConfigCodec::parse(crd.readAll()).hasErrors());

    m_prompter.saveName = out.filePath(QStringLiteral("litellm.yaml"));
    QVERIFY(m_window->configs()->exportLiteLlm());
    QCOMPARE(m_prompter.suggestions.size(), 2);
    // The next export suggests the folder the user chose last.
    QCOMPARE(m_prompter.suggestions.at(1), out.filePath(QStringLiteral("local-ollama.litellm.yaml")));
    QFile lite(m_prompter.saveName);
    QVERIFY(lite.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(lite.readAll());
    QVERIFY(text.contains(QStringLiteral("model: ollama/llama3.2:3b")) || text.contains(QStringLiteral("llama3.2:3b")));
    QVERIFY2(text.contains(QStringLiteral("input_cost_per_token")), qPrintable(text));
    QVERIFY(m_prompter.confirmations.isEmpty());
}

QTEST_MAIN(TestConfigsExport)
#include "tst_configsexport.moc"
