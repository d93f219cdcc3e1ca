#include "cell.h"

#include <array>

namespace {
constexpr std::array<std::pair<CellState, const char16_t *>, 6> kStateNames{{
    {CellState::Pending, u"pending"},
    {CellState::Running, u"running"},
    {CellState::RateLimited, u"rate_limited"},
    {CellState::Succeeded, u"succeeded"},
    {CellState::Failed, u"failed"},
    {CellState::Cancelled, u"cancelled"},
}};
} // namespace

QString cellStateName(CellState state)
{
    for (const auto &[s, name] : kStateNames)
        if (s == state)
            return QString::fromUtf16(name);
    return {};
}

std::optional<CellState> cellStateFromName(QStringView name)
{
    for (const auto &[s, n] : kStateNames)
        if (name == QStringView(n))
            return s;
    return std::nullopt;
}

std::optional<double> CellOutcome::tokensPerSecond() const
{
    if (!outputTokens || *outputTokens <= 0)
        return std::nullopt;
    const qint64 generationMs = totalMs - ttftMs.value_or(0);
    if (generationMs <= 0)
        return std::nullopt;
    return double(*outputTokens) * 1000.0 / double(generationMs);
}

bool CellResult::passed() const
{
    return state == CellState::Succeeded && failedAssertions() == 0;
}

int CellResult::failedAssertions() const
{
    int n = 0;
    for (const AssertionResult &a : assertions)
        n += a.passed ? 0 : 1;
    return n;
}
