// Routing quality on a labelled development set: bin/bench_eval_router DIR [--folds N]
// (DIR: labelled CSVs such as RouteLLM's MMLU responses). Prints the full report (every
// subject) of `tierctl eval-router --per-subject`, plus the time the estimator took.
#include "routing/modelrouter.h"
#include "routing/routerevalreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption folds(QStringLiteral("folds"), QStringLiteral("Cross-validation folds (default 5)."),
                                   QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(folds);
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Directory of labelled CSVs."));
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "usage: bench_eval_router DIR [--folds N]\n";
        return 2;
    }
    const QDir dir(parser.positionalArguments().constFirst());
    LabelledSet set;
    for (const QString &name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            err << "cannot read " << f.fileName() << "\n";
            return 2;
        }
        const QString error = RouteEval::readCsv(f.readAll(), RouteEval::subjectFromFileName(name), set);
        if (!error.isEmpty()) {
            err << f.fileName() << ": " << error << "\n";
            return 2;
        }
    }
    if (set.rows.isEmpty()) {
        err << "no labelled prompts under " << dir.path() << "\n";
        return 2;
    }
    const ModelRouter router;
    QElapsedTimer timer;
    timer.start();
    const RouterEvalScorer estimator = RouteEval::estimatorScorer(router, set.rows);
    const double estimateMs = double(timer.nsecsElapsed()) / 1e6;
    const RouterEvalReport report = RouteEval::report(
        set, {estimator, RouteEval::lengthScorer(set.rows), RouteEval::randomScorer(set.rows),
              RouteEval::learnedScorer(router, set.rows, parser.value(folds).toInt())},
        parser.value(folds).toInt());
    out << report.toText(true);
    out << "\nestimator: " << set.rows.size() << " prompts scored in " << QString::number(estimateMs, 'f', 1)
        << " ms\n";
    return 0;
}
