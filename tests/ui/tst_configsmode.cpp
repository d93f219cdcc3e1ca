// The main window and the Configs mode: workspace listing, Problems, export, dirty close,
// session restore. Dialogs are answered by a FakePrompter, so no modal loop ever runs.
#include "bottomdock.h"
#include "codeeditor.h"
#include "config/configcodec.h"
#include "configsmode.h"
#include "demoworkspace.h"
#include "diffdialog.h"
#include "editordocument.h"
#include "editorpage.h"
#include "fakeprompter.h"
#include "formview.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "problemsmodel.h"
#include "settings.h"
#include "tierctlrun.h"
#include "tiersmodel.h"
#include "workspacemodel.h"
#include "yamlview.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

class TestConfigsMode : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsAndListsDemoWorkspace();
    void modeShortcutsSwitchModes();
    void validationErrorShowsInProblemsAndJumps();
    void liveValidationUpdatesProblems();
    void exportProducesYamlThatTierctlAccepts();
    void dirtyClosePrompt();
    void quitWithDirtyDocumentAsks();
    void saveWarnsOnErrorsAndShowsDiff();
    void sessionIsRestored();
    void multiDocumentFileEditsTheChosenDocument();
    void modelColumnCompletesFromCatalog();
    void diffDialogShowsChangedLines();
    void undoKeyInFormFieldUsesDocumentStack();
    void singleClickOnProblemJumps();
    void workspaceIssuesCountUnsavedErrors();
    void smallWindowsFitAndNamesShow_data();
    void smallWindowsFitAndNamesShow();

private:
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    static QString readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    /// A real double-click: the press selects the item, the double-click activates it.
    static void doubleClick(QWidget *viewport, QPoint at)
    {
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
    }
    void makeWindow()
    {
        m_window = std::make_unique<MainWindow>(m_settings.get(), &m_catalog, &m_prompter);
        m_window->configs()->setWorkspace(m_dir->path());
        m_window->configs()->workspaceModel()->waitForScan(); // the folder is read on a worker thread
        m_window->show();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    BuiltinModelCatalog m_catalog;
    FakePrompter m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void TestConfigsMode::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(DemoWorkspace::install(m_dir->path()), QString());
    m_settings = Settings::fromFile(m_dir->filePath(QStringLiteral("settings.ini")));
    m_prompter = FakePrompter();
    makeWindow();
}

void TestConfigsMode::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestConfigsMode::startsAndListsDemoWorkspace()
{
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QAbstractItemModel *model = m_window->configs()->workspaceView()->model();
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r)
        names.append(model->index(r, WorkspaceModel::NameColumn).data().toString());
    QVERIFY2(names.contains(QStringLiteral("default")), qPrintable(names.join(u',')));
    QVERIFY(names.contains(QStringLiteral("team-a")));
    QVERIFY(names.size() >= 6);
    // Double-clicking a config opens it in a tab.
    QTreeView *view = m_window->configs()->workspaceView();
    const int row = int(names.indexOf(QStringLiteral("default")));
    const QRect rect = view->visualRect(model->index(row, 0));
    doubleClick(view->viewport(), rect.center());
    QCOMPARE(m_window->configs()->tabs()->count(), 1);
    QCOMPARE(m_window->configs()->currentDocument()->filePath(), path("default.yaml"));
    QCOMPARE(m_window->problemCountLabel()->text(), QStringLiteral("0 error(s), 0 warning(s)"));
}

void TestConfigsMode::modeShortcutsSwitchModes()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(m_window->mode(), int(MainWindow::RouterMode));
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->mode(), int(MainWindow::ConfigsModeIndex));
}

