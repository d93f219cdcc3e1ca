// The workbench binary as a newcomer starts it: `tierbench --demo` on a fresh HOME starts, draws
// the Dashboard and seeds 30 days of simulated traffic into the workspace store, which the
// Dashboard then shows (the store is read back here).
#include "store/database.h"

#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestAppDemo final : public QObject
{
    Q_OBJECT

private slots:
    void demoStartsAndSeedsSimulatedTraffic();
};

void TestAppDemo::demoStartsAndSeedsSimulatedTraffic()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("TIERBENCH_NO_KEYCHAIN"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("TIERBENCH_DB"));
    const QString png = home.filePath(QStringLiteral("dashboard.png"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(TIERBENCH_BIN_DIR "/tierbench"),
              {QStringLiteral("--demo"), QStringLiteral("--mode"), QStringLiteral("5"), QStringLiteral("--window-size"),
               QStringLiteral("1024x700"), QStringLiteral("--screenshot"), png});
    QVERIFY2(app.waitForFinished(90000), "tierbench --demo did not quit after its screenshot");
    const QByteArray err = app.readAllStandardError();
    QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0, err.constData());
    QVERIFY2(!err.contains("memory only"), err.constData());

    const QImage shot(png);
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), QSize(1024, 700));

    QString storePath;
    QDirIterator it(home.filePath(QStringLiteral("data")), {QStringLiteral("*.sqlite")}, QDir::Files,
                    QDirIterator::Subdirectories);
    if (it.hasNext())
        storePath = it.next();
    QVERIFY2(!storePath.isEmpty(), "no workspace store under the fresh XDG_DATA_HOME");
    const Database db = Database::fromLocation(storePath);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(simulated), MIN(created_at_ms), MAX(created_at_ms) FROM runs")));
    QVERIFY(q.next());
    const qint64 calls = q.value(0).toLongLong();
    QVERIFY2(calls > 1000, qPrintable(QStringLiteral("%1 calls").arg(calls)));
    QCOMPARE(q.value(1).toLongLong(), calls); // every demo call is badged as simulated
    const double days = double(q.value(3).toLongLong() - q.value(2).toLongLong()) / 86'400'000.0;
    QVERIFY2(days > 28 && days <= 30, qPrintable(QStringLiteral("spans %1 days").arg(days)));
    db.closeThreadConnection();
}

QTEST_GUILESS_MAIN(TestAppDemo)
#include "tst_appdemo.moc"
