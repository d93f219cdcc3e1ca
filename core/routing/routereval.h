#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

/// One labelled prompt: did the weak and the strong model get it right? The RouteLLM
/// development set has this shape, and so do the user's own A/B results (a blind vote or a
/// failed assertion is a label).
struct LabelledPrompt
{
    QString prompt;
    QString subject; ///< a CSV "subject"/"category" column, else the file's name
    bool weakCorrect = false;
    bool strongCorrect = false;

    /// The positive class of the ROC AUC: the weak model failed and the strong one succeeded.
    bool needsStrong() const { return !weakCorrect && strongCorrect; }
};

/// The labelled CSVs of one evaluation run.
struct LabelledSet
{
    QList<LabelledPrompt> rows;
    QString weakModel;   ///< the header of the weak label column (first file read)
    QString strongModel; ///< the header of the strong label column
};

/// How well a score separates the prompts that need the strong model from the others, with
/// RouteLLM's definitions (routellm/evals/evaluate.py):
/// - **ROC AUC** over "weak failed, strong succeeded" (positive) against "weak succeeded"
///   (negative); prompts both models fail are left out. Ties count one half (Mann-Whitney).
/// - **quality curve**: route the highest-scoring share s of the prompts to the strong model,
///   the rest to the weak one; quality(s) is the share answered right. A threshold cannot split
///   equal scores, so the curve has one point per distinct score (plus s = 0).
/// - **APGR** = (area under quality(s) − weak accuracy) / (strong accuracy − weak accuracy),
///   the trapezoid area over s in 0..1: random routing gives 0.5, a perfect router about 1.
/// - **strong share at 95%**: the smallest s (linear between curve points) where quality
///   reaches 95% of the strong model's accuracy; 0 when the weak model already does.
/// Unknown stays unknown: AUC without both classes and APGR without a gap are nullopt.
struct RouterEvalMetrics
{
    int prompts = 0;
    int positives = 0; ///< weak failed, strong succeeded
    int negatives = 0; ///< weak succeeded
    double weakAccuracy = 0;
    double strongAccuracy = 0;
    std::optional<double> auc;
    std::optional<double> apgr;
    std::optional<double> strongShareAt95;
};

/// The curve behind APGR: share of prompts sent to the strong model, and the quality then.
struct QualityCurve
{
    std::vector<double> strongShare;
    std::vector<double> quality;
};

namespace RouteEval {

/// Parses one labelled CSV (RFC 4180: quoted fields may hold commas, newlines and "").
/// The header names the columns: `prompt` (required), an optional `subject` or `category`,
/// and two label columns, weak first then strong, unless `weakColumn` / `strongColumn` name
/// them. Labels are True/False, 1/0, yes/no, win/loss (any case). `defaultSubject` fills a
/// missing subject column. Returns an empty string on success, else what is wrong, with the
/// record number.
QString readCsv(QByteArrayView csv, const QString &defaultSubject, LabelledSet &into,
                const QString &weakColumn = {}, const QString &strongColumn = {});

/// The subject a file stands for: its base name without `.csv` and without an `mmlu_` prefix.
QString subjectFromFileName(const QString &path);

/// The MMLU category of a subject (stem, humanities, social sciences, other), following
/// MMLU's own grouping; "other" for a subject it does not list.
QString mmluGroup(const QString &subject);

/// The fold (0..folds-1) a subject falls into for cross-validation by subject: a stable hash
/// of its name, so that every run and every machine splits the same way.
int foldOf(const QString &subject, int folds);

std::optional<double> rocAuc(const std::vector<double> &scores, const QList<LabelledPrompt> &rows,
                             const std::vector<int> &subset);
QualityCurve qualityCurve(const std::vector<double> &scores, const QList<LabelledPrompt> &rows,
                          const std::vector<int> &subset);
/// Every metric for the rows at `subset` (indices into rows and scores).
RouterEvalMetrics evaluate(const std::vector<double> &scores, const QList<LabelledPrompt> &rows,
                           const std::vector<int> &subset);
/// evaluate() over every row.
RouterEvalMetrics evaluate(const std::vector<double> &scores, const QList<LabelledPrompt> &rows);

} // namespace RouteEval
