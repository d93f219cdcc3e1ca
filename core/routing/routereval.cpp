#include "routereval.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace RouteEval {

namespace {

/// The translation context "RouteEval" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RouteEval)
};

/// Splits RFC 4180 records; a record is a list of fields. Returns false on an unterminated quote.
bool nextRecord(QByteArrayView csv, qsizetype &pos, QList<QByteArray> &fields)
{
    fields.clear();
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    while (pos < csv.size()) {
        const char c = csv[pos++];
        if (quoted) {
            if (c == '"') {
                if (pos < csv.size() && csv[pos] == '"') {
                    field += '"';
                    ++pos;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == ',') {
            fields.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && pos < csv.size() && csv[pos] == '\n')
                ++pos;
            fields.append(field);
            return true;
        } else {
            field += c;
        }
    }
    if (quoted)
        return false;
    if (!field.isEmpty() || !fields.isEmpty() || wasQuoted)
        fields.append(field);
    return true;
}

std::optional<bool> parseLabel(const QByteArray &text)
{
    const QByteArray t = text.trimmed().toLower();
    if (t == "true" || t == "1" || t == "yes" || t == "win" || t == "pass")
        return true;
    if (t == "false" || t == "0" || t == "no" || t == "loss" || t == "fail")
        return false;
    return std::nullopt;
}

} // namespace

QString readCsv(QByteArrayView csv, const QString &defaultSubject, LabelledSet &into,
                const QString &weakColumn, const QString &strongColumn)
{
    qsizetype pos = 0;
    QList<QByteArray> fields;
    if (csv.startsWith("\xEF\xBB\xBF"))
        pos = 3;
    if (!nextRecord(csv, pos, fields) || fields.isEmpty())
        return Tr::tr("no header line; expected prompt,<weak model>,<strong model>");
    int prompt = -1, subject = -1, weak = -1, strong = -1;
    QList<int> labels;
    QStringList names;
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = QString::fromUtf8(fields.at(i)).trimmed();
        names.append(name);
        const QString lower = name.toLower();
        if (lower == u"prompt")
            prompt = i;
        else if (lower == u"subject" || lower == u"category")
            subject = i;
        else if (!weakColumn.isEmpty() && name == weakColumn)
            weak = i;
        else if (!strongColumn.isEmpty() && name == strongColumn)
            strong = i;
        else
            labels.append(i);
    }
    if (prompt < 0)
        return Tr::tr("the header has no 'prompt' column");
    if (weak < 0 && weakColumn.isEmpty() && !labels.isEmpty())
        weak = labels.takeFirst();
    if (strong < 0 && strongColumn.isEmpty() && !labels.isEmpty())
        strong = labels.takeFirst();
    if (weak < 0 || strong < 0)
        return Tr::tr("the header needs a weak and a strong label column (after 'prompt'; or name them)");
    if (into.weakModel.isEmpty()) {
        into.weakModel = names.at(weak);
        into.strongModel = names.at(strong);
    }
    const int needed = std::max({prompt, subject, weak, strong}) + 1;
    for (int record = 2; pos < csv.size(); ++record) {
        if (!nextRecord(csv, pos, fields))
            return Tr::tr("record %1: a quoted field is not closed").arg(record);
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // blank line
        if (fields.size() < needed)
            return Tr::tr("record %1: %2 fields, expected %3").arg(record).arg(fields.size()).arg(needed);
        const auto w = parseLabel(fields.at(weak));
        const auto s = parseLabel(fields.at(strong));
        if (!w || !s)
            return Tr::tr("record %1: a label is not True/False").arg(record);
        LabelledPrompt row;
        row.prompt = QString::fromUtf8(fields.at(prompt));
        row.subject = subject >= 0 ? QString::fromUtf8(fields.at(subject)).trimmed() : defaultSubject;
        row.weakCorrect = *w;
        row.strongCorrect = *s;
        into.rows.append(std::move(row));
    }
    return {};
}

QString subjectFromFileName(const QString &path)
{
    QString base = QFileInfo(path).completeBaseName();
    if (base.startsWith(u"mmlu_"))
        base.remove(0, 5);
    return base;
}

QString mmluGroup(const QString &subject)
{
    static const QHash<QString, QString> groups = [] {
        QHash<QString, QString> g;
        const auto add = [&g](const char *group, std::initializer_list<const char *> subjects) {
            for (const char *s : subjects)
                g.insert(QString::fromLatin1(s), QString::fromLatin1(group));
        };
        add("stem", {"abstract_algebra", "astronomy", "college_biology", "college_chemistry",
                     "college_computer_science", "college_mathematics", "college_physics",
                     "computer_security", "conceptual_physics", "electrical_engineering",
                     "elementary_mathematics", "high_school_biology", "high_school_chemistry",
                     "high_school_computer_science", "high_school_mathematics",
                     "high_school_physics", "high_school_statistics", "machine_learning"});
        add("humanities", {"formal_logic", "high_school_european_history", "high_school_us_history",
                           "high_school_world_history", "international_law", "jurisprudence",
                           "logical_fallacies", "moral_disputes", "moral_scenarios", "philosophy",
                           "prehistory", "professional_law", "world_religions"});
        add("social sciences", {"econometrics", "high_school_geography",
                                "high_school_government_and_politics", "high_school_macroeconomics",
                                "high_school_microeconomics", "high_school_psychology",
                                "human_sexuality", "professional_psychology", "public_relations",
                                "security_studies", "sociology", "us_foreign_policy"});
        return g;
    }();
    return groups.value(subject, QStringLiteral("other"));
}

