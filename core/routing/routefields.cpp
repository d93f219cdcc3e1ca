#include "routefields.h"

#include "routejson.h"

#include "money/cost.h"

#include <charconv>
#include <cmath>

namespace {

struct FieldName
{
    const char *name;
    RouteFields::Field field;
};

constexpr FieldName kNames[] = {
    {"id", RouteFields::Id},           {"score", RouteFields::Score},
    {"factors", RouteFields::Factors}, {"signals", RouteFields::Signals},
    {"class", RouteFields::Class},     {"tier", RouteFields::Tier},
    {"provider", RouteFields::Provider}, {"model", RouteFields::Model},
    {"rule", RouteFields::Rule},       {"cause", RouteFields::Cause},
    {"reason", RouteFields::Reason},   {"alternatives", RouteFields::Alternatives},
    {"estimatedCost", RouteFields::Cost}, {"cost", RouteFields::Cost},
};

void appendNumber(std::string &out, double v)
{
    char buf[32];
    if (!std::isfinite(v))
        v = 0;
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 4);
    out.append(buf, r.ptr);
}

void appendText(std::string &out, const QString &s)
{
    // Names and tokens are nearly always plain ASCII: copy them without a conversion.
    const char16_t *p = reinterpret_cast<const char16_t *>(s.utf16());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n && p[i] >= 0x20 && p[i] < 0x80 && p[i] != '"' && p[i] != '\\')
        ++i;
    if (i == n) {
        out += '"';
        for (i = 0; i < n; ++i)
            out += char(p[i]);
        out += '"';
        return;
    }
    const QByteArray utf8 = s.toUtf8();
    RouteJson::appendString(out, std::string_view(utf8.constData(), size_t(utf8.size())));
}

/// Appends `,"key":` (or `{"key":` for the first key).
void key(std::string &out, bool &first, const char *name)
{
    out += first ? "{\"" : ",\"";
    out += name;
    out += "\":";
    first = false;
}

} // namespace

RouteFields RouteFields::compact()
{
    return {Id | Score | Class | Tier | Rule | Cause};
}

QString RouteFields::names()
{
    QStringList list;
    for (const FieldName &n : kNames)
        list.append(QLatin1StringView(n.name));
    return list.join(u", ");
}

std::optional<RouteFields> RouteFields::parse(QStringView list, QString *error)
{
    RouteFields fields;
    for (QStringView part : list.split(u',')) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        bool known = false;
        for (const FieldName &n : kNames) {
            if (part == QLatin1StringView(n.name)) {
                fields.mask |= n.field;
                known = true;
            }
        }
        if (!known) {
            if (error)
                *error = QStringLiteral("unknown field '%1'; the fields are: %2").arg(part.toString(), names());
            return std::nullopt;
        }
    }
    if (!fields.mask) {
        if (error)
            *error = QStringLiteral("no fields named; the fields are: %1").arg(names());
        return std::nullopt;
    }
    return fields;
}

