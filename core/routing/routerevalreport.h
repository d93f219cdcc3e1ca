#pragma once

#include "routereval.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

class ModelRouter;

/// A way of scoring the prompts: one score per row, or several draws whose metrics are
/// averaged (the random baseline).
struct RouterEvalScorer
{
    QString name;
    std::vector<std::vector<double>> draws;
};

/// The metrics of every scorer on one slice of the rows (all, a subject group, a subject).
struct RouterEvalSlice
{
    QString kind; ///< "all", "group" or "subject"
    QString name;
    RouterEvalMetrics labels;              ///< counts and accuracies (the same for every scorer)
    QList<RouterEvalMetrics> perScorer;    ///< parallel to RouterEvalReport::scorers
};

/// Cross-validation by subject: subjects are split into folds (RouteEval::foldOf); each
/// fold is scored as held-out data. A fixed scorer is not refit, so its fold AUCs say how much
/// it varies across unseen subjects; a fitted one (RouteEval's logistic) is trained on the
/// other folds.
struct RouterEvalFold
{
    QStringList subjects;
    QList<std::optional<double>> auc; ///< per scorer
};

struct RouterEvalReport
{
    QString weakModel;
    QString strongModel;
    int subjects = 0;
    QStringList scorers;
    QList<RouterEvalSlice> slices;
    QList<RouterEvalFold> folds;
    /// Per scorer: the mean of the folds' AUCs (folds without both classes are skipped).
    QList<std::optional<double>> crossValidatedAuc;

    QByteArray toJson() const;
    QString toText(bool withSubjects) const;
};

namespace RouteEval {

/// The estimator's scores, with the router's policy applied (every request as plain text:
/// no context tokens, capabilities or history, which the labelled sets do not carry).
RouterEvalScorer estimatorScorer(const ModelRouter &router, const QList<LabelledPrompt> &rows);
/// Prompt length in UTF-8 bytes (longer = harder), the cheap baseline.
RouterEvalScorer lengthScorer(const QList<LabelledPrompt> &rows);
/// A logistic model over the estimator's features (factors, evidence, word and number
/// counts), each row scored by the model fit on the other folds (out-of-fold), so that every
/// metric on it is a held-out one. A yardstick for the heuristic: does a learned combination of
/// the same signals do clearly better? Named "learned-cv".
RouterEvalScorer learnedScorer(const ModelRouter &router, const QList<LabelledPrompt> &rows, int folds);
/// Uniform random scores, `draws` seeded draws (seed 1..draws) whose metrics are averaged.
RouterEvalScorer randomScorer(const QList<LabelledPrompt> &rows, int draws = 10);

/// Every metric, for all rows, per MMLU group (RouteEval::mmluGroup; a set whose subjects
/// are not MMLU's falls in "other") and per subject, with `folds`-fold cross-validation.
RouterEvalReport report(const LabelledSet &set, const QList<RouterEvalScorer> &scorers, int folds = 5);

} // namespace RouteEval