void TestConfigsMode::validationErrorShowsInProblemsAndJumps()
{
    EditorPage *page = m_window->configs()->openFile(path("broken-example.yaml"));
    QVERIFY(page);
    ProblemsModel *problems = m_window->bottomDock()->problems();
    QVERIFY(problems->rowCount() >= 5);
    QVERIFY(m_window->problemCountLabel()->text().contains(QStringLiteral("error")));
    QVERIFY(!m_window->problemCountLabel()->text().startsWith(QLatin1Char('0')));
    // Find the endpoint problem of the second tier and double-click it.
    int row = -1;
    for (int r = 0; r < problems->rowCount(); ++r)
        if (problems->diagnosticAt(r).path == QLatin1String("spec.tiers[1].endpoint"))
            row = r;
    QVERIFY(row >= 0);
    const Diagnostic d = problems->diagnosticAt(row);
    QVERIFY(d.line > 0);
    const QString lineText = readAll(path("broken-example.yaml")).split(u'\n').at(d.line - 1);
    QVERIFY2(lineText.contains(QStringLiteral("endpoint:")), qPrintable(lineText));

    QTreeView *view = m_window->bottomDock()->problemsView();
    view->scrollTo(problems->index(row, 0));
    const QRect rect = view->visualRect(problems->index(row, ProblemsModel::MessageColumn));
    doubleClick(view->viewport(), rect.center());

    CodeEditor *editor = page->yaml()->editor();
    QCOMPARE(editor->currentLine(), d.line);
    QCOMPARE(editor->textCursor().positionInBlock(), d.column - 1);
    const QModelIndex current = page->form()->tiersTable()->currentIndex();
    QCOMPARE(current.row(), 1);
    QCOMPARE(current.column(), int(TiersModel::EndpointColumn));
}

void TestConfigsMode::liveValidationUpdatesProblems()
{
    EditorPage *page = m_window->configs()->openFile(path("default.yaml"));
    QVERIFY(page);
    QCOMPARE(m_window->bottomDock()->problems()->rowCount(), 0);
    // Type a bad tier name in the YAML: "tier: fast" -> "tier: fastest".
    QTextCursor c = page->yaml()->editor()->document()->find(QStringLiteral("tier: fast"));
    QVERIFY(!c.isNull());
    QTextCursor caret = page->yaml()->editor()->textCursor();
    caret.setPosition(c.selectionEnd());
    page->yaml()->editor()->setTextCursor(caret);
    QTest::keyClicks(page->yaml()->editor(), QStringLiteral("est"));
    QTRY_COMPARE(m_window->bottomDock()->problems()->rowCount(), 1);
    const Diagnostic d = m_window->bottomDock()->problems()->diagnosticAt(0);
    QCOMPARE(d.code, QStringLiteral("tier-enum"));
    QCOMPARE(d.line, caret.blockNumber() + 1);
    QCOMPARE(m_window->problemCountLabel()->text(), QStringLiteral("1 error(s), 0 warning(s)"));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->configs()->tabs()->tabText(0).endsWith(QLatin1Char('*')));
}

void TestConfigsMode::exportProducesYamlThatTierctlAccepts()
{
    EditorPage *page = m_window->configs()->openFile(path("default.yaml"));
    QVERIFY(page);
    TiersModel *model = page->form()->tiersModel();
    QVERIFY(model->setData(model->index(0, TiersModel::ModelColumn), QStringLiteral("gpt-4o-mini"), Qt::EditRole));
    QVERIFY(model->setData(model->index(0, TiersModel::ProviderColumn), QStringLiteral("openai"), Qt::EditRole));

    const QString crd = path("exported.yaml");
    QVERIFY(m_window->configs()->exportCrd(crd));
    QVERIFY(m_prompter.confirmations.isEmpty()); // a valid config exports with no question
    const QString exported = readAll(crd);
    QVERIFY(exported.contains(QStringLiteral("model: gpt-4o-mini")));
    QVERIFY(exported.contains(QStringLiteral("costPerMillionInput: \"0.15\"")));

    if (QFile::exists(tierctlPath())) {
        const TierctlRun r = runTierctl({QStringLiteral("validate"), crd}, {.timeoutMs = 30000});
        QVERIFY2(r.exitCode == 0, qPrintable(r.outText() + r.errText()));
        // `tierctl export --to crd` writes the bytes this export does: of the exported file
        // (the edited config, normalised), and of an unedited demo file opened here.
        QCOMPARE(runTierctl({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("crd"), crd}).outText(),
                 exported);
        EditorPage *teamsPage = m_window->configs()->openFile(path("teams.yaml"));
        QVERIFY(teamsPage);
        const QString teams = path("teams-export.yaml");
        QVERIFY(m_window->configs()->exportCrd(teams));
        QCOMPARE(runTierctl({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("crd"),
                             path("teams.yaml")}).outText(),
                 readAll(teams));
        QVERIFY(m_window->configs()->closePage(teamsPage)); // back to the edited default.yaml
    } else {
        qWarning("tierctl not built: validating the export with ConfigCodec instead");
        QVERIFY(!ConfigCodec::parse(exported.toUtf8()).hasErrors());
    }
    // Cancelling the file dialog writes nothing.
    m_prompter.saveName.clear();
    QVERIFY(!m_window->configs()->exportCrd());
    QCOMPARE(m_prompter.suggestions.size(), 1);

    const QString litellm = path("litellm-config.yaml");
    QVERIFY(m_window->configs()->exportLiteLlm(litellm));
    const QString lite = readAll(litellm);
    QVERIFY(lite.contains(QStringLiteral("model_list")));
    QVERIFY(lite.contains(QStringLiteral("openai/gpt-4o-mini")));
    QVERIFY(lite.contains(QStringLiteral("os.environ/")));
}

