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
#include <QMenu>
#include <QMenuBar>
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
    QMenu *file = nullptr;
    const QList<QAction *> menus = window->menuBar()->actions();
    if (!menus.isEmpty())
        file = menus.constFirst()->menu();
    if (!file)
        return;
    auto *action = new QAction(QApplication::translate("DashboardServices", "&Import calls…"), window);
    action->setStatusTip(QApplication::translate(
        "DashboardServices", "Import a TierBench call JSONL file or LiteLLM spend logs into the workspace store."));
    const Database db = calls.database();
    const TierConfig config = calls.config();
    QObject::connect(action, &QAction::triggered, window, [window, page, db, config] {
        CallImportDialog::run(window, db, config, [page](const CallImportReport &) { page->refresh(); });
    });
    // before the separator that precedes Close
    QAction *before = nullptr;
    const QList<QAction *> items = file->actions();
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        if (items.at(i)->isSeparator()) {
            before = items.at(i);
            break;
        }
    }
    file->insertAction(before, action);
    action->setEnabled(db.isValid());
}

void DashboardServices::seedDemo(DashboardPage *page, const CallServices &calls)
{
    const Database db = calls.database();
    if (!db.isValid())
        return;
    const TierConfig config = calls.config();
    auto *watcher = new QFutureWatcher<DemoTrafficReport>(page);
    QObject::connect(watcher, &QFutureWatcherBase::finished, page, [page, watcher] {
        const DemoTrafficReport report = watcher->result();
        watcher->deleteLater();
        if (!report.ok())
            std::fprintf(stderr, "tierbench: the demo traffic could not be stored: %s\n", qPrintable(report.error));
        else if (!report.alreadySeeded)
            page->refresh();
    });
    watcher->setFuture(QtConcurrent::run([db, config] {
        DemoTrafficReport report = DemoTraffic::seed(db, config, 30);
        db.closeThreadConnection();
        return report;
    }));
}
