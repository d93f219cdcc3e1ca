#include "routerevalreport.h"

#include "modelrouter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <cmath>

#include <random>

namespace RouteEval {

RouterEvalScorer estimatorScorer(const ModelRouter &router, const QList<LabelledPrompt> &rows)
{
    RouterEvalScorer s{QStringLiteral("estimator"), {{}}};
    s.draws[0].reserve(size_t(rows.size()));
    const ComplexityEstimator &estimator = router.estimator();
    for (const LabelledPrompt &r : rows)
        s.draws[0].push_back(estimator.estimate(r.prompt).score);
    return s;
}

RouterEvalScorer lengthScorer(const QList<LabelledPrompt> &rows)
{
    RouterEvalScorer s{QStringLiteral("prompt-length"), {{}}};
    s.draws[0].reserve(size_t(rows.size()));
    for (const LabelledPrompt &r : rows)
        s.draws[0].push_back(double(r.prompt.toUtf8().size()));
    return s;
}

namespace {

std::vector<double> featuresOf(const Complexity &c)
{
    const TextStats &t = c.stats;
    const ComplexityEvidence &e = c.evidence;
    return {c.factors.messageComplexity, c.factors.keywordSignals, e.domainDepth, e.quantitative,
            e.plainWords, double(e.constraints), double(e.deliverables), double(e.multiHop),
            std::log2(1.0 + t.words), std::log2(1.0 + t.sentences), std::log2(1.0 + t.numberWords),
            std::log2(1.0 + t.mathSymbols), double(t.deepTerms), double(t.shallowTerms)};
}

/// L2-regularised logistic regression by batch gradient descent on standardised features.
std::vector<double> fitLogistic(const std::vector<std::vector<double>> &x, const std::vector<double> &y,
                                std::vector<double> &mean, std::vector<double> &scale)
{
    const size_t n = x.size();
    const size_t d = n ? x[0].size() : 0;
    mean.assign(d, 0);
    scale.assign(d, 0);
    for (const auto &row : x)
        for (size_t j = 0; j < d; ++j)
            mean[j] += row[j] / double(n);
    for (const auto &row : x)
        for (size_t j = 0; j < d; ++j)
            scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / double(n);
    for (double &v : scale)
        v = v > 0 ? std::sqrt(v) : 1;
    std::vector<double> w(d + 1, 0), grad(d + 1);
    for (int iteration = 0; iteration < 300; ++iteration) {
        std::fill(grad.begin(), grad.end(), 0);
        for (size_t i = 0; i < n; ++i) {
            double z = w[d];
            for (size_t j = 0; j < d; ++j)
                z += w[j] * (x[i][j] - mean[j]) / scale[j];
            const double err = 1 / (1 + std::exp(-z)) - y[i];
            for (size_t j = 0; j < d; ++j)
                grad[j] += err * (x[i][j] - mean[j]) / scale[j];
            grad[d] += err;
        }
        for (size_t j = 0; j <= d; ++j)
            w[j] -= 0.5 * (grad[j] / double(n) + (j < d ? 1e-3 * w[j] : 0));
    }
    return w;
}

} // namespace

RouterEvalScorer learnedScorer(const ModelRouter &router, const QList<LabelledPrompt> &rows, int folds)
{
    RouterEvalScorer s{QStringLiteral("learned-cv"), {std::vector<double>(size_t(rows.size()), 0.5)}};
    if (folds < 2)
        return s;
    std::vector<std::vector<double>> features;
    features.reserve(size_t(rows.size()));
    for (const LabelledPrompt &r : rows)
        features.push_back(featuresOf(router.estimator().estimate(r.prompt)));
    for (int f = 0; f < folds; ++f) {
        std::vector<std::vector<double>> x;
        std::vector<double> y;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const LabelledPrompt &r = rows.at(i);
            if (foldOf(r.subject, folds) == f || !(r.needsStrong() || r.weakCorrect))
                continue; // held out, or both models wrong (no label either way)
            x.push_back(features[size_t(i)]);
            y.push_back(r.needsStrong() ? 1 : 0);
        }
        if (x.empty())
            continue;
        std::vector<double> mean, scale;
        const std::vector<double> w = fitLogistic(x, y, mean, scale);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (foldOf(rows.at(i).subject, folds) != f)
                continue;
            double z = w.back();
            for (size_t j = 0; j < mean.size(); ++j)
                z += w[j] * (features[size_t(i)][j] - mean[j]) / scale[j];
            s.draws[0][size_t(i)] = 1 / (1 + std::exp(-z));
        }
    }
    return s;
}

RouterEvalScorer randomScorer(const QList<LabelledPrompt> &rows, int draws)
{
    RouterEvalScorer s{QStringLiteral("random"), {}};
    for (int d = 1; d <= std::max(1, draws); ++d) {
        std::mt19937_64 rng{static_cast<std::uint64_t>(d)};
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        std::vector<double> scores(size_t(rows.size()));
        for (double &v : scores)
            v = uniform(rng);
        s.draws.push_back(std::move(scores));
    }
    return s;
}