void TestConfigsMode::dirtyClosePrompt()
{
    EditorPage *page = m_window->configs()->openFile(path("default.yaml"));
    TiersModel *model = page->form()->tiersModel();
    QVERIFY(model->setData(model->index(0, TiersModel::MaxTokensColumn), 2048, Qt::EditRole));
    QVERIFY(page->document()->isModified());

    m_prompter.closeAnswer = Prompter::CloseAnswer::Cancel;
    QVERIFY(!m_window->configs()->closePage(page));
    QCOMPARE(m_prompter.askedToSave, QStringList{QStringLiteral("default.yaml")});
    QCOMPARE(m_window->configs()->tabs()->count(), 1);

    m_prompter.closeAnswer = Prompter::CloseAnswer::Save;
    QVERIFY(m_window->configs()->closePage(page));
    QCOMPARE(m_window->configs()->tabs()->count(), 0);
    QCOMPARE(m_prompter.diffs.size(), 1); // the diff was shown before writing
    QVERIFY(readAll(path("default.yaml")).contains(QStringLiteral("maxTokens: 2048")));

    // An unmodified document closes without a question.
    m_prompter.askedToSave.clear();
    QVERIFY(m_window->configs()->closePage(m_window->configs()->openFile(path("teams.yaml"))));
    QVERIFY(m_prompter.askedToSave.isEmpty());
}

void TestConfigsMode::quitWithDirtyDocumentAsks()
{
    EditorPage *page = m_window->configs()->openFile(path("default.yaml"));
    page->document()->setConfigName(0, QStringLiteral("renamed"));
    m_prompter.closeAnswer = Prompter::CloseAnswer::Cancel;
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_prompter.askedToSave.size(), 1);
    m_prompter.closeAnswer = Prompter::CloseAnswer::Discard;
    QVERIFY(m_window->close());
    QVERIFY(!readAll(path("default.yaml")).contains(QStringLiteral("renamed")));
}

void TestConfigsMode::saveWarnsOnErrorsAndShowsDiff()
{
    EditorPage *page = m_window->configs()->openFile(path("broken-example.yaml"));
    const QString before = readAll(path("broken-example.yaml"));
    CodeEditor *editor = page->yaml()->editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("# note"));
    QTest::keyClick(editor, Qt::Key_Return);
    m_prompter.confirmAnswer = false; // "Save with errors?" -> No
    QVERIFY(!m_window->configs()->save(page));
    QVERIFY(m_prompter.confirmations.constFirst().contains(QStringLiteral("error")));
    QCOMPARE(readAll(path("broken-example.yaml")), before);

    m_prompter.confirmAnswer = true;
    m_prompter.diffAnswer = false; // the user looks at the diff and cancels
    QVERIFY(!m_window->configs()->save(page));
    QCOMPARE(readAll(path("broken-example.yaml")), before);
    m_prompter.diffAnswer = true;
    QVERIFY(m_window->configs()->save(page));
    QVERIFY(readAll(path("broken-example.yaml")).endsWith(QStringLiteral("# note\n")));
    QVERIFY(!page->document()->isModified());
}

void TestConfigsMode::sessionIsRestored()
{
    m_window->configs()->openFile(path("teams.yaml"));
    m_window->configs()->openFile(path("default.yaml"));
    m_window->setMode(MainWindow::ModelsMode);
    QVERIFY(m_window->close());
    m_window.reset();

    m_window = std::make_unique<MainWindow>(m_settings.get(), &m_catalog, &m_prompter);
    m_window->restoreSession();
    QCOMPARE(m_window->configs()->openFilePaths(),
             (QStringList{path("teams.yaml"), path("default.yaml")}));
    QCOMPARE(m_window->configs()->currentDocument()->filePath(), path("default.yaml"));
    QCOMPARE(m_window->mode(), int(MainWindow::ModelsMode));
}

