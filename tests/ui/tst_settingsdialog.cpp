// Settings ▸ Preferences: one dialog with a page per topic, reading and writing the typed
// settings; the window passes an applied change on (the call deadline reaches the call policy).
#include "fakeprompter.h"
#include "mainwindow.h"
#include "modelcatalog.h"
#include "providers/completion.h"
#include "settings.h"
#include "settingsdialog.h"
#include "teamdatabasedialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hasOnePagePerTopic();
    void applyWritesTypedSettings();
    void valuesComeBackWhenReopened();
    void aDatabaseUrlWithAPasswordIsRefused();
    void callDeadlineReachesTheCallPolicy_data();
    void callDeadlineReachesTheCallPolicy();
    void windowAddsPagesAndForwardsApplied();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = Settings::fromFile(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestSettingsDialog::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestSettingsDialog::hasOnePagePerTopic()
{
    SettingsDialog dialog(m_settings.get(), QStringLiteral("SQLite"));
    QStringList titles;
    for (int i = 0; i < dialog.pageList()->count(); ++i)
        titles << dialog.pageList()->item(i)->text();
    QCOMPARE(titles, (QStringList{QStringLiteral("General"), QStringLiteral("Calls"), QStringLiteral("Models"),
                                  QStringLiteral("Team database")}));
    QCOMPARE(dialog.pageCount(), 4);
    // Clicking an entry shows its page.
    dialog.show();
    const QRect rect = dialog.pageList()->visualItemRect(dialog.pageList()->item(SettingsDialog::CallsPage));
    QTest::mouseClick(dialog.pageList()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(dialog.currentPage(), int(SettingsDialog::CallsPage));
    QVERIFY(dialog.deadlineBox()->isVisible());
    // The language list starts with the system's, then English and every shipped translation.
    QStringList codes;
    for (int i = 0; i < dialog.languageBox()->count(); ++i)
        codes << dialog.languageBox()->itemData(i).toString();
    QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
}

void TestSettingsDialog::applyWritesTypedSettings()
{
    SettingsDialog dialog(m_settings.get(), QStringLiteral("SQLite"));
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
    dialog.defaultWorkspaceEdit()->setText(QStringLiteral(" /srv/configs "));
    dialog.deadlineBox()->setValue(90);
    dialog.syncScheduleBox()->setCurrentIndex(dialog.syncScheduleBox()->findData(6));
    dialog.teamDatabasePage()->urlEdit()->setText(QStringLiteral("postgres://team@db.example.test/tierbench"));
    QVERIFY(dialog.apply());
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_settings->value(SettingKeys::Language), QStringLiteral("fr"));
    QCOMPARE(m_settings->value(SettingKeys::DefaultWorkspace), QStringLiteral("/srv/configs"));
    QCOMPARE(m_settings->value(SettingKeys::CallDeadlineSeconds), 90);
    QCOMPARE(m_settings->value(SettingKeys::ModelsSyncHours), 6);
    QCOMPARE(m_settings->value(SettingKeys::TeamDatabase), QStringLiteral("postgres://team@db.example.test/tierbench"));
}

void TestSettingsDialog::valuesComeBackWhenReopened()
{
    m_settings->setValue(SettingKeys::Language, QStringLiteral("de"));
    m_settings->setValue(SettingKeys::DefaultWorkspace, QStringLiteral("/home/me/tiers"));
    m_settings->setValue(SettingKeys::CallDeadlineSeconds, 0);
    m_settings->setValue(SettingKeys::ModelsSyncHours, 1);
    SettingsDialog dialog(m_settings.get(), QStringLiteral("SQLite"));
    QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(dialog.defaultWorkspaceEdit()->text(), QStringLiteral("/home/me/tiers"));
    QCOMPARE(dialog.deadlineBox()->value(), 0);
    QCOMPARE(dialog.deadlineBox()->text(), QStringLiteral("No limit"));
    QCOMPARE(dialog.syncScheduleBox()->currentData().toInt(), 1);
}

void TestSettingsDialog::aDatabaseUrlWithAPasswordIsRefused()
{
    SettingsDialog dialog(m_settings.get(), QStringLiteral("SQLite"));
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    dialog.deadlineBox()->setValue(30);
    dialog.teamDatabasePage()->urlEdit()->setText(QStringLiteral("postgres://team:hunter2@db.example.test/tierbench"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
    QCOMPARE(applied.count(), 0);
    QCOMPARE(dialog.currentPage(), int(SettingsDialog::TeamDatabasePageIndex));
    QVERIFY(dialog.teamDatabasePage()->resultLabel()->text().contains(u"holds a password"));
    QVERIFY(!m_settings->contains(SettingKeys::CallDeadlineSeconds)); // nothing half-written
    QVERIFY(!m_settings->contains(SettingKeys::TeamDatabase));
}

void TestSettingsDialog::callDeadlineReachesTheCallPolicy_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("unset: the default") << -1 << CallPolicy().totalTimeoutMs;
    QTest::newRow("90 s") << 90 << 90000;
    QTest::newRow("no limit") << 0 << 0;
}

void TestSettingsDialog::callDeadlineReachesTheCallPolicy()
{
    QFETCH(int, seconds);
    QFETCH(int, expectedMs);
    if (seconds >= 0) {
        SettingsDialog dialog(m_settings.get(), QStringLiteral("SQLite"));
        dialog.deadlineBox()->setValue(seconds);
        QVERIFY(dialog.apply());
    }
    CallPolicy base;
    base.connectTimeoutMs = 1234;
    const CallPolicy policy = m_settings->callPolicy(base);
    QCOMPARE(policy.totalTimeoutMs, expectedMs);
    QCOMPARE(policy.connectTimeoutMs, 1234); // only the deadline comes from Settings
}

void TestSettingsDialog::windowAddsPagesAndForwardsApplied()
{
    BuiltinModelCatalog catalog;
    FakePrompter prompter;
    MainWindow window(m_settings.get(), &catalog, &prompter);
    int built = 0;
    window.addSettingsPage(QStringLiteral("Providers"), [&built] {
        ++built;
        return new QLabel(QStringLiteral("providers"));
    });
    QSignalSpy applied(&window, &MainWindow::settingsApplied);
    // The dialog is modal: answer it from inside its event loop.
    QTimer::singleShot(0, &window, [&window] {
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->pageCount(), 5);
        QCOMPARE(dialog->pageList()->item(4)->text(), QStringLiteral("Providers"));
        QCOMPARE(dialog->currentPage(), 4);
        dialog->deadlineBox()->setValue(45);
        dialog->accept();
    });
    window.showSettings(SettingsDialog::FirstExtraPage);
    QCOMPARE(built, 1);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_settings->value(SettingKeys::CallDeadlineSeconds), 45);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
