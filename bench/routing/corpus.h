#pragma once

#include <QByteArray>

#include <cstdint>

/// A deterministic corpus of realistic routing requests as JSONL (one request per line):
/// greetings and one-liners, mid-size technical questions, long code reviews and security
/// analyses with context, capabilities and history. Same seed, same bytes.
namespace BenchCorpus {

QByteArray generate(std::int64_t targetBytes, std::uint64_t seed = 42);

} // namespace BenchCorpus
