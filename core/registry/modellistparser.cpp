#include "modellistparser.h"

#include "pricemath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ModelListParser {

namespace {

/// The translation context "ModelListParser" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelListParser)
};

std::optional<qint64> optInt(const QJsonValue &v)
{
    if (v.isDouble()) {
        // A context length of 1e300 (or NaN) is not a number of tokens; casting it is undefined.
        const double d = v.toDouble();
        if (!(d >= -9.0e15 && d <= 9.0e15))
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<Decimal> perMillion(const QJsonValue &v)
{
    std::optional<PriceMath::Converted> c;
    if (v.isString())
        c = PriceMath::perTokenTextToPerMillion(v.toString());
    else if (v.isDouble())
        c = PriceMath::perTokenToPerMillion(v.toDouble());
    if (!c || c->perMillion.isNegative()) // OpenRouter uses "-1" for "varies" (auto router)
        return std::nullopt;
    return c->perMillion;
}

QString dateOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().left(10);
    if (const auto seconds = v.isDouble() ? optInt(v) : std::nullopt)
        return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC).date().toString(Qt::ISODate);
    return {};
}

QDateTime timeOf(const QJsonValue &v)
{
    if (const auto seconds = v.isDouble() ? optInt(v) : std::nullopt; seconds && *seconds > 0)
        return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
    if (v.isString())
        return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
    return {};
}

ModelListPage fail(const QString &message)
{
    ModelListPage page;
    page.error = message;
    return page;
}

ModelListPage parseOpenAi(const QJsonObject &root)
{
    if (!root.value(QStringLiteral("data")).isArray())
        return fail(Tr::tr("The response has no \"data\" array."));
    ModelListPage page;
    for (const QJsonValue &item : root.value(QStringLiteral("data")).toArray()) {
        const QJsonObject o = item.toObject();
        ListedModel m;
        m.modelId = o.value(QStringLiteral("id")).toString();
        if (m.modelId.isEmpty())
            continue;
        m.displayName = m.modelId;
        m.releasedAt = timeOf(o.value(QStringLiteral("created")));
        m.deprecationDate = dateOf(o.value(QStringLiteral("shutdown_date")));
        page.models.append(m);
    }
    return page;
}

ModelListPage parseAnthropic(const QJsonObject &root)
{
    if (!root.value(QStringLiteral("data")).isArray())
        return fail(Tr::tr("The response has no \"data\" array."));
    ModelListPage page;
    for (const QJsonValue &item : root.value(QStringLiteral("data")).toArray()) {
        const QJsonObject o = item.toObject();
        ListedModel m;
        m.modelId = o.value(QStringLiteral("id")).toString();
        if (m.modelId.isEmpty())
            continue;
        m.displayName = o.value(QStringLiteral("display_name")).toString(m.modelId);
        m.releasedAt = timeOf(o.value(QStringLiteral("created_at")));
        m.contextWindow = optInt(o.value(QStringLiteral("max_input_tokens")));
        m.maxOutput = optInt(o.value(QStringLiteral("max_tokens")));
        page.models.append(m);
    }
    if (root.value(QStringLiteral("has_more")).toBool()) {
        page.nextCursor = root.value(QStringLiteral("last_id")).toString();
        if (page.nextCursor.isEmpty())
            return fail(Tr::tr("has_more is true but last_id is missing."));
    }
    return page;
}

ModelListPage parseOllama(const QJsonObject &root)
{
    if (!root.value(QStringLiteral("models")).isArray())
        return fail(Tr::tr("The response has no \"models\" array."));
    ModelListPage page;
    for (const QJsonValue &item : root.value(QStringLiteral("models")).toArray()) {
        const QJsonObject o = item.toObject();
        ListedModel m;
        m.modelId = o.value(QStringLiteral("name")).toString(o.value(QStringLiteral("model")).toString());
        if (m.modelId.isEmpty())
            continue;
        m.displayName = m.modelId;
        m.releasedAt = timeOf(o.value(QStringLiteral("modified_at")));
        // Local models have no per-token price.
        m.inputPrice = Decimal();
        m.outputPrice = Decimal();
        page.models.append(m);
    }
    return page;
}

