#include "callrows_p.h"

#include "money/cost.h"
#include "timetext.h"

#include <QJsonDocument>
#include <QUrl>

#include <cmath>

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

QString key(const QString &provider, const QString &model)
{
    return provider + QChar(0x1f) + model;
}

/// "", "None", "null", JSON null: a value the exporter did not have.
bool isBlank(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (!v.isString())
        return false;
    const QString s = v.toString().trimmed();
    return s.isEmpty() || s == u"None" || s == u"null" || s == u"NULL";
}

QString textOf(const QJsonValue &v)
{
    return isBlank(v) ? QString() : v.toString().trimmed();
}

/// A whole number >= 0 from a JSON number or a numeric string ("12", "12.0").
bool countOf(const QJsonValue &v, const char *field, std::optional<qint64> *out, QString *error)
{
    if (isBlank(v))
        return true;
    bool ok = v.isDouble();
    double d = v.toDouble();
    if (v.isString())
        d = v.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d) || d < 0 || d != std::floor(d) || d > kMaxExactInteger) {
        const QString given = v.isString() ? u'"' + v.toString() + u'"'
                              : v.isDouble() ? QString::number(v.toDouble()) : QStringLiteral("that");
        *error = CallRows::tr("'%1' must be a whole number >= 0, not %2.").arg(QLatin1StringView(field), given);
        return false;
    }
    *out = qint64(d);
    return true;
}

/// Milliseconds >= 0 from a JSON number (rounded to whole ms).
bool msOf(const QJsonValue &v, const char *field, std::optional<qint64> *out, QString *error)
{
    if (isBlank(v))
        return true;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !std::isfinite(d) || d < 0 || d > kMaxExactInteger) {
        *error = CallRows::tr("'%1' must be a number of milliseconds >= 0.").arg(QLatin1StringView(field));
        return false;
    }
    *out = qint64(std::llround(d));
    return true;
}

/// A LiteLLM time: "2026-11-30 12:00:00.123" (the table's text), ISO 8601, or epoch seconds.
std::optional<qint64> timeOf(const QJsonValue &v)
{
    if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() > 0)
        return qint64(std::llround(v.toDouble() * 1000));
    return TimeText::parseUtcMs(v.toString());
}

QString providerFromApiBase(const QString &apiBase)
{
    const QString host = QUrl(apiBase).host().toLower();
    const std::pair<const char *, const char *> known[] = {
        {"openai.azure.com", "azure"}, {"openai.com", "openai"}, {"anthropic.com", "anthropic"},
        {"openrouter.ai", "openrouter"}, {"googleapis.com", "gemini"}, {"mistral.ai", "mistral"},
        {"groq.com", "groq"}, {"amazonaws.com", "bedrock"},
    };
    for (const auto &[suffix, name] : known) {
        if (host.endsWith(QLatin1StringView(suffix)))
            return QLatin1StringView(name);
    }
    if (apiBase.contains(u":11434"))
        return QStringLiteral("ollama");
    return {};
}

} // namespace

CallRows::Context::Context(const std::optional<TierConfig> &config)
    : m_config(config)
{
    if (!m_config)
        return;
    configName = m_config->name;
    for (qsizetype i = 0; i < m_config->tiers.size(); ++i) {
        const TierEntry &e = m_config->tiers[i];
        m_byModel.insert(key(e.provider, e.model), i);
    }
}

const TierEntry *CallRows::Context::entryFor(const QString &provider, const QString &model) const
{
    if (!m_config)
        return nullptr;
    qsizetype i = m_byModel.value(key(provider, model), -1);
    if (i < 0 && model.startsWith(provider + u'/'))
        i = m_byModel.value(key(provider, model.mid(provider.size() + 1)), -1);
    return i < 0 ? nullptr : &m_config->tiers[i];
}

const TierEntry *CallRows::Context::entryForTier(const QString &tier) const
{
    return m_config && !tier.isEmpty() ? m_config->findTier(tier) : nullptr;
}

void CallRows::Context::complete(RunRecord &run) const
{
    const TierEntry *entry = entryFor(run.provider, run.model);
    if (run.tier.isEmpty())
        run.tier = entry ? entry->tier : QStringLiteral("unassigned");
    if (!run.cost && entry && run.inputTokens && run.outputTokens)
        run.cost = Cost::estimate(entry->prices(), *run.inputTokens, *run.outputTokens);
    if (run.config.isEmpty())
        run.config = configName;
}