namespace {

std::optional<double> mean(const QList<std::optional<double>> &values)
{
    double sum = 0;
    int n = 0;
    for (const auto &v : values) {
        if (v) {
            sum += *v;
            ++n;
        }
    }
    return n ? std::optional<double>(sum / n) : std::nullopt;
}

/// The scorer's metrics on `subset`, averaged over its draws.
RouterEvalMetrics scorerMetrics(const RouterEvalScorer &scorer, const QList<LabelledPrompt> &rows,
                                const std::vector<int> &subset)
{
    RouterEvalMetrics first;
    QList<std::optional<double>> auc, apgr, share;
    for (size_t d = 0; d < scorer.draws.size(); ++d) {
        const RouterEvalMetrics m = evaluate(scorer.draws[d], rows, subset);
        if (d == 0)
            first = m;
        auc.append(m.auc);
        apgr.append(m.apgr);
        share.append(m.strongShareAt95);
    }
    first.auc = mean(auc);
    first.apgr = mean(apgr);
    first.strongShareAt95 = mean(share);
    return first;
}

RouterEvalSlice slice(const QString &kind, const QString &name, const QList<RouterEvalScorer> &scorers,
                      const QList<LabelledPrompt> &rows, const std::vector<int> &subset)
{
    RouterEvalSlice s;
    s.kind = kind;
    s.name = name;
    for (const RouterEvalScorer &scorer : scorers)
        s.perScorer.append(scorerMetrics(scorer, rows, subset));
    s.labels = s.perScorer.value(0);
    return s;
}

} // namespace

RouterEvalReport report(const LabelledSet &set, const QList<RouterEvalScorer> &scorers, int folds)
{
    RouterEvalReport r;
    r.weakModel = set.weakModel;
    r.strongModel = set.strongModel;
    for (const RouterEvalScorer &s : scorers)
        r.scorers.append(s.name);

    QMap<QString, std::vector<int>> bySubject;
    QMap<QString, std::vector<int>> byGroup;
    bool anyMmlu = false;
    std::vector<int> all;
    for (qsizetype i = 0; i < set.rows.size(); ++i) {
        const QString &subject = set.rows.at(i).subject;
        const QString group = mmluGroup(subject);
        anyMmlu = anyMmlu || group != u"other" || subject == u"miscellaneous";
        bySubject[subject].push_back(int(i));
        byGroup[group].push_back(int(i));
        all.push_back(int(i));
    }
    r.subjects = int(bySubject.size());
    r.slices.append(slice(QStringLiteral("all"), QStringLiteral("all"), scorers, set.rows, all));
    if (anyMmlu) {
        for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it)
            r.slices.append(slice(QStringLiteral("group"), it.key(), scorers, set.rows, it.value()));
    }
    for (auto it = bySubject.cbegin(); it != bySubject.cend(); ++it)
        r.slices.append(slice(QStringLiteral("subject"), it.key(), scorers, set.rows, it.value()));

    r.folds.resize(std::max(folds, 0));
    std::vector<std::vector<int>> foldRows(size_t(r.folds.size()));
    for (auto it = bySubject.cbegin(); it != bySubject.cend() && folds > 0; ++it) {
        const int f = foldOf(it.key(), folds);
        r.folds[f].subjects.append(it.key());
        foldRows[size_t(f)].insert(foldRows[size_t(f)].end(), it.value().begin(), it.value().end());
    }
    for (qsizetype f = 0; f < r.folds.size(); ++f) {
        for (const RouterEvalScorer &scorer : scorers)
            r.folds[f].auc.append(scorerMetrics(scorer, set.rows, foldRows[size_t(f)]).auc);
    }
    for (qsizetype s = 0; s < scorers.size(); ++s) {
        QList<std::optional<double>> aucs;
        for (const RouterEvalFold &fold : r.folds)
            aucs.append(fold.auc.value(s));
        r.crossValidatedAuc.append(mean(aucs));
    }
    return r;
}

} // namespace RouteEval

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(std::round(*v * 10000) / 10000) : QJsonValue(QJsonValue::Null);
}

QString text(const std::optional<double> &v, bool percent = false)
{
    if (!v)
        return QStringLiteral("n/a");
    return percent ? QString::number(*v * 100, 'f', 1) + u'%' : QString::number(*v, 'f', 3);
}

} // namespace

