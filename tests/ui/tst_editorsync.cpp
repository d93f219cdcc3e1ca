// The form and YAML views of one document stay in sync, and undo/redo spans both.
#include "authpanel.h"
#include "codeeditor.h"
#include "editordocument.h"
#include "editorpage.h"
#include "formview.h"
#include "modelapiform.h"
#include "modelcatalog.h"
#include "tiersmodel.h"
#include "yamlview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBlock>

#include <memory>

namespace {
const char *const kSeed = R"(apiVersion: core.infraagent.io/v1alpha1
kind: ModelTierConfig
metadata:
  name: default
spec:
  defaultAuth:
    type: apiKey
    secretRef: llm-api-key
    secretKey: api-key
  tiers:
    - tier: fast
      provider: anthropic
      model: claude-haiku-3-5-20241022
      maxTokens: 4096
      costPerMillionInput: "0.80"
      costPerMillionOutput: "4.00"
    - tier: standard
      provider: anthropic
      model: claude-sonnet-4-20250514
      maxTokens: 8192
      costPerMillionInput: "3.00"
      costPerMillionOutput: "15.00"
)";
const char *const kOldModelApi = R"(# serves smollm2 in the cluster
apiVersion: ethical.institute/v1alpha1
kind: ModelAPI
metadata:
  name: ollama
spec:
  mode: Hosted
  serverConfig:
    model: "smollm2:135m"
    resources:
      requests:
        memory: "2Gi"
)";
} // namespace

class TestEditorSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void formEditRegeneratesYaml();
    void yamlEditUpdatesFormAfterDebounce();
    void brokenYamlKeepsFormAndText();
    void undoRedoAcrossBothViews();
    void typingMergesIntoOneCommand();
    void perTierAuthOverride();
    void addAndRemoveTier();
    void priceOverrideIsMarked();
    void addTierIsDisabledWhenAllTiersExist();
    void negativePriceReadsInvalid_data();
    void negativePriceReadsInvalid();
    void modelApiMigrationIsOneUndoStep();
    void modelApiFormEditsThroughUndo();
    void nestedConfigYamlHasItsOwnView();
    void hostedResourcesAreQuantities_data();
    void formOpensOnTheFirstEditableDocument();
    void hostedResourcesAreQuantities();

private:
    QString editorText() const { return m_page->yaml()->editor()->toPlainText(); }
    QVariant cell(int row, int column) const
    {
        return m_page->form()->tiersModel()->index(row, column).data();
    }
    /// Types `text` right after the first `anchor` that follows `after`.
    void typeAfter(const QString &anchor, const QString &text, const QString &after = {})
    {
        QTextDocument *doc = m_page->yaml()->editor()->document();
        QTextCursor start(doc);
        if (!after.isEmpty())
            start = doc->find(after);
        const QTextCursor found = doc->find(anchor, start);
        QVERIFY2(!found.isNull(), qPrintable(anchor));
        QTextCursor c = m_page->yaml()->editor()->textCursor();
        c.setPosition(found.selectionEnd());
        m_page->yaml()->editor()->setTextCursor(c);
        QTest::keyClicks(m_page->yaml()->editor(), text);
    }
    void typeInYaml(int line, int column, const QString &text)
    {
        m_page->yaml()->editor()->goToPosition(line, column);
        QTest::keyClicks(m_page->yaml()->editor(), text);
    }

    BuiltinModelCatalog m_catalog;
    std::unique_ptr<EditorPage> m_page;
    EditorDocument *m_doc = nullptr;
};

void TestEditorSync::init()
{
    m_doc = new EditorDocument;
    m_doc->load(QStringLiteral("/tmp/none.yaml"), QString::fromUtf8(kSeed));
    m_page = std::make_unique<EditorPage>(m_doc, &m_catalog);
    m_page->resize(1200, 700);
    QCOMPARE(editorText(), QString::fromUtf8(kSeed));
    QCOMPARE(m_page->form()->tiersModel()->rowCount(), 2);
}

void TestEditorSync::cleanup()
{
    m_page.reset();
}

