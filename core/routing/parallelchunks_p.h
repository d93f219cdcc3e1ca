#pragma once

#include <QtGlobal>

#include <functional>

/// Splits [0, total) into fixed chunks and runs them on the calling thread plus a private
/// QThreadPool (never the global one, so a caller that is itself a pool task cannot deadlock).
/// Used by Replay and Calibration; internal to core/routing.
namespace ParallelChunks {

/// How many workers run() will use for `total` items (at least 1, at most one per chunk).
int workerCount(qint64 total, qint64 chunk);

/// Calls work(begin, end, worker) once per chunk, worker in [0, workerCount()); chunk k covers
/// [k·chunk, min(total, (k+1)·chunk)). Only the calling thread calls `progress(done, total)`:
/// after each chunk it ran and while it waits for the others. When progress returns false no
/// further chunk starts, and run() returns false (some chunks never ran) once the running ones
/// have finished.
bool run(qint64 total, qint64 chunk, const std::function<void(qint64, qint64, int)> &work,
         const std::function<bool(qint64, qint64)> &progress);

} // namespace ParallelChunks