bool CallRows::fromTierBench(const QJsonObject &o, const Context &context, RunRecord *run, QString *error)
{
    RunRecord r;
    r.id = textOf(o.value(u"id"));
    if (r.id.isEmpty() || !o.value(u"id").isString()) {
        *error = tr("'id' is missing (a unique string per call).");
        return false;
    }
    const QString time = o.value(u"time").toString();
    const std::optional<qint64> at = TimeText::parseUtcMs(time);
    if (!at) {
        *error = time.isEmpty() ? tr("'time' is missing (ISO 8601 UTC, e.g. 2026-11-30T12:00:00Z).")
                                : tr("'time' is not an ISO 8601 time: \"%1\".").arg(time);
        return false;
    }
    r.createdAt = QDateTime::fromMSecsSinceEpoch(*at, Qt::UTC);
    r.provider = textOf(o.value(u"provider"));
    r.model = textOf(o.value(u"model"));
    if (r.provider.isEmpty() || r.model.isEmpty()) {
        *error = tr("'provider' and 'model' are required.");
        return false;
    }
    r.tier = textOf(o.value(u"tier"));
    r.tenant = textOf(o.value(u"tenant"));
    r.source = textOf(o.value(u"source"));
    if (r.source.isEmpty())
        r.source = QStringLiteral("import");
    r.config = textOf(o.value(u"config"));
    r.errorClass = textOf(o.value(u"errorClass"));
    r.simulated = o.value(u"simulated").toBool(false);
    if (!countOf(o.value(u"inputTokens"), "inputTokens", &r.inputTokens, error)
        || !countOf(o.value(u"outputTokens"), "outputTokens", &r.outputTokens, error)
        || !msOf(o.value(u"ttftMs"), "ttftMs", &r.ttftMs, error)
        || !msOf(o.value(u"totalMs"), "totalMs", &r.totalMs, error))
        return false;
    const QJsonValue cost = o.value(u"cost");
    if (!isBlank(cost)) {
        r.cost = cost.isString() ? Decimal::parse(cost.toString().trimmed()) : std::nullopt;
        if (!r.cost || r.cost->isNegative()) {
            *error = tr("'cost' must be a decimal string in USD such as \"0.0123\".");
            return false;
        }
    }
    r.firstTokenMs = r.ttftMs;
    r.lastTokenMs = r.totalMs;
    context.complete(r);
    *run = std::move(r);
    return true;
}

QString CallRows::errorClassFor(const QString &code, const QString &litellmClass)
{
    const QString c = litellmClass.toLower();
    if (c.contains(u"contextwindow"))
        return QStringLiteral("context_length");
    if (c.contains(u"budget"))
        return QStringLiteral("spend_cap");
    if (c.contains(u"timeout"))
        return QStringLiteral("timeout");
    if (c.contains(u"connection"))
        return QStringLiteral("network");
    if (c.contains(u"ratelimit"))
        return QStringLiteral("rate_limited");
    if (c.contains(u"authentication") || c.contains(u"permission"))
        return QStringLiteral("auth");
    const int status = code.toInt();
    if (status == 401 || status == 403)
        return QStringLiteral("auth");
    if (status == 429)
        return QStringLiteral("rate_limited");
    if (status == 408)
        return QStringLiteral("timeout");
    if (status == 529 || c.contains(u"serviceunavailable") || status == 503)
        return QStringLiteral("overloaded");
    if (status >= 500 || c.contains(u"internalserver") || c.contains(u"apierror"))
        return QStringLiteral("server");
    if ((status >= 400 && status < 500) || c.contains(u"badrequest") || c.contains(u"notfound"))
        return QStringLiteral("invalid_request");
    return QStringLiteral("failed"); // LiteLLM said failure and nothing more
}