void TestEditorSync::formEditRegeneratesYaml()
{
    TiersModel *model = m_page->form()->tiersModel();
    QVERIFY(model->setData(model->index(1, TiersModel::MaxTokensColumn), 12000, Qt::EditRole));
    QVERIFY(editorText().contains(QStringLiteral("maxTokens: 12000")));
    QVERIFY(!editorText().contains(QStringLiteral("maxTokens: 8192")));
    QCOMPARE(editorText(), m_doc->text());
    QCOMPARE(cell(1, TiersModel::MaxTokensColumn).toInt(), 12000);
    QVERIFY(m_doc->isModified());
    QCOMPARE(m_doc->undoStack()->count(), 1);

    m_page->form()->nameEdit()->setFocus();
    QTest::keyClicks(m_page->form()->nameEdit(), QStringLiteral("-eu"));
    QVERIFY(editorText().contains(QStringLiteral("name: default-eu\n")));
}

void TestEditorSync::yamlEditUpdatesFormAfterDebounce()
{
    // Line 14 is "      maxTokens: 4096"; put the caret after "4096" and type a digit.
    typeInYaml(14, 22, QStringLiteral("0"));
    QVERIFY(editorText().contains(QStringLiteral("maxTokens: 40960")));
    QCOMPARE(m_doc->text(), editorText());
    QTRY_COMPARE(cell(0, TiersModel::MaxTokensColumn).toInt(), 40960);
    // Change a model in the YAML: the form picks it up, and the tier column too.
    QTextCursor c = m_page->yaml()->editor()->document()->find(QStringLiteral("claude-sonnet-4-20250514"));
    QVERIFY(!c.isNull());
    c.insertText(QStringLiteral("gpt-4o"));
    QTRY_COMPARE(cell(1, TiersModel::ModelColumn).toString(), QStringLiteral("gpt-4o"));
}

void TestEditorSync::brokenYamlKeepsFormAndText()
{
    typeInYaml(4, 1, QStringLiteral("  name: [unclosed"));
    QTest::keyClick(m_page->yaml()->editor(), Qt::Key_Return);
    const QString broken = editorText();
    QTRY_VERIFY(!m_doc->isFormEditable());
    bool syntax = false;
    for (const Diagnostic &d : m_doc->diagnostics())
        syntax = syntax || d.code == QLatin1String("yaml-syntax");
    QVERIFY(syntax);
    // The form still shows the last good parse, read-only; the typed text is all there.
    QCOMPARE(m_page->form()->tiersModel()->rowCount(), 2);
    QCOMPARE(cell(0, TiersModel::ModelColumn).toString(), QStringLiteral("claude-haiku-3-5-20241022"));
    QVERIFY(!(m_page->form()->tiersModel()->flags(m_page->form()->tiersModel()->index(0, 0))
              & Qt::ItemIsEditable));
    TiersModel *model = m_page->form()->tiersModel();
    QVERIFY(!model->setData(model->index(0, TiersModel::ProviderColumn), QStringLiteral("openai"), Qt::EditRole));
    QCOMPARE(editorText(), broken);
    QCOMPARE(m_doc->text(), broken);
    // Fixing the YAML makes the form editable again.
    QTextCursor c = m_page->yaml()->editor()->document()->find(QStringLiteral("  name: [unclosed"));
    QVERIFY(!c.isNull());
    c.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor); // and its line break
    c.removeSelectedText();
    QTRY_VERIFY(m_doc->isFormEditable());
    QCOMPARE(editorText(), QString::fromUtf8(kSeed));
}

