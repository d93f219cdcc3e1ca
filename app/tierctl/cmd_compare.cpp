// tierctl compare: run prompts across targets (tiers, pinned models, the router) and print
// one row per cell. Progress goes to stderr, results to stdout.
#include "cliutil.h"
#include "commands.h"
#include "console.h"

#include "config/configcodec.h"
#include "experiments/cellcodec.h"
#include "experiments/experimentrunner.h"
#include "experiments/providercellexecutor.h"
#include "experiments/runsummary.h"
#include "experiments/sqlcellstore.h"
#include "experiments/targetresolver.h"
#include "money/cost.h"
#include "store/database.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSaveFile>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

const QString kCommand = QStringLiteral("tierctl compare");

std::optional<TierConfig> loadConfig(const QString &path, QString *error)
{
    TierConfigLoad load = ConfigCodec::loadTierConfig(path);
    *error = load.error;
    return std::move(load.config);
}

QString templateText(const QString &option)
{
    if (option.isEmpty())
        return QStringLiteral("{{prompt}}");
    QFile file(option);
    if (QFileInfo(option).isFile() && file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll());
    return option;
}

QString newRunId()
{
    return QStringLiteral("cmp-%1-%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))
        .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
}

QString progressLine(const RunProgress &p)
{
    QString line = QStringLiteral("[%1/%2] ok %3, errors %4").arg(p.done).arg(p.total).arg(p.succeeded).arg(p.failed);
    if (p.rateLimited > 0)
        line += QStringLiteral(", rate-limited (waiting) %1").arg(p.rateLimited);
    line += QStringLiteral(", cost ") + Cost::format(p.costSoFar);
    if (p.etaMs)
        line += QStringLiteral(", ETA %1 s").arg(double(*p.etaMs) / 1000.0, 0, 'f', 1);
    return line;
}

QString shorten(QString text, int width)
{
    text.replace(u'\n', u' ');
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

void printTable(const QList<CellResult> &cells)
{
    QTextStream &out = Cli::out();
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
               .arg(QStringLiteral("case").leftJustified(10), QStringLiteral("target").leftJustified(12),
                    QStringLiteral("rep"), QStringLiteral("model").leftJustified(24),
                    QStringLiteral("total ms").rightJustified(8), QStringLiteral("cost").rightJustified(9),
                    QStringLiteral("checks").leftJustified(7), QStringLiteral("answer"));
    for (const CellResult &c : cells) {
        QString checks = QStringLiteral("-");
        if (!c.assertions.isEmpty())
            checks = QStringLiteral("%1/%2").arg(c.assertions.size() - c.failedAssertions()).arg(c.assertions.size());
        const QString answer = c.outcome.isError()
            ? QStringLiteral("ERROR %1: %2").arg(c.outcome.errorClass, c.outcome.errorMessage)
            : c.outcome.text;
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                   .arg(shorten(c.caseId, 10).leftJustified(10), shorten(c.targetId, 12).leftJustified(12))
                   .arg(c.key.repeat, 3)
                   .arg(shorten(c.outcome.model, 24).leftJustified(24))
                   .arg(c.outcome.totalMs, 8)
                   .arg(Cost::format(c.outcome.cost).rightJustified(9), checks.leftJustified(7),
                        shorten(answer, 60));
    }
}

} // namespace

int runCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption configOpt(QStringLiteral("config"), QStringLiteral("ModelTierConfig YAML file."), QStringLiteral("FILE"));
    const QCommandLineOption targetsOpt(QStringLiteral("targets"), QStringLiteral("Comma-separated: tier names, 'router', provider:model."), QStringLiteral("LIST"));
    const QCommandLineOption promptsOpt(QStringLiteral("prompts"), QStringLiteral(".txt (one prompt per line), .jsonl ({\"prompt\"} or {\"vars\"} rows) or .csv (header names the variables)."), QStringLiteral("FILE"));
    const QCommandLineOption templateOpt(QStringLiteral("template"), QStringLiteral("Prompt template with {{variables}} (text or a file); default {{prompt}}."), QStringLiteral("TEXT|FILE"));
    const QCommandLineOption systemOpt(QStringLiteral("system"), QStringLiteral("System prompt."), QStringLiteral("TEXT"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Repeats per cell (default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption concurrencyOpt(QStringLiteral("concurrency"), QStringLiteral("Calls in flight in total and per cloud endpoint (default 4; a local Ollama runs one at a time)."), QStringLiteral("C"), QStringLiteral("4"));
    const QCommandLineOption maxTokensOpt(QStringLiteral("max-tokens"), QStringLiteral("Max output tokens per call."), QStringLiteral("N"));
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Run database (SQLite path or postgres:// URL); default $TIERBENCH_DB, then the workspace database."), QStringLiteral("PATH"));
    const QCommandLineOption formatOpt(QStringLiteral("format"), QStringLiteral("table, csv or jsonl (default table)."), QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption resumeOpt(QStringLiteral("resume"), QStringLiteral("Continue a stored run (same inputs); completed cells are not re-run."), QStringLiteral("RUN_ID"));
    const QCommandLineOption retryOpt(QStringLiteral("retry-failed"), QStringLiteral("With --resume: run the failed cells again too."));
    const QCommandLineOption summaryOpt(QStringLiteral("summary"), QStringLiteral("Write a Markdown summary to FILE."), QStringLiteral("FILE"));
    parser.addOptions({configOpt, targetsOpt, promptsOpt, templateOpt, systemOpt, repeatOpt, concurrencyOpt,
                       maxTokensOpt, dbOpt, formatOpt, resumeOpt, retryOpt, summaryOpt});
    if (const int rc = Cli::parse(parser, arguments, QStringLiteral("Run prompts across targets and compare the answers.")); rc >= 0)
        return rc;
    for (const QCommandLineOption &o : {configOpt, targetsOpt, promptsOpt})
        if (!parser.isSet(o))
            return Cli::usageError(kCommand, QStringLiteral("--%1 is required.").arg(o.names().first()));
    const QString format = parser.value(formatOpt);
    if (format != u"table" && format != u"csv" && format != u"jsonl")
        return Cli::usageError(kCommand, QStringLiteral("--format must be table, csv or jsonl."));
    bool ok = false;
    const int repeats = parser.value(repeatOpt).toInt(&ok);
    if (!ok || repeats < 1)
        return Cli::usageError(kCommand, QStringLiteral("--repeat must be a positive number."));
    const int concurrency = parser.value(concurrencyOpt).toInt(&ok);
    if (!ok || concurrency < 1)
        return Cli::usageError(kCommand, QStringLiteral("--concurrency must be a positive number."));

    QString error;
    const auto config = loadConfig(parser.value(configOpt), &error);
    if (!config)
        return Cli::usageError(kCommand, error);
    const auto targets = TargetResolver::resolveList(parser.value(targetsOpt).split(u','), *config, &error);
    if (!targets)
        return Cli::usageError(kCommand, error);
    const TestCaseImport::Result imported = TestCaseImport::fromFile(parser.value(promptsOpt));
    if (!imported.ok())
        return Cli::usageError(kCommand, parser.value(promptsOpt) + QStringLiteral(": ") + imported.error);

    Experiment experiment;
    experiment.name = QFileInfo(parser.value(promptsOpt)).fileName();
    experiment.promptTemplate = PromptTemplate(templateText(parser.value(templateOpt)));
    experiment.systemPrompt = parser.value(systemOpt);
    if (parser.isSet(maxTokensOpt))
        experiment.params.maxTokens = parser.value(maxTokensOpt).toInt();
    experiment.cases = imported.cases;
    experiment.targets = *targets;
    experiment.repeats = repeats;
    if (const QString problem = experiment.validate(); !problem.isEmpty())
        return Cli::usageError(kCommand, problem + (parser.isSet(templateOpt) ? QString()
                                   : QStringLiteral(" (rows with variables need --template)")));

    SqlCellStore store;
    const Database database = Cli::database(parser.value(dbOpt));
    if (!store.open(database, &error))
        return Cli::usageError(kCommand, error);

    // Qt allows 6 HTTP/1.1 connections per host and manager: one manager per 6 calls in flight.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    std::vector<std::unique_ptr<ProviderClient>> clients;
    QList<ProviderClient *> pool;
    const std::shared_ptr<SecretBackend> keychain = SecretStore::defaultBackend();
    for (int i = 0; i < ProviderCellExecutor::clientsFor(concurrency); ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        clients.push_back(std::make_unique<ProviderClient>(managers.back().get(), keychain));
        pool.append(clients.back().get());
    }
    ProviderCellExecutor executor(pool);
    RouterTarget router{ModelRouter(*config)};
    ExperimentRunner runner(&executor, &store);
    runner.setRouter(&router);
    ConcurrencyPolicy policy;
    policy.total = concurrency;
    policy.cloudPerEndpoint = concurrency;
    runner.setPolicy(policy);

    const bool tty = Console::stderrIsTerminal();
    int lastPrintedDone = -1;
    QObject::connect(&runner, &ExperimentRunner::progressChanged, &runner, [&](const RunProgress &p) {
        const int step = std::max(1, p.total / 20);
        if (tty) {
            Cli::err() << "\r" << progressLine(p) << "   ";
        } else if (p.done != lastPrintedDone && (p.done % step == 0 || p.done == p.total)) {
            Cli::err() << progressLine(p) << "\n";
            lastPrintedDone = p.done;
        }
        Cli::err().flush();
    });
    QObject::connect(&runner, &ExperimentRunner::storeError, &runner, [](const QString &message) {
        Cli::err() << kCommand << ": " << message << "\n";
    });

    const QString runId = parser.isSet(resumeOpt) ? parser.value(resumeOpt) : newRunId();
    const bool started = parser.isSet(resumeOpt)
        ? runner.resume(experiment, runId, parser.isSet(retryOpt), &error)
        : runner.start(experiment, runId, &error);
    if (!started)
        return Cli::usageError(kCommand, error);
    Cli::err() << kCommand << ": run " << runId << ", " << experiment.cellCount() << " cells\n";
    Cli::err().flush();

    QEventLoop loop;
    RunStatus status = RunStatus::Idle;
    QObject::connect(&runner, &ExperimentRunner::finished, &loop, [&](RunStatus s) {
        status = s;
        loop.quit();
    });
    loop.exec();
    if (tty)
        Cli::err() << "\n";
    // Every queued cell write has committed or failed once flush() returns; the failures are
    // then delivered as queued signals.
    store.flush();
    QCoreApplication::processEvents();

    const QList<CellResult> cells = runner.cells();
    if (format == u"csv")
        Cli::out() << CellCodec::toCsv(cells);
    else if (format == u"jsonl")
        Cli::out() << CellCodec::toJsonl(cells);
    else
        printTable(cells);
    Cli::out().flush();

    const RunSummary summary(cells);
    std::optional<RunSummary::Comparison> comparison;
    if (summary.target(QStringLiteral("router")) && summary.target(QStringLiteral("reasoning")))
        comparison = summary.compare(QStringLiteral("router"), QStringLiteral("reasoning"));
    if (parser.isSet(summaryOpt)) {
        QSaveFile file(parser.value(summaryOpt));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(summary.toMarkdown(QStringLiteral("Run ") + runId, comparison).toUtf8()) < 0
            || !file.commit())
            Cli::err() << kCommand << ": cannot write " << parser.value(summaryOpt) << "\n";
    }
    const RunProgress p = runner.progress();
    Cli::err() << kCommand << ": run " << runId << " " << runStatusName(status) << ": " << p.succeeded
               << " ok, " << p.failed << " failed calls, " << p.assertionFailures
               << " cells failed assertions, cost " << Cost::format(p.costSoFar) << "\n";
    if (comparison && comparison->pairedCells > 0)
        Cli::err() << kCommand << ": router vs reasoning: saved " << Cost::format(comparison->costSaved())
                   << QStringLiteral(" (%1%), pass-rate delta %2 points\n")
                          .arg(comparison->costSavedPercent(), 0, 'f', 1)
                          .arg(comparison->passRateDelta * 100.0, 0, 'f', 1);
    if (runner.storeFailures() > 0)
        Cli::err() << kCommand << ": " << runner.storeFailures() << " write(s) to " << database.displayName()
                   << " failed: those results are not stored, and a --resume runs those cells again.\n";
    Cli::err().flush();
    return status == RunStatus::Completed && runner.storeFailures() == 0 ? 0 : 1;
}