int foldOf(const QString &subject, int folds)
{
    // FNV-1a 32 over the UTF-16 code units: stable across runs, unlike qHash's seed.
    std::uint32_t h = 2166136261u;
    for (const QChar c : subject) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return folds > 0 ? int(h % std::uint32_t(folds)) : 0;
}

std::optional<double> rocAuc(const std::vector<double> &scores, const QList<LabelledPrompt> &rows,
                             const std::vector<int> &subset)
{
    std::vector<int> order;
    order.reserve(subset.size());
    for (int i : subset) {
        if (rows[qsizetype(i)].needsStrong() || rows[qsizetype(i)].weakCorrect)
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) { return scores[size_t(a)] < scores[size_t(b)]; });
    // Mann-Whitney: sum of the positives' mid-ranks.
    double rankSum = 0;
    double positives = 0;
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j < order.size() && scores[size_t(order[j])] == scores[size_t(order[i])])
            ++j;
        const double midRank = (double(i + 1) + double(j)) / 2.0;
        for (size_t k = i; k < j; ++k) {
            if (rows[qsizetype(order[k])].needsStrong()) {
                rankSum += midRank;
                ++positives;
            }
        }
        i = j;
    }
    const double negatives = double(order.size()) - positives;
    if (positives == 0 || negatives == 0)
        return std::nullopt;
    return (rankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
}

QualityCurve qualityCurve(const std::vector<double> &scores, const QList<LabelledPrompt> &rows,
                          const std::vector<int> &subset)
{
    QualityCurve curve;
    const double n = double(subset.size());
    if (subset.empty())
        return curve;
    std::vector<int> order = subset;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return scores[size_t(a)] > scores[size_t(b)]; });
    double correct = 0;
    for (int i : subset)
        correct += rows[qsizetype(i)].weakCorrect ? 1 : 0;
    curve.strongShare.push_back(0);
    curve.quality.push_back(correct / n);
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        for (; j < order.size() && scores[size_t(order[j])] == scores[size_t(order[i])]; ++j) {
            const LabelledPrompt &r = rows[qsizetype(order[j])];
            correct += (r.strongCorrect ? 1 : 0) - (r.weakCorrect ? 1 : 0);
        }
        curve.strongShare.push_back(double(j) / n);
        curve.quality.push_back(correct / n);
        i = j;
    }
    return curve;
}

RouterEvalMetrics evaluate(const std::vector<double> &scores, const QList<LabelledPrompt> &rows,
                           const std::vector<int> &subset)
{
    RouterEvalMetrics m;
    m.prompts = int(subset.size());
    double weak = 0, strong = 0;
    for (int i : subset) {
        const LabelledPrompt &r = rows[qsizetype(i)];
        weak += r.weakCorrect ? 1 : 0;
        strong += r.strongCorrect ? 1 : 0;
        m.positives += r.needsStrong() ? 1 : 0;
        m.negatives += r.weakCorrect ? 1 : 0;
    }
    if (subset.empty())
        return m;
    m.weakAccuracy = weak / double(subset.size());
    m.strongAccuracy = strong / double(subset.size());
    m.auc = rocAuc(scores, rows, subset);

    const QualityCurve c = qualityCurve(scores, rows, subset);
    double area = 0;
    for (size_t i = 1; i < c.strongShare.size(); ++i)
        area += (c.strongShare[i] - c.strongShare[i - 1]) * (c.quality[i] + c.quality[i - 1]) / 2.0;
    const double gap = m.strongAccuracy - m.weakAccuracy;
    if (gap > 0)
        m.apgr = (area - m.weakAccuracy) / gap;

    const double target = 0.95 * m.strongAccuracy;
    for (size_t i = 0; i < c.quality.size(); ++i) {
        if (c.quality[i] < target)
            continue;
        if (i == 0) {
            m.strongShareAt95 = 0.0;
        } else {
            const double dq = c.quality[i] - c.quality[i - 1];
            const double t = dq > 0 ? (target - c.quality[i - 1]) / dq : 1.0;
            m.strongShareAt95 = c.strongShare[i - 1] + t * (c.strongShare[i] - c.strongShare[i - 1]);
        }
        break;
    }
    return m;
}

RouterEvalMetrics evaluate(const std::vector<double> &scores, const QList<LabelledPrompt> &rows)
{
    std::vector<int> all(size_t(rows.size()));
    std::iota(all.begin(), all.end(), 0);
    return evaluate(scores, rows, all);
}

} // namespace RouteEval