void TestEditorSync::undoRedoAcrossBothViews()
{
    const QString original = editorText();
    TiersModel *model = m_page->form()->tiersModel();
    // 1) form: choose a catalog model, which also fills its prices
    QVERIFY(model->setData(model->index(0, TiersModel::ModelColumn), QStringLiteral("gpt-4o-mini"), Qt::EditRole));
    QCOMPARE(cell(0, TiersModel::InputCostColumn).toString(), QStringLiteral("0.15"));
    QCOMPARE(cell(0, TiersModel::OutputCostColumn).toString(), QStringLiteral("0.60"));
    const QString afterForm = editorText();
    QVERIFY(afterForm.contains(QStringLiteral("model: gpt-4o-mini")));
    // 2) YAML: type into the provider of the standard tier (line 18: "      provider: anthropic")
    typeAfter(QStringLiteral("provider: anthropic"), QStringLiteral("-eu"), QStringLiteral("tier: standard"));
    QVERIFY(editorText().contains(QStringLiteral("provider: anthropic-eu")));
    QTRY_COMPARE(cell(1, TiersModel::ProviderColumn).toString(), QStringLiteral("anthropic-eu"));
    QCOMPARE(m_doc->undoStack()->count(), 2);

    // Ctrl+Z in the YAML editor goes to the document's stack: first the typing...
    QTest::keySequence(m_page->yaml()->editor(), QKeySequence::Undo);
    QCOMPARE(editorText(), afterForm);
    QTRY_COMPARE(cell(1, TiersModel::ProviderColumn).toString(), QStringLiteral("anthropic"));
    // ...then the form edit, restoring model and prices in both views.
    QTest::keySequence(m_page->yaml()->editor(), QKeySequence::Undo);
    QCOMPARE(editorText(), original);
    QCOMPARE(cell(0, TiersModel::ModelColumn).toString(), QStringLiteral("claude-haiku-3-5-20241022"));
    QCOMPARE(cell(0, TiersModel::InputCostColumn).toString(), QStringLiteral("0.80"));
    QVERIFY(!m_doc->isModified());

    m_doc->undoStack()->redo();
    QCOMPARE(editorText(), afterForm);
    QCOMPARE(cell(0, TiersModel::ModelColumn).toString(), QStringLiteral("gpt-4o-mini"));
    QTest::keySequence(m_page->yaml()->editor(), QKeySequence::Redo);
    QVERIFY(editorText().contains(QStringLiteral("provider: anthropic-eu")));
    QCOMPARE(cell(1, TiersModel::ProviderColumn).toString(), QStringLiteral("anthropic-eu"));
    QCOMPARE(m_doc->text(), editorText());
}

