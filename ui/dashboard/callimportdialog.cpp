#include "callimportdialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

void CallImportDialog::run(QWidget *parent, const Database &database, const std::optional<TierConfig> &config,
                           std::function<void(const CallImportReport &)> done)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Import calls"), {},
        tr("Call logs (*.jsonl *.json *.ndjson *.csv);;TierBench call JSONL (*.jsonl *.ndjson *.json);;"
           "LiteLLM spend logs (*.csv *.jsonl *.json);;All files (*)"));
    if (!path.isEmpty())
        importPath(parent, database, path, config, std::move(done));
}

QAction *CallImportDialog::installAction(QMainWindow *window, const Database &database, const TierConfig &config,
                                         std::function<void(const CallImportReport &)> done)
{
    const QList<QAction *> menus = window->menuBar()->actions();
    QMenu *file = menus.isEmpty() ? nullptr : menus.constFirst()->menu();
    if (!file)
        return nullptr;
    auto *action = new QAction(tr("&Import calls…"), window);
    action->setStatusTip(tr("Import a TierBench call JSONL file or LiteLLM spend logs into the workspace store."));
    QObject::connect(action, &QAction::triggered, window, [window, database, config, done] {
        run(window, database, config, done);
    });
    QAction *before = nullptr;
    const QList<QAction *> items = file->actions();
    for (qsizetype i = items.size() - 1; i >= 0 && !before; --i)
        if (items.at(i)->isSeparator())
            before = items.at(i);
    file->insertAction(before, action);
    action->setEnabled(database.isValid());
    return action;
}

void CallImportDialog::importPath(QWidget *parent, const Database &database, const QString &path,
                                  const std::optional<TierConfig> &config,
                                  std::function<void(const CallImportReport &)> done, bool showSummary)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, parent);
    progress->setWindowTitle(tr("Import calls"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    QObject::connect(progress, &QProgressDialog::canceled, progress, [cancel] { *cancel = true; });
    QPointer<QProgressDialog> guard(progress);
    auto *watcher = new QFutureWatcher<CallImportReport>(progress);
    QObject::connect(watcher, &QFutureWatcherBase::finished, progress, [=] {
        const CallImportReport report = watcher->result();
        progress->hide();
        if (showSummary) {
            if (!report.error.isEmpty())
                QMessageBox::warning(parent, tr("Import calls"), summary(report));
            else
                QMessageBox::information(parent, tr("Import calls"), summary(report));
        }
        if (done)
            done(report);
        progress->deleteLater();
    });
    CallImportOptions options;
    options.config = config;
    watcher->setFuture(QtConcurrent::run([database, path, options, cancel, guard]() mutable {
        options.cancel = cancel.get();
        options.progress = [guard](const CallImportProgress &p) {
            const int value = p.bytesTotal > 0 ? int(1000 * p.bytesRead / p.bytesTotal) : 0;
            const QString text = tr("%1 imported, %2 duplicates, %3 bad lines").arg(p.imported).arg(p.duplicates).arg(p.bad);
            QMetaObject::invokeMethod(guard.data(), [guard, value, text] {
                if (guard) {
                    guard->setValue(value);
                    guard->setLabelText(text);
                }
            }, Qt::QueuedConnection);
        };
        CallImportReport report = CallImport::importFile(database, path, options);
        database.closeThreadConnection();
        return report;
    }));
}

QString CallImportDialog::summary(const CallImportReport &report)
{
    QStringList lines;
    if (!report.error.isEmpty())
        lines.append(tr("The import stopped: %1").arg(report.error));
    else if (report.cancelled)
        lines.append(tr("Import cancelled; the calls read before are stored."));
    lines.append(tr("%1 calls imported, %2 duplicates skipped, %3 bad lines left out (of %4 rows, format %5).")
                     .arg(report.imported).arg(report.duplicates).arg(report.bad.size()).arg(report.rows)
                     .arg(report.format.isEmpty() ? tr("unknown") : report.format));
    const qsizetype shown = std::min<qsizetype>(report.bad.size(), 10);
    for (qsizetype i = 0; i < shown; ++i)
        lines.append(tr("line %1: %2").arg(report.bad.at(i).line).arg(report.bad.at(i).message));
    if (report.bad.size() > shown)
        lines.append(tr("… and %1 more bad lines (tierctl calls import lists them all).").arg(report.bad.size() - shown));
    return lines.join(u'\n');
}
