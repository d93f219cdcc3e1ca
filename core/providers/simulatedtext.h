#pragma once

#include <QString>
#include <QStringList>

/// Deterministic text for the simulated provider (demo mode, no key, no network) and for the
/// fake provider server used by the tests. The same prompt and model always give the same
/// answer, so comparisons in demo mode are repeatable.
namespace SimulatedText {

/// A plausible multi-sentence answer chosen from the prompt and model names.
QString answer(const QString &prompt, const QString &model);

/// Splits text into streaming pieces ("tokens"): each word with its following whitespace.
/// Joining the pieces gives back the text exactly.
QStringList tokens(const QString &text);

/// A rough prompt token count (about four characters per token, at least one).
int estimateTokens(const QString &text);

} // namespace SimulatedText