void TestEditorSync::typingMergesIntoOneCommand()
{
    // Typed in the middle of "default", before its last "t": "defaul-stagingt". The "t" of
    // "staging" lands before an equal character, which a text diff would place one later.
    typeInYaml(4, 15, QStringLiteral("-staging"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(editorText().contains(QStringLiteral("name: defaul-stagingt")));
    // A new line starts a new undo step.
    QTest::keyClick(m_page->yaml()->editor(), Qt::Key_Return);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(editorText(), QString::fromUtf8(kSeed));

    // Typing in the name field merges too.
    m_page->form()->nameEdit()->setFocus();
    QTest::keyClicks(m_page->form()->nameEdit(), QStringLiteral("abc"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(editorText().contains(QStringLiteral("name: defaultabc\n")));
}

void TestEditorSync::perTierAuthOverride()
{
    QTableView *table = m_page->form()->tiersTable();
    table->setCurrentIndex(m_page->form()->tiersModel()->index(0, 0));
    AuthPanel *panel = m_page->form()->tierAuthPanel();
    QVERIFY(panel->isEnabled());
    QVERIFY(!panel->isChecked());
    panel->setChecked(true); // the user ticks "override"
    QVERIFY(editorText().contains(QStringLiteral("      auth:\n        type: apiKey")));
    QCOMPARE(m_doc->documents().at(0).tierConfig.tiers.at(0).auth->type, QStringLiteral("apiKey"));
    m_doc->undoStack()->undo();
    QCOMPARE(editorText(), QString::fromUtf8(kSeed));
}

void TestEditorSync::addAndRemoveTier()
{
    m_doc->addTier(0);
    QCOMPARE(m_page->form()->tiersModel()->rowCount(), 3);
    QCOMPARE(cell(2, TiersModel::TierColumn).toString(), QStringLiteral("reasoning"));
    QVERIFY(editorText().contains(QStringLiteral("tier: reasoning")));
    m_doc->removeTier(0, 0);
    QCOMPARE(m_page->form()->tiersModel()->rowCount(), 2);
    QCOMPARE(cell(0, TiersModel::TierColumn).toString(), QStringLiteral("standard"));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(editorText(), QString::fromUtf8(kSeed));
    QCOMPARE(m_page->form()->tiersModel()->rowCount(), 2);
}

void TestEditorSync::priceOverrideIsMarked()
{
    TiersModel *model = m_page->form()->tiersModel();
    const QModelIndex input = model->index(1, TiersModel::InputCostColumn);
    QVERIFY(!input.data(TiersModel::PriceOverrideRole).toBool());
    QVERIFY(model->setData(input, QStringLiteral("2.50"), Qt::EditRole));
    QVERIFY(model->index(1, TiersModel::InputCostColumn).data(TiersModel::PriceOverrideRole).toBool());
    QVERIFY(model->index(1, TiersModel::InputCostColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("3.00")));
    // Cost preview: 3200 in / 1800 out on the seed's standard tier is $0.0366, shown as $0.04.
    m_doc->undoStack()->undo();
    QCOMPARE(cell(1, TiersModel::RequestCostColumn).toString(), QStringLiteral("$0.04"));
    QVERIFY(model->index(1, TiersModel::RequestCostColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("0.0366")));
}

// Issue 13, item 4: a config with fast, standard and reasoning has no tier left to add.
void TestEditorSync::addTierIsDisabledWhenAllTiersExist()
{
    QPushButton *add = nullptr;
    for (QPushButton *b : m_page->form()->findChildren<QPushButton *>())
        if (b->text() == u"&Add tier")
            add = b;
    QVERIFY(add);
    QVERIFY(add->isEnabled());
    QVERIFY(add->toolTip().contains(QStringLiteral("reasoning")));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_page->form()->tiersModel()->rowCount(), 3);
    QVERIFY(!add->isEnabled());
    QVERIFY2(add->toolTip().contains(QStringLiteral("remove one")), qPrintable(add->toolTip()));
    const int commands = m_doc->undoStack()->count();
    m_doc->addTier(0); // a direct call adds no duplicate either
    QCOMPARE(m_page->form()->tiersModel()->rowCount(), 3);
    QCOMPARE(m_doc->undoStack()->count(), commands);
    QCOMPARE(m_doc->errorCount(), 0);
    m_doc->removeTier(0, 1);
    QVERIFY(add->isEnabled());
    QCOMPARE(m_doc->missingTier(0), QStringLiteral("standard"));
}

void TestEditorSync::negativePriceReadsInvalid_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("price");
    QTest::newRow("negative input") << int(TiersModel::InputCostColumn) << QStringLiteral("-3");
    QTest::newRow("negative output") << int(TiersModel::OutputCostColumn) << QStringLiteral("-0.5");
    QTest::newRow("not a number") << int(TiersModel::InputCostColumn) << QStringLiteral("abc");
}

// Item 5: a price that is not a non-negative decimal shows "invalid", not "-$0.00…".
void TestEditorSync::negativePriceReadsInvalid()
{
    QFETCH(int, column);
    QFETCH(QString, price);
    TiersModel *model = m_page->form()->tiersModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model->setData(model->index(0, column), price, Qt::EditRole));
    m_doc->flushReparse();
    QVERIFY(m_doc->errorCount() > 0);
    const QModelIndex cost = model->index(0, TiersModel::RequestCostColumn);
    QCOMPARE(cost.data().toString(), QStringLiteral("invalid"));
    QVERIFY(cost.data(Qt::ToolTipRole).toString().contains(price));
    QVERIFY(model->index(1, TiersModel::RequestCostColumn).data().toString().startsWith(u'$'));
}


void TestEditorSync::modelApiMigrationIsOneUndoStep()
{
    // The seed tier config, then a 2025-12 ModelAPI: the button migrates only the ModelAPI.
    const QString original = QString::fromUtf8(kSeed) + QStringLiteral("---\n") + QString::fromUtf8(kOldModelApi);
    m_doc->load(QStringLiteral("/tmp/none.yaml"), original);
    m_page->form()->showField(1, QStringLiteral("spec"));
    QPushButton *migrate = m_page->form()->migrateButton();
    QVERIFY(!migrate->isHidden());
    QVERIFY(m_doc->documents().at(1).schemaName.contains(u"2025-12"));

    migrate->click();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(editorText(), m_doc->text());
    QVERIFY(editorText().startsWith(QString::fromUtf8(kSeed))); // the tier config is untouched
    QVERIFY(editorText().contains(QStringLiteral("  hostedConfig:\n    model: \"smollm2:135m\"\n")));
    QVERIFY(editorText().contains(QStringLiteral("      - name: model-api\n        resources:\n")));
    QVERIFY(m_doc->documents().at(1).schemaName.contains(u"2026-01"));
    QCOMPARE(m_doc->errorCount(), 0);
    QCOMPARE(m_doc->warningCount(), 0);
    QVERIFY(migrate->isHidden()); // nothing left to migrate

    m_doc->undoStack()->undo();
    QCOMPARE(editorText(), original);
    QVERIFY(m_doc->documents().at(1).schemaName.contains(u"2025-12"));
    QVERIFY(!migrate->isHidden());
    m_doc->undoStack()->redo();
    QVERIFY(editorText().contains(QStringLiteral("hostedConfig:")));
}

void TestEditorSync::modelApiFormEditsThroughUndo()
{
    const QString original = QStringLiteral("apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n"
                                            "  name: proxy\nspec:\n  mode: Proxy\n  proxyConfig:\n"
                                            "    apiBase: \"http://localhost:11434\"\n");
    m_doc->load(QStringLiteral("/tmp/none.yaml"), original);
    ModelApiForm *form = m_page->form()->modelApiForm();
    QVERIFY(!form->isHidden());
    QCOMPARE(form->apiBaseEdit()->text(), QStringLiteral("http://localhost:11434"));

    // apiBase and model: each one command; the YAML follows and stays valid.
    form->apiBaseEdit()->setText(QStringLiteral("https://api.openai.com"));
    emit form->apiBaseEdit()->editingFinished();
    form->modelEdit()->setText(QStringLiteral("8080"));
    emit form->modelEdit()->editingFinished();
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QVERIFY(editorText().contains(QStringLiteral("apiBase: \"https://api.openai.com\"")));
    QVERIFY(editorText().contains(QStringLiteral("model: \"8080\""))); // quoted: stays a string
    QCOMPARE(m_doc->errorCount(), 0);

    // The env table: a variable from a Secret.
    form->addEnvButton()->click();
    QTableWidget *env = form->envTable();
    QCOMPARE(env->rowCount(), 1);
    env->item(0, ModelApiForm::NameColumn)->setText(QStringLiteral("OPENAI_API_KEY"));
    env->item(0, ModelApiForm::SecretNameColumn)->setText(QStringLiteral("llm-secrets"));
    env->item(0, ModelApiForm::SecretKeyColumn)->setText(QStringLiteral("openai"));
    QVERIFY(editorText().contains(QStringLiteral("      - name: OPENAI_API_KEY\n        valueFrom:\n"
                                                 "          secretKeyRef:\n            name: llm-secrets\n"
                                                 "            key: openai\n")));
    QCOMPARE(m_doc->errorCount(), 0);
    QCOMPARE(m_doc->documents().at(0).modelApi.proxyConfig.env.size(), 1);

    // Mode Hosted: the form asks for the hosted model; the schema check says it is missing.
    form->modeBox()->setCurrentIndex(1);
    emit form->modeBox()->activated(1);
    QVERIFY(editorText().contains(QStringLiteral("mode: Hosted")));
    QVERIFY(m_doc->errorCount() > 0); // hosted-no-model

    // Everything undoes back to the original text.
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(editorText(), original);
    QCOMPARE(form->apiBaseEdit()->text(), QStringLiteral("http://localhost:11434"));
}

void TestEditorSync::nestedConfigYamlHasItsOwnView()
{
    // Issue 16: the nested LiteLLM config in its own YAML view, its problems at its own lines,
    // written back through the document's undo stack (2026-01: configYaml.fromString).
    const QString original = QStringLiteral("apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n"
                                            "  name: proxy\nspec:\n  mode: Proxy\n  proxyConfig:\n"
                                            "    apiBase: \"http://localhost:4000\"\n    configYaml:\n      fromString: |\n"
                                            "        model_list:\n          - model_name: fast\n"
                                            "            litellm_params:\n              model: openai/gpt-4o-mini\n");
    m_doc->load(QStringLiteral("/tmp/none.yaml"), original);
    ModelApiForm *form = m_page->form()->modelApiForm();
    CodeEditor *nested = form->configYamlEditor();
    QVERIFY(!nested->isHidden());
    QCOMPARE(nested->toPlainText(), QStringLiteral("model_list:\n  - model_name: fast\n    litellm_params:\n"
                                                   "      model: openai/gpt-4o-mini"));
    QVERIFY(form->configYamlProblems().isEmpty());
    QCOMPARE(m_doc->errorCount(), 0);

    // An entry without litellm_params: reported on line 3 of the nested text, not line 13 of the file.
    nested->setPlainText(QStringLiteral("model_list:\n  - model_name: fast\n  - model_name: smart\n"));
    form->commitConfigYaml();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(editorText().contains(QStringLiteral("    configYaml:\n      fromString: |\n        model_list:\n")));
    QVERIFY(m_doc->errorCount() > 0);
    QVERIFY2(form->configYamlProblems().startsWith(QStringLiteral("line 2, column 5: ")),
             qPrintable(form->configYamlProblems()));
    QVERIFY(form->configYamlProblems().contains(QStringLiteral("line 3, column 5: ")));

    // Undo brings back the original text, and the view with it.
    m_doc->undoStack()->undo();
    QCOMPARE(editorText(), original);
    QVERIFY(nested->toPlainText().contains(QStringLiteral("openai/gpt-4o-mini")));
    QVERIFY(form->configYamlProblems().isEmpty());
}

void TestEditorSync::hostedResourcesAreQuantities_data()
{
    QTest::addColumn<QString>("hosted");
    QTest::addColumn<QString>("written");
    QTest::newRow("2025-12: serverConfig.resources")
        << QStringLiteral("  serverConfig:\n    model: smollm2:135m\n")
        << QStringLiteral("  serverConfig:\n    model: smollm2:135m\n    resources:\n      requests:\n        cpu: \"2\"\n"
                          "      limits:\n        memory: \"8Gi\"\n");
    QTest::newRow("2026-01: the model-api container of podSpec")
        << QStringLiteral("  hostedConfig:\n    model: smollm2:135m\n")
        << QStringLiteral("  podSpec:\n    containers:\n      - name: model-api\n        resources:\n          requests:\n"
                          "            cpu: \"2\"\n          limits:\n            memory: \"8Gi\"\n");
}

void TestEditorSync::hostedResourcesAreQuantities()
{
    QFETCH(QString, hosted);
    QFETCH(QString, written);
    const QString original = QStringLiteral("apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n"
                                            "  name: served\nspec:\n  mode: Hosted\n") + hosted;
    m_doc->load(QStringLiteral("/tmp/none.yaml"), original);
    ModelApiForm *form = m_page->form()->modelApiForm();
    QLineEdit *cpu = form->resourceEdit(ModelApiForm::CpuRequest);
    QLineEdit *memory = form->resourceEdit(ModelApiForm::MemoryLimit);
    QVERIFY(!cpu->isHidden());

    // Not a quantity: refused with the reason, the YAML untouched.
    cpu->setText(QStringLiteral("two"));
    emit cpu->editingFinished();
    QCOMPARE(editorText(), original);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY2(form->statusText().contains(QStringLiteral("\"two\" is not a Kubernetes quantity")), qPrintable(form->statusText()));

    cpu->setText(QStringLiteral("2"));
    emit cpu->editingFinished();
    memory->setText(QStringLiteral("8Gi"));
    emit memory->editingFinished();
    QVERIFY2(editorText().contains(written), qPrintable(editorText()));
    QCOMPARE(m_doc->errorCount(), 0); // the CRD schema accepts it
    const ModelApi api = m_doc->documents().constFirst().modelApi;
    QCOMPARE(api.serverConfig.resourceRequests.value(QStringLiteral("cpu")), QStringLiteral("2"));
    QCOMPARE(api.serverConfig.resourceLimits.value(QStringLiteral("memory")), QStringLiteral("8Gi"));

    // Cleared fields remove the resources again; undo walks back through every step.
    cpu->clear();
    emit cpu->editingFinished();
    memory->clear();
    emit memory->editingFinished();
    QVERIFY(!editorText().contains(QStringLiteral("resources")));
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(editorText(), original);
}

void TestEditorSync::formOpensOnTheFirstEditableDocument()
{
    // The KAOS samples start with a Namespace: the form shows the ModelAPI after it.
    m_page.reset();
    m_doc = new EditorDocument;
    m_doc->load(QStringLiteral("/tmp/none.yaml"),
                QStringLiteral("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: agents\n---\n"
                               "apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: served\n"
                               "spec:\n  mode: Hosted\n  hostedConfig:\n    model: smollm2:135m\n"));
    m_page = std::make_unique<EditorPage>(m_doc, &m_catalog);
    FormView *form = m_page->form();
    QCOMPARE(form->documentIndex(), 1);
    QVERIFY(!form->modelApiForm()->isHidden());
    QCOMPARE(form->modelApiForm()->modelEdit()->text(), QStringLiteral("smollm2:135m"));
    // Picking the Namespace is the user's choice, and it stays.
    form->documentCombo()->setCurrentIndex(0);
    emit form->documentCombo()->activated(0);
    QCOMPARE(form->documentIndex(), 0);
    m_doc->flushReparse();
    QCOMPARE(form->documentIndex(), 0);
}

QTEST_MAIN(TestEditorSync)
#include "tst_editorsync.moc"