ModelListPage parseOpenRouter(const QJsonObject &root)
{
    if (!root.value(QStringLiteral("data")).isArray())
        return fail(Tr::tr("The response has no \"data\" array."));
    ModelListPage page;
    for (const QJsonValue &item : root.value(QStringLiteral("data")).toArray()) {
        const QJsonObject o = item.toObject();
        ListedModel m;
        m.modelId = o.value(QStringLiteral("id")).toString();
        if (m.modelId.isEmpty())
            continue;
        m.displayName = o.value(QStringLiteral("name")).toString(m.modelId);
        m.releasedAt = timeOf(o.value(QStringLiteral("created")));
        m.contextWindow = optInt(o.value(QStringLiteral("context_length")));
        const QJsonObject top = o.value(QStringLiteral("top_provider")).toObject();
        m.maxOutput = optInt(top.value(QStringLiteral("max_completion_tokens")));
        if (!m.contextWindow)
            m.contextWindow = optInt(top.value(QStringLiteral("context_length")));
        m.deprecationDate = dateOf(o.value(QStringLiteral("expiration_date")));
        const QJsonObject pricing = o.value(QStringLiteral("pricing")).toObject();
        m.inputPrice = perMillion(pricing.value(QStringLiteral("prompt")));
        m.outputPrice = perMillion(pricing.value(QStringLiteral("completion")));
        m.cachedInputPrice = perMillion(pricing.value(QStringLiteral("input_cache_read")));
        page.models.append(m);
    }
    const QJsonValue next = root.value(QStringLiteral("links")).toObject().value(QStringLiteral("next"));
    if (next.isString() && !page.models.isEmpty())
        page.nextCursor = next.toString();
    return page;
}

ModelListPage parseGemini(const QJsonObject &root)
{
    // An empty account answers {} (no "models" key at all).
    ModelListPage page;
    const QJsonValue models = root.value(QStringLiteral("models"));
    if (!models.isUndefined() && !models.isArray())
        return fail(Tr::tr("\"models\" is not an array."));
    for (const QJsonValue &item : models.toArray()) {
        const QJsonObject o = item.toObject();
        ListedModel m;
        m.modelId = o.value(QStringLiteral("name")).toString();
        if (m.modelId.startsWith(u"models/"))
            m.modelId.remove(0, 7);
        if (m.modelId.isEmpty())
            continue;
        m.displayName = o.value(QStringLiteral("displayName")).toString(m.modelId);
        m.contextWindow = optInt(o.value(QStringLiteral("inputTokenLimit")));
        m.maxOutput = optInt(o.value(QStringLiteral("outputTokenLimit")));
        page.models.append(m);
    }
    page.nextCursor = root.value(QStringLiteral("nextPageToken")).toString();
    return page;
}

} // namespace

ModelListPage parse(ModelListFormat kind, const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return fail(Tr::tr("Malformed JSON at offset %1: %2").arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        return fail(Tr::tr("The response is not a JSON object."));
    const QJsonObject root = doc.object();
    switch (kind) {
    case ModelListFormat::OpenAi: return parseOpenAi(root);
    case ModelListFormat::Anthropic: return parseAnthropic(root);
    case ModelListFormat::Ollama: return parseOllama(root);
    case ModelListFormat::OpenRouter: return parseOpenRouter(root);
    case ModelListFormat::Gemini: return parseGemini(root);
    }
    return fail(Tr::tr("Unknown provider kind."));
}

QString kindName(ModelListFormat kind)
{
    switch (kind) {
    case ModelListFormat::OpenAi: return QStringLiteral("openai");
    case ModelListFormat::Anthropic: return QStringLiteral("anthropic");
    case ModelListFormat::Ollama: return QStringLiteral("ollama");
    case ModelListFormat::OpenRouter: return QStringLiteral("openrouter");
    case ModelListFormat::Gemini: return QStringLiteral("gemini");
    }
    return {};
}

std::optional<ModelListFormat> kindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"openai")
        return ModelListFormat::OpenAi;
    if (n == u"anthropic")
        return ModelListFormat::Anthropic;
    if (n == u"ollama")
        return ModelListFormat::Ollama;
    if (n == u"openrouter")
        return ModelListFormat::OpenRouter;
    if (n == u"gemini" || n == u"google")
        return ModelListFormat::Gemini;
    return std::nullopt;
}

} // namespace ModelListParser
