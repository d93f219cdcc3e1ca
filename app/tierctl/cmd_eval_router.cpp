// tierctl eval-router: how well the router's score separates the prompts that need the strong
// model, on labelled CSVs (RouteLLM's shape, or the user's own A/B results).
#include "cliutil.h"
#include "commands.h"

#include "routing/modelrouter.h"
#include "routing/routerevalreport.h"
#include "routing/routerpolicy.h"

#include <QDir>
#include <QFileInfo>

namespace {

/// The CSV files named by the arguments: files as given, directories' *.csv sorted by name.
QStringList csvFiles(const QStringList &arguments, QString *missing)
{
    QStringList files;
    for (const QString &a : arguments) {
        const QFileInfo info(a);
        if (info.isDir()) {
            const QDir dir(a);
            for (const QString &name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
                files.append(dir.filePath(name));
        } else if (info.isFile()) {
            files.append(a);
        } else {
            *missing = a;
            return {};
        }
    }
    return files;
}

} // namespace

int runEvalRouter(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    const QCommandLineOption policy(QStringLiteral("policy"),
        QStringLiteral("RouterPolicy YAML whose weights and keywords score the prompts (default: the seed policy)."),
        QStringLiteral("FILE"));
    const QCommandLineOption subjects(QStringLiteral("per-subject"),
        QStringLiteral("Also print one block per subject (JSON always has them)."));
    const QCommandLineOption folds(QStringLiteral("folds"),
        QStringLiteral("Folds of the cross-validation by subject (default 5; 0 turns it off)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption weak(QStringLiteral("weak-column"),
        QStringLiteral("Header of the weak model's label column (default: the first after 'prompt')."),
        QStringLiteral("NAME"));
    const QCommandLineOption strong(QStringLiteral("strong-column"),
        QStringLiteral("Header of the strong model's label column (default: the next one)."),
        QStringLiteral("NAME"));
    const QCommandLineOption minAuc(QStringLiteral("min-auc"),
        QStringLiteral("Exit 1 when the estimator's cross-validated AUC (or its overall AUC without folds) is below X."),
        QStringLiteral("X"));
    const QCommandLineOption learned(QStringLiteral("learned"),
        QStringLiteral("Also score with a logistic model over the estimator's features, each fold fit on the others."));
    parser.addOptions({json, policy, subjects, folds, weak, strong, minAuc, learned});
    parser.addPositionalArgument(QStringLiteral("CSV"),
        QStringLiteral("Labelled CSV files or directories of them: prompt,<weak>,<strong>[,subject]."));
    if (const int rc = Cli::parse(parser, arguments,
            QStringLiteral("Score labelled prompts with the router's estimator and report ROC AUC, APGR and the "
                           "strong-model share needed for 95% of the strong model's quality (RouteLLM's "
                           "definitions), overall, per MMLU group and per subject, against random and "
                           "prompt-length baselines, with cross-validation by subject.\n"
                           "A prompt is positive when the weak model failed and the strong one succeeded.\n"
                           "Exit 0: report printed; 1: below --min-auc; 2: usage error or an unreadable CSV."));
        rc >= 0)
        return rc;

    if (parser.positionalArguments().isEmpty())
        return Cli::usageError(command, QStringLiteral("name at least one labelled CSV file or directory"));
    bool ok = false;
    const int foldCount = parser.value(folds).toInt(&ok);
    if (!ok || foldCount < 0 || foldCount > 100)
        return Cli::usageError(command, QStringLiteral("--folds needs an integer from 0 to 100"));
    std::optional<double> threshold;
    if (parser.isSet(minAuc)) {
        const double v = parser.value(minAuc).toDouble(&ok);
        if (!ok || v < 0 || v > 1)
            return Cli::usageError(command, QStringLiteral("--min-auc needs a number from 0 to 1"));
        threshold = v;
    }

    QString missing;
    const QStringList files = csvFiles(parser.positionalArguments(), &missing);
    if (!missing.isEmpty())
        return Cli::usageError(command, QStringLiteral("%1 is not a file or directory").arg(missing));
    if (files.isEmpty())
        return Cli::usageError(command, QStringLiteral("no .csv files found; name the files or their directory"));
    LabelledSet set;
    for (const QString &file : files) {
        const std::optional<QByteArray> data = Cli::readFile(command, file);
        if (!data)
            return 2;
        const QString error = RouteEval::readCsv(*data, RouteEval::subjectFromFileName(file), set,
                                                 parser.value(weak), parser.value(strong));
        if (!error.isEmpty()) {
            Cli::err() << command << ": " << file << ": " << error << "\n";
            return 2;
        }
    }
    if (set.rows.isEmpty())
        return Cli::usageError(command, QStringLiteral("the CSV files hold no labelled prompts"));

    RouterPolicy routerPolicy = RouterPolicy::seedDefault();
    if (parser.isSet(policy)) {
        const std::optional<RouterPolicy> loaded = Cli::loadPolicy(command, parser.value(policy));
        if (!loaded)
            return 2;
        routerPolicy = *loaded;
    }
    ModelRouter router;
    routerPolicy.applyTo(router);

    QList<RouterEvalScorer> scorers = {RouteEval::estimatorScorer(router, set.rows),
                                       RouteEval::lengthScorer(set.rows), RouteEval::randomScorer(set.rows)};
    if (parser.isSet(learned))
        scorers.append(RouteEval::learnedScorer(router, set.rows, foldCount));
    const RouterEvalReport report = RouteEval::report(set, scorers, foldCount);
    if (parser.isSet(json))
        Cli::out() << QString::fromUtf8(report.toJson());
    else
        Cli::out() << report.toText(parser.isSet(subjects));
    Cli::out().flush();

    if (threshold) {
        const std::optional<double> auc = foldCount > 0 ? report.crossValidatedAuc.value(0)
                                                        : report.slices.first().perScorer.first().auc;
        if (!auc || *auc < *threshold) {
            Cli::err() << command << ": estimator AUC " << (auc ? QString::number(*auc, 'f', 3) : QStringLiteral("n/a"))
                       << " is below --min-auc " << *threshold << "\n";
            return 1;
        }
    }
    return 0;
}