namespace {

/// What one decision writes, from either path.
struct Written
{
    const Complexity *complexity = nullptr;
    RouteClass routeClass = RouteClass::Light;
    RoutingDecision::Rule rule = RoutingDecision::Rule::Threshold;
    QString cause;
    const TierEntry *entry = nullptr;
    QString error;
    std::optional<Decimal> cost;
    const QString *reason = nullptr;
    const QList<TierAlternative> *alternatives = nullptr;
};

void appendCostValue(std::string &out, const std::optional<Decimal> &cost)
{
    if (cost)
        appendText(out, cost->toString());
    else
        out += "null";
}

void write(std::string &out, const RouteFields &f, const QString &id, const Written &w)
{
    const Complexity &c = *w.complexity;
    bool first = true;
    if (f.has(RouteFields::Id) && !id.isEmpty()) {
        key(out, first, "id");
        appendText(out, id);
    }
    if (f.has(RouteFields::Score)) {
        key(out, first, "score");
        appendNumber(out, c.score);
    }
    if (f.has(RouteFields::Factors)) {
        const ComplexityFactors &x = c.factors;
        key(out, first, "factors");
        out += "{\"message_complexity\":";
        appendNumber(out, x.messageComplexity);
        out += ",\"context_requirement\":";
        appendNumber(out, x.contextRequirement);
        out += ",\"capability_criticality\":";
        appendNumber(out, x.capabilityCriticality);
        out += ",\"conversation_depth\":";
        appendNumber(out, x.conversationDepth);
        out += ",\"keyword_signals\":";
        appendNumber(out, x.keywordSignals);
        out += '}';
    }
    if (f.has(RouteFields::Signals)) {
        std::string s;
        RouteJson::appendSignals(s, c.evidence); // ,"signals":{...}
        out += first ? '{' : ',';
        out.append(s, 1, std::string::npos);
        first = false;
    }
    if (f.has(RouteFields::Class)) {
        key(out, first, "class");
        out += '"';
        out += RouteClasses::latin1Name(w.routeClass);
        out += '"';
    }
    const auto nullable = [&](RouteFields::Field field, const char *name, QString TierEntry::*member) {
        if (!f.has(field))
            return;
        key(out, first, name);
        if (w.entry)
            appendText(out, w.entry->*member);
        else
            out += "null";
    };
    nullable(RouteFields::Tier, "tier", &TierEntry::tier);
    nullable(RouteFields::Provider, "provider", &TierEntry::provider);
    nullable(RouteFields::Model, "model", &TierEntry::model);
    if (f.has(RouteFields::Rule)) {
        key(out, first, "rule");
        appendText(out, RoutingDecision::ruleName(w.rule));
    }
    if (f.has(RouteFields::Cause)) {
        key(out, first, "cause");
        appendText(out, w.cause);
    }
    if (f.has(RouteFields::Reason) && w.reason) {
        key(out, first, "reason");
        appendText(out, *w.reason);
    }
    if (f.has(RouteFields::Cost)) {
        key(out, first, "estimatedCost");
        appendCostValue(out, w.cost);
    }
    if (f.has(RouteFields::Alternatives) && w.alternatives) {
        key(out, first, "alternatives");
        out += '[';
        for (qsizetype i = 0; i < w.alternatives->size(); ++i) {
            const TierAlternative &a = w.alternatives->at(i);
            out += i ? ",{\"tier\":" : "{\"tier\":";
            appendText(out, a.tier);
            out += ",\"provider\":";
            appendText(out, a.provider);
            out += ",\"model\":";
            appendText(out, a.model);
            out += ",\"estimatedCost\":";
            appendCostValue(out, a.estimatedCost);
            out += '}';
        }
        out += ']';
    }
    if (!w.entry) {
        key(out, first, "error");
        appendText(out, w.error);
    }
    out += '}';
}

} // namespace

namespace RouteJson {

bool appendRouted(std::string &out, const ModelRouter &router, QByteArrayView message,
                  const RouteRequest &rest, const RouteFields &f, const QString &id)
{
    Written w;
    if (f.needsFullDecision()) {
        const RoutingDecision d = router.routeUtf8(message, rest);
        w.complexity = &d.complexity;
        w.routeClass = d.routeClass;
        w.rule = d.rule;
        w.cause = d.cause;
        w.entry = d.ok() ? router.config().findTier(d.tier) : nullptr;
        w.error = d.error;
        w.cost = d.estimatedCost;
        w.reason = &d.reason;
        w.alternatives = &d.alternatives;
        write(out, f, id, w);
        return d.ok();
    }
    const Complexity c = router.estimator().estimateUtf8(message, rest.hints);
    const RouteClass byScore = router.thresholds().classify(c.score);
    RouteChoice choice = router.choose(byScore, rest.taskType, rest.preferredTier, nullptr, &c.evidence);
    w.complexity = &c;
    w.routeClass = choice.routeClass;
    w.rule = choice.rule;
    w.cause = ModelRouter::causeOf(choice.rule, byScore, c.evidence);
    w.entry = choice.tierIndex >= 0 ? &router.config().tiers.at(choice.tierIndex) : nullptr;
    w.error = std::move(choice.error);
    if (w.entry && f.has(RouteFields::Cost)) {
        const std::int64_t in = ModelRouter::estimateTokens(message.size())
                                + std::max<std::int64_t>(0, rest.hints.contextTokens);
        w.cost = Cost::estimate(router.tierPrices().at(choice.tierIndex), in,
                                rest.expectedOutputTokens.value_or(router.defaultOutputTokens()));
    }
    write(out, f, id, w);
    return w.entry != nullptr;
}

} // namespace RouteJson
