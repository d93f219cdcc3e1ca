#include "dashboardservices.h"

#include "callimportdialog.h"
#include "callservices.h"
#include "dashboardpage.h"
#include "routing/routerpolicycodec.h"
#include "store/demotraffic.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

DashboardContext DashboardServices::context(const QString &workspaceDir, const CallServices &calls)
{
    DashboardContext c;
    c.database = calls.database();
    c.config = calls.config();
    RouterPolicy policy = RouterPolicy::seedDefault();
    c.limitsSource = QApplication::translate("DashboardServices", "the TOKEN_BUDGET_* environment (no router-policy.yaml)");
    const QString path = QDir(workspaceDir).filePath(QStringLiteral("router-policy.yaml"));
    if (!workspaceDir.isEmpty() && QFileInfo::exists(path)) {
        const RouterPolicyLoad load = RouterPolicyCodec::load(path);
        if (load.policy) {
            policy = *load.policy;
            c.limitsSource = policy.hasBudgets
                ? QApplication::translate("DashboardServices", "%1").arg(QDir::toNativeSeparators(path))
                : QApplication::translate("DashboardServices", "the TOKEN_BUDGET_* environment (%1 has no budgets)")
                      .arg(QFileInfo(path).fileName());
        }
    }
    c.limits = [policy](const QString &tenant) { return policy.limitsFor(tenant); };
    return c;
}

void DashboardServices::installImportAction(QMainWindow *window, DashboardPage *page, const CallServices &calls)
{
    CallImportDialog::installAction(window, calls.database(), calls.config(),
                                    [page](const CallImportReport &) { page->refresh(); });
}

void DashboardServices::seedDemo(DashboardPage *page, const CallServices &calls, std::function<void()> done)
{
    const Database db = calls.database();
    if (!db.isValid()) {
        if (done)
            done();
        return;
    }
    const TierConfig config = calls.config();
    auto *watcher = new QFutureWatcher<DemoTrafficReport>(page);
    QObject::connect(watcher, &QFutureWatcherBase::finished, page, [page, watcher, done] {
        const DemoTrafficReport report = watcher->result();
        watcher->deleteLater();
        if (!report.ok())
            std::fprintf(stderr, "tierbench: the demo traffic could not be stored: %s\n", qPrintable(report.error));
        else if (!report.alreadySeeded)
            page->refresh();
        if (done)
            done();
    });
    watcher->setFuture(QtConcurrent::run([db, config] {
        DemoTrafficReport report = DemoTraffic::seed(db, config, 30);
        db.closeThreadConnection();
        return report;
    }));
}