bool CallRows::fromLiteLlm(const QJsonObject &o, const Context &context, RunRecord *run, QString *error)
{
    RunRecord r;
    r.id = textOf(o.value(u"request_id"));
    if (r.id.isEmpty()) {
        *error = tr("'request_id' is missing.");
        return false;
    }
    const std::optional<qint64> start = timeOf(o.value(u"startTime"));
    if (!start) {
        *error = tr("'startTime' is missing or not a time: \"%1\".").arg(o.value(u"startTime").toString());
        return false;
    }
    r.createdAt = QDateTime::fromMSecsSinceEpoch(*start, Qt::UTC);
    const std::optional<qint64> end = isBlank(o.value(u"endTime")) ? std::nullopt : timeOf(o.value(u"endTime"));
    if (!isBlank(o.value(u"endTime")) && !end) {
        *error = tr("'endTime' is not a time: \"%1\".").arg(o.value(u"endTime").toString());
        return false;
    }
    if (end && *end < *start) {
        *error = tr("'endTime' is before 'startTime'.");
        return false;
    }
    if (end)
        r.totalMs = *end - *start;
    // LiteLLM sets completionStartTime = endTime on non-streaming calls: no TTFT there.
    const std::optional<qint64> first = timeOf(o.value(u"completionStartTime"));
    if (first && *first >= *start && (!end || (*first != *end && *first <= *end)))
        r.ttftMs = *first - *start;

    QString model = textOf(o.value(u"model"));
    const QString group = textOf(o.value(u"model_group"));
    if (model.isEmpty())
        model = group;
    if (model.isEmpty()) {
        *error = tr("'model' and 'model_group' are both empty.");
        return false;
    }
    QString provider = textOf(o.value(u"custom_llm_provider"));
    const qsizetype slash = model.indexOf(u'/');
    if (provider.isEmpty() && slash > 0)
        provider = model.left(slash);
    if (!provider.isEmpty() && model.startsWith(provider + u'/'))
        model = model.mid(provider.size() + 1);
    if (provider.isEmpty())
        provider = providerFromApiBase(textOf(o.value(u"api_base")));
    r.provider = provider.isEmpty() ? QStringLiteral("unknown") : provider;
    r.model = model;
    // A proxy set up from `tierctl export --to litellm` names each deployment after its tier.
    if (const TierEntry *byGroup = context.entryForTier(group))
        r.tier = byGroup->tier;

    for (const char *field : {"team_id", "user", "end_user"}) {
        r.tenant = textOf(o.value(QLatin1StringView(field)));
        if (!r.tenant.isEmpty())
            break;
    }
    if (!countOf(o.value(u"prompt_tokens"), "prompt_tokens", &r.inputTokens, error)
        || !countOf(o.value(u"completion_tokens"), "completion_tokens", &r.outputTokens, error))
        return false;

    const QString status = textOf(o.value(u"status")).toLower();
    if (!status.isEmpty() && status != u"success") {
        QJsonObject metadata = o.value(u"metadata").toObject();
        if (o.value(u"metadata").isString())
            metadata = QJsonDocument::fromJson(o.value(u"metadata").toString().toUtf8()).object();
        const QJsonObject info = metadata.value(u"error_information").toObject();
        r.errorClass = errorClassFor(info.value(u"error_code").toVariant().toString(),
                                     info.value(u"error_class").toString());
        r.errorMessage = info.value(u"error_message").toString().left(2000);
    } else if (r.inputTokens == 0 && r.outputTokens == 0) {
        // The table's columns default to 0: a success with no usage at all reported none.
        r.inputTokens.reset();
        r.outputTokens.reset();
    }

    const QJsonValue spend = o.value(u"spend");
    if (!isBlank(spend)) {
        r.cost = spend.isDouble() ? Decimal::fromDouble(spend.toDouble()) : Decimal::parse(spend.toString().trimmed());
        if (!r.cost || r.cost->isNegative()) {
            *error = tr("'spend' must be a number of USD >= 0.");
            return false;
        }
        // spend defaults to 0.0: on a success it means LiteLLM had no price for the model.
        if (r.cost->isZero() && r.errorClass.isEmpty())
            r.cost.reset();
    }
    r.source = QStringLiteral("litellm");
    r.firstTokenMs = r.ttftMs;
    r.lastTokenMs = r.totalMs;
    context.complete(r);
    *run = std::move(r);
    return true;
}

bool CsvRecords::next(QList<QString> *fields, qint64 *line, QString *error)
{
    fields->clear();
    error->clear();
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    // Skip blank lines between records.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size)
        return false;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    qint64 newlines = 0;
    qsizetype i = m_pos;
    for (; i < size; ++i) {
        const char c = data[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < size && data[i + 1] == '"') {
                    field.append('"');
                    ++i;
                } else if (i + 1 >= size && !m_final) {
                    return false; // cannot tell "" from " yet
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++newlines;
                field.append(c);
            }
            continue;
        }
        if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == ',') {
            fields->append(QString::fromUtf8(field));
            field.clear();
            wasQuoted = false;
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            if (wasQuoted && !quoted)
                *error = QCoreApplication::translate("CallImport", "text after a closing quote");
            field.append(c);
        }
    }
    if (i >= size && !m_final)
        return false; // the record may go on in the next chunk
    if (quoted)
        *error = QCoreApplication::translate("CallImport", "a quoted field is not closed");
    fields->append(QString::fromUtf8(field));
    *line = m_line;
    m_line += newlines + (i < size ? 1 : 0);
    m_pos = i < size ? i + 1 : size;
    if (m_pos > (1 << 20)) { // keep the buffer small
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    return true;
}
