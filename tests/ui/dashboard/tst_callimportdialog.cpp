// File ▸ Import calls… off the GUI thread: the report (imported, duplicates, bad lines) on
// a file with a bad row, a re-import that adds nothing, and the dashboard showing the calls.
#include "../fakeprompter.h"
#include "callimportdialog.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "settings.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestCallImportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void importsOffTheGuiThreadAndRefreshes();
    void summarySaysWhatHappened();
    void fileMenuOffersImportBeforeClose();
};

namespace {

CallImportReport importAndWait(QWidget *parent, const Database &db, const QString &path)
{
    std::optional<CallImportReport> got;
    CallImportDialog::importPath(parent, db, path, std::nullopt,
                                 [&got](const CallImportReport &r) { got = r; }, false);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000); }();
    return got.value_or(CallImportReport{});
}

} // namespace

void TestCallImportDialog::importsOffTheGuiThreadAndRefreshes()
{
    QTemporaryDir dir;
    const Database db = Database::fromLocation(dir.filePath(QStringLiteral("s.sqlite")));
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    const QString path = dir.filePath(QStringLiteral("calls.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"id":"a","time":"2026-11-30T12:00:00Z","provider":"openai","model":"gpt-4o","tier":"fast","cost":"0.01"})" "\n"
            "not json\n"
            R"({"id":"b","time":"2026-11-30T13:00:00Z","provider":"openai","model":"gpt-4o","tier":"fast","totalMs":900})" "\n");
    f.close();

    DashboardContext context;
    context.database = db;
    DashboardPage page(context);
    page.setNow(QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(page.isShowingEmptyState());

    const CallImportReport first = importAndWait(&page, db, path);
    QCOMPARE(first.imported, 2);
    QCOMPARE(first.bad.size(), 1);
    QCOMPARE(first.bad.at(0).line, 2);
    const CallImportReport again = importAndWait(&page, db, path);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, 2);

    refreshed.clear();
    page.refresh();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!page.isShowingEmptyState());
    QCOMPARE(page.snapshot().all.calls, 2);
    db.closeThreadConnection();
}

void TestCallImportDialog::summarySaysWhatHappened()
{
    CallImportReport r;
    r.format = QStringLiteral("tierbench");
    r.rows = 5;
    r.imported = 3;
    r.duplicates = 1;
    r.bad = {{4, QStringLiteral("not a JSON object")}};
    const QString text = CallImportDialog::summary(r);
    QVERIFY2(text.contains(QStringLiteral("3 calls imported, 1 duplicates skipped, 1 bad lines")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("line 4: not a JSON object")));
    r.cancelled = true;
    QVERIFY(CallImportDialog::summary(r).contains(QStringLiteral("cancelled")));
}

// The workbench's own File menu gets "Import calls…" in the group before Close, enabled only
// with a usable store.
void TestCallImportDialog::fileMenuOffersImportBeforeClose()
{
    QTemporaryDir dir;
    const std::unique_ptr<Settings> settings = Settings::fromFile(dir.filePath(QStringLiteral("settings.ini")));
    BuiltinModelCatalog catalog;
    FakePrompter prompter;
    MainWindow window(settings.get(), &catalog, &prompter);
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(file);
    const qsizetype before = file->actions().size();
    const Database db = Database::fromLocation(dir.filePath(QStringLiteral("s.sqlite")));
    QAction *action = CallImportDialog::installAction(&window, db, TierConfig{}, [](const CallImportReport &) {});
    QVERIFY(action);
    const QList<QAction *> items = file->actions();
    QCOMPARE(items.size(), before + 1);
    const qsizetype at = items.indexOf(action);
    QVERIFY(at >= 0);
    QVERIFY(items.at(at + 1)->isSeparator());
    bool closeAfter = false;
    for (qsizetype i = at + 1; i < items.size(); ++i)
        closeAfter = closeAfter || items.at(i)->text().remove(u'&').startsWith(u"Close");
    QVERIFY2(closeAfter, "Import calls… is not in the group before Close");
    QCOMPARE(action->text(), QStringLiteral("&Import calls…"));
    QVERIFY(action->isEnabled());
    QAction *noStore = CallImportDialog::installAction(&window, Database{}, TierConfig{}, [](const CallImportReport &) {});
    QVERIFY(noStore && !noStore->isEnabled());
}

QTEST_MAIN(TestCallImportDialog)
#include "tst_callimportdialog.moc"