void TestConfigsMode::multiDocumentFileEditsTheChosenDocument()
{
    // Opening team-b from the workspace shows the second document of teams.yaml.
    EditorPage *page = m_window->configs()->openFile(path("teams.yaml"), 1);
    QVERIFY(page);
    QCOMPARE(page->document()->documents().size(), 2);
    QCOMPARE(page->form()->documentIndex(), 1);
    QCOMPARE(page->form()->nameEdit()->text(), QStringLiteral("team-b"));
    TiersModel *model = page->form()->tiersModel();
    QVERIFY(model->setData(model->index(0, TiersModel::MaxTokensColumn), 1234, Qt::EditRole));
    const QList<ConfigDocument> docs = ConfigCodec::parse(page->document()->text().toUtf8()).documents;
    QCOMPARE(docs.size(), 2);
    QCOMPARE(docs.at(1).tierConfig.tiers.at(0).maxTokens, std::optional<int>(1234));
    QCOMPARE(docs.at(0).tierConfig, page->document()->documents().at(0).tierConfig);
    QVERIFY(docs.at(0).tierConfig.tiers.at(0).maxTokens != std::optional<int>(1234));
}

void TestConfigsMode::modelColumnCompletesFromCatalog()
{
    EditorPage *page = m_window->configs()->openFile(path("default.yaml"));
    QTableView *table = page->form()->tiersTable();
    const QModelIndex cell = page->form()->tiersModel()->index(0, TiersModel::ModelColumn);
    table->setCurrentIndex(cell);
    table->edit(cell);
    // The delegate's editor is the line edit inside the table's viewport.
    QLineEdit *editor = nullptr;
    for (QLineEdit *e : table->viewport()->findChildren<QLineEdit *>())
        editor = e->isVisible() ? e : editor;
    QVERIFY(editor);
    QVERIFY(editor->completer());
    auto *completions = qobject_cast<QStringListModel *>(editor->completer()->model());
    QVERIFY(completions);
    QVERIFY(completions->stringList().contains(QStringLiteral("gpt-4o-mini")));
    QVERIFY(completions->stringList().contains(QStringLiteral("claude-opus-4-20250514")));
    // Committing a catalog model through the editor fills its prices.
    editor->setText(QStringLiteral("o3-mini"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell.data().toString(), QStringLiteral("o3-mini")); // the delegate commits queued
    QCOMPARE(page->form()->tiersModel()->index(0, TiersModel::InputCostColumn).data().toString(), QStringLiteral("1.10"));
    QCOMPARE(page->form()->tiersModel()->index(0, TiersModel::OutputCostColumn).data().toString(), QStringLiteral("4.40"));
}

void TestConfigsMode::diffDialogShowsChangedLines()
{
    DiffDialog dialog(QStringLiteral("a.yaml"), QStringLiteral("a: 1\nb: 2\n"), QStringLiteral("a: 1\nb: 3\n"));
    auto *view = dialog.findChild<QPlainTextEdit *>();
    QVERIFY(view);
    QVERIFY(view->toPlainText().contains(QStringLiteral("- b: 2\n+ b: 3")));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("a.yaml")));
}

void TestConfigsMode::undoKeyInFormFieldUsesDocumentStack()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    EditorPage *page = m_window->configs()->openFile(path("default.yaml"));
    QLineEdit *name = page->form()->nameEdit();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("-x"));
    QVERIFY(page->yaml()->editor()->toPlainText().contains(QStringLiteral("name: default-x\n")));
    // Ctrl+Z in the name field undoes through the document: YAML and field both go back.
    QTest::keySequence(name, QKeySequence::Undo);
    QVERIFY(page->yaml()->editor()->toPlainText().contains(QStringLiteral("name: default\n")));
    QCOMPARE(name->text(), QStringLiteral("default"));
    QVERIFY(!page->document()->isModified());
}

