#pragma once

#include "modelrouter.h"

#include <QString>

#include <string>
#include <string_view>

/// The wire forms of `tierctl route`: a hand-written JSON writer for decisions and a small
/// parser for JSONL requests. Both avoid QJsonDocument, whose per-line cost dominated batch
/// replays (see bench/routing).
namespace RouteJson {

/// Appends the decision object (no newline):
/// {"score", "factors": {"message_complexity", "context_requirement", "capability_criticality",
///  "conversation_depth", "keyword_signals"}, "signals": {"domain_depth", "quantitative",
///  "plain_words", "constraints", "deliverables", "multi_hop", "trivial", "no_signal"},
///  "class", "tier", "provider", "model", "rule", "cause", "reason",
///  "alternatives": [{"tier", "provider", "model", "estimatedCost"}]}
/// Numbers have four decimals; costs are exact decimal strings in USD, or null when unknown.
/// A decision that found no tier has null tier/provider/model and an extra "error".
void appendDecision(std::string &out, const RoutingDecision &decision);
QByteArray decisionToJson(const RoutingDecision &decision);

/// Appends ,"signals":{...} (the decision's evidence; see appendDecision).
void appendSignals(std::string &out, const ComplexityEvidence &evidence);

/// Appends {"error": message} (no newline).
void appendError(std::string &out, const QString &message);

/// Appends `text` as a JSON string literal.
void appendString(std::string &out, std::string_view utf8);

/// Keys of a request line that routing ignores but a replay reads.
struct RequestExtras
{
    QString id;     ///< "id": a string, or a number kept as written
    QString tenant; ///< "tenant"
};

/// Parses one request line {"message", "taskType", "contextTokens", "capabilities": [],
/// "history", "preferredTier", "expectedOutputTokens"}; only "message" is required and unknown
/// keys are skipped. The message is decoded into `message` (UTF-8, reused buffer), the rest
/// into `request` (whose `message` stays empty). Returns false and sets `error` on bad input.
/// With `extras`, "id" and "tenant" are read into it (cleared first) instead of being skipped.
bool parseRequest(std::string_view line, std::string &message, RouteRequest &request,
                  QString *error, RequestExtras *extras = nullptr);

} // namespace RouteJson
