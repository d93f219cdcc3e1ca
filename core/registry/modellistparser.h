#pragma once

#include "llmmodel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

/// The list-models wire formats of the providers the sync job knows.
enum class ModelListFormat { OpenAi, Anthropic, Ollama, OpenRouter, Gemini };

/// One page of a list-models response. Pure data; no network.
struct ModelListPage
{
    QList<ListedModel> models;
    QString nextCursor; ///< after_id (Anthropic), pageToken (Gemini), next URL (OpenRouter); empty at the end
    QString error;      ///< non-empty when the body is not a valid page; then nothing else counts

    bool ok() const { return error.isEmpty(); }
};

/// Parsers for the list-models responses. Pure functions: bytes in, a page out.
///
/// - OpenAI `GET /v1/models`: `data[].id`, `created`, `shutdown_date` (deprecation).
/// - Anthropic `GET /v1/models`: `data[].id`, `display_name`, `created_at`; `has_more` + `last_id`.
/// - Ollama `GET /api/tags`: `models[].name`, `modified_at`.
/// - OpenRouter `GET /api/v1/models`: `data[].id`, `name`, `context_length`,
///   `top_provider.max_completion_tokens`, `expiration_date`, `pricing.prompt/completion/
///   input_cache_read` (strings, USD per token); `links.next` when paged.
/// - Gemini `models.list`: `models[].name` ("models/x"), `displayName`, `inputTokenLimit`,
///   `outputTokenLimit`; `nextPageToken`.
namespace ModelListParser {

ModelListPage parse(ModelListFormat kind, const QByteArray &body);

QString kindName(ModelListFormat kind);
/// "openai", "anthropic", "ollama", "openrouter", "gemini" (also "google"); nullopt otherwise.
std::optional<ModelListFormat> kindFromName(const QString &name);

} // namespace ModelListParser