// Issue 13, item 9: one click on a problem shows it, as a double click does.
void TestConfigsMode::singleClickOnProblemJumps()
{
    EditorPage *page = m_window->configs()->openFile(path("broken-example.yaml"));
    QVERIFY(page);
    ProblemsModel *problems = m_window->bottomDock()->problems();
    QTreeView *view = m_window->bottomDock()->problemsView();
    const int row = problems->rowCount() - 1; // the last one: far from where the caret starts
    const Diagnostic d = problems->diagnosticAt(row);
    QVERIFY(d.line > 1);
    view->scrollTo(problems->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(problems->index(row, ProblemsModel::MessageColumn)).center());
    QCOMPARE(page->yaml()->editor()->currentLine(), d.line);
}

// Item 9: the workspace's Issues column counts an open document's unsaved errors.
void TestConfigsMode::workspaceIssuesCountUnsavedErrors()
{
    WorkspaceModel *workspace = m_window->configs()->workspaceModel();
    QAbstractItemModelTester tester(workspace, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int row = -1;
    for (int r = 0; r < workspace->rowCount(); ++r)
        if (workspace->index(r, 0).data(WorkspaceModel::FilePathRole).toString() == path("default.yaml"))
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex issues = workspace->index(row, WorkspaceModel::ProblemsColumn);
    QCOMPARE(issues.data().toString(), QString());
    EditorPage *page = m_window->configs()->openFile(path("default.yaml"));
    TiersModel *tiers = page->form()->tiersModel();
    QVERIFY(tiers->setData(tiers->index(0, TiersModel::TierColumn), QStringLiteral("turbo"), Qt::EditRole));
    QVERIFY(tiers->setData(tiers->index(1, TiersModel::InputCostColumn), QStringLiteral("-1"), Qt::EditRole));
    page->document()->flushReparse();
    QCOMPARE(issues.data().toString(), QStringLiteral("2"));
    QCOMPARE(issues.data(WorkspaceModel::ErrorCountRole).toInt(), 2);
    QVERIFY(issues.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 error(s)")));
    // Closing without saving shows the file's own (clean) state again.
    m_prompter.closeAnswer = Prompter::CloseAnswer::Discard;
    QVERIFY(m_window->configs()->closePage(page));
    QCOMPARE(issues.data().toString(), QString());
}

void TestConfigsMode::smallWindowsFitAndNamesShow_data()
{
    QTest::addColumn<QSize>("window");
    QTest::newRow("800x560") << QSize(800, 560);
    QTest::newRow("1024x700") << QSize(1024, 700);
}

// Issue 13, item 6: with a document open the window still fits a small screen, and the
// workspace shows its config names (whole at 1024; elided in the middle, with a tooltip, below).
void TestConfigsMode::smallWindowsFitAndNamesShow()
{
    QFETCH(QSize, window);
    m_window->configs()->openFile(path("default.yaml"));
    m_window->resize(window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::qWait(50);
    QVERIFY2(m_window->minimumSizeHint().width() <= window.width(),
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QCOMPARE(m_window->width(), window.width());
    QTreeView *view = m_window->configs()->workspaceView();
    const int nameWidth = view->columnWidth(WorkspaceModel::NameColumn);
    QVERIFY(nameWidth >= view->fontMetrics().horizontalAdvance(QStringLiteral("team-a…")) + 24);
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
    const QModelIndex first = view->model()->index(0, WorkspaceModel::NameColumn);
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(first.data().toString()));
    if (window.width() >= 1024) {
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QString name = view->model()->index(r, WorkspaceModel::NameColumn).data().toString();
            QVERIFY2(view->fontMetrics().horizontalAdvance(name) + 24 <= nameWidth, qPrintable(name));
        }
    }
    // The form's fields keep their height: a short window scrolls the form instead.
    for (QWidget *w : m_window->configs()->currentPage()->form()->findChildren<QLineEdit *>())
        if (w->isVisible() && !qobject_cast<QAbstractSpinBox *>(w->parentWidget())) // a spin box's own editor is smaller
            QVERIFY2(w->height() >= w->minimumSizeHint().height(),
                     qPrintable(QStringLiteral("%1 %2: %3 < %4").arg(w->accessibleName(), w->objectName()).arg(w->height()).arg(w->minimumSizeHint().height())));
}

QTEST_MAIN(TestConfigsMode)
#include "tst_configsmode.moc"