QByteArray RouterEvalReport::toJson() const
{
    QJsonObject root;
    root[QStringLiteral("weakModel")] = weakModel;
    root[QStringLiteral("strongModel")] = strongModel;
    root[QStringLiteral("subjects")] = subjects;
    root[QStringLiteral("scorers")] = QJsonArray::fromStringList(scorers);
    QJsonArray sliceArray;
    for (const RouterEvalSlice &s : slices) {
        QJsonObject o;
        o[QStringLiteral("kind")] = s.kind;
        o[QStringLiteral("name")] = s.name;
        o[QStringLiteral("prompts")] = s.labels.prompts;
        o[QStringLiteral("positives")] = s.labels.positives;
        o[QStringLiteral("negatives")] = s.labels.negatives;
        o[QStringLiteral("weakAccuracy")] = number(s.labels.weakAccuracy);
        o[QStringLiteral("strongAccuracy")] = number(s.labels.strongAccuracy);
        QJsonObject metrics;
        for (qsizetype i = 0; i < scorers.size(); ++i) {
            const RouterEvalMetrics &m = s.perScorer.at(i);
            metrics[scorers.at(i)] = QJsonObject{{QStringLiteral("auc"), number(m.auc)},
                                                 {QStringLiteral("apgr"), number(m.apgr)},
                                                 {QStringLiteral("strongShareAt95"), number(m.strongShareAt95)}};
        }
        o[QStringLiteral("metrics")] = metrics;
        sliceArray.append(o);
    }
    root[QStringLiteral("slices")] = sliceArray;
    QJsonArray foldArray;
    for (const RouterEvalFold &f : folds) {
        QJsonObject auc;
        for (qsizetype i = 0; i < scorers.size(); ++i)
            auc[scorers.at(i)] = number(f.auc.value(i));
        foldArray.append(QJsonObject{{QStringLiteral("subjects"), QJsonArray::fromStringList(f.subjects)}, {QStringLiteral("auc"), auc}});
    }
    QJsonObject cv;
    for (qsizetype i = 0; i < scorers.size(); ++i)
        cv[scorers.at(i)] = number(crossValidatedAuc.value(i));
    root[QStringLiteral("folds")] = foldArray;
    root[QStringLiteral("crossValidatedAuc")] = cv;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString RouterEvalReport::toText(bool withSubjects) const
{
    QString out;
    const qsizetype prompts = slices.isEmpty() ? 0 : slices.first().labels.prompts;
    out += QStringLiteral("%1 labelled prompts in %2 subjects; weak: %3, strong: %4\n")
               .arg(prompts).arg(subjects).arg(weakModel, strongModel);
    out += QStringLiteral("positive = weak failed and strong succeeded; negative = weak succeeded\n\n");
    out += QStringLiteral("%1 %2 %3 %4 %5 %6  %7 %8 %9 %10\n")
               .arg(QStringLiteral("slice"), -34).arg(QStringLiteral("prompts"), 7).arg(QStringLiteral("pos"), 5).arg(QStringLiteral("neg"), 5)
               .arg(QStringLiteral("weak"), 6).arg(QStringLiteral("strong"), 6).arg(QStringLiteral("scorer"), -14).arg(QStringLiteral("AUC"), 6)
               .arg(QStringLiteral("APGR"), 6).arg(QStringLiteral("strong@95%"), 10);
    for (const RouterEvalSlice &s : slices) {
        if (s.kind == u"subject" && !withSubjects)
            continue;
        const QString name = s.kind == u"all" ? s.name : s.kind + u':' + s.name;
        for (qsizetype i = 0; i < scorers.size(); ++i) {
            const RouterEvalMetrics &m = s.perScorer.at(i);
            if (i == 0)
                out += QStringLiteral("%1 %2 %3 %4 %5 %6  ")
                           .arg(name.left(34), -34).arg(s.labels.prompts, 7).arg(s.labels.positives, 5)
                           .arg(s.labels.negatives, 5).arg(s.labels.weakAccuracy, 6, 'f', 3)
                           .arg(s.labels.strongAccuracy, 6, 'f', 3);
            else
                out += QString(34 + 1 + 7 + 1 + 5 + 1 + 5 + 1 + 6 + 1 + 6 + 2, u' ');
            out += QStringLiteral("%1 %2 %3 %4\n").arg(scorers.at(i), -14).arg(text(m.auc), 6)
                       .arg(text(m.apgr), 6).arg(text(m.strongShareAt95, true), 10);
        }
    }
    out += QStringLiteral("\ncross-validation by subject (%1 folds, each held out):\n").arg(folds.size());
    for (qsizetype f = 0; f < folds.size(); ++f) {
        out += QStringLiteral("  fold %1 (%2 subjects):").arg(f).arg(folds.at(f).subjects.size());
        for (qsizetype i = 0; i < scorers.size(); ++i)
            out += QStringLiteral(" %1 %2").arg(scorers.at(i), text(folds.at(f).auc.value(i)));
        out += u'\n';
    }
    out += QStringLiteral("  mean held-out AUC:");
    for (qsizetype i = 0; i < scorers.size(); ++i)
        out += QStringLiteral(" %1 %2").arg(scorers.at(i), text(crossValidatedAuc.value(i)));
    out += u'\n';
    return out;
}
