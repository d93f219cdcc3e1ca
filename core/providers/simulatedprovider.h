#pragma once

#include "completion.h"

#include <QStringList>

/// The "simulated" provider: deterministic answers with plausible latency and no network, so
/// the demo workspace runs with no key. Results carry `simulated = true` and the UI must say so.
namespace SimulatedProvider {

struct Plan
{
    QStringList pieces;  ///< streamed in this order
    int firstByteMs = 0; ///< delay before the first piece
    int pieceMs = 0;     ///< delay between pieces
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
    QString finishReason; ///< "stop" or "length"
};

/// What the simulated model answers to this request; the same request gives the same plan.
Plan plan(const CompletionRequest &request);

} // namespace SimulatedProvider
