#include "parallelchunks_p.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace ParallelChunks {

int workerCount(qint64 total, qint64 chunk)
{
    const qint64 chunks = chunk > 0 ? (total + chunk - 1) / chunk : 1;
    return int(std::clamp<qint64>(chunks, 1, std::max(1, QThread::idealThreadCount())));
}

bool run(qint64 total, qint64 chunk, const std::function<void(qint64, qint64, int)> &work,
         const std::function<bool(qint64, qint64)> &progress)
{
    if (total <= 0)
        return true;
    chunk = std::max<qint64>(1, chunk);
    const qint64 chunks = (total + chunk - 1) / chunk;
    const int workers = workerCount(total, chunk);
    std::atomic<qint64> next{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    qint64 reported = -1;
    const auto report = [&] {
        const qint64 now = done.load();
        if (progress && now != reported && !stop.load()) {
            reported = now;
            if (!progress(now, total))
                stop = true;
        }
    };
    const auto loop = [&](int worker, bool caller) {
        while (!stop.load(std::memory_order_relaxed)) {
            const qint64 k = next.fetch_add(1);
            if (k >= chunks)
                return;
            const qint64 begin = k * chunk;
            const qint64 end = std::min(total, begin + chunk);
            work(begin, end, worker);
            done.fetch_add(end - begin);
            if (caller)
                report();
        }
    };

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, workers - 1));
    for (int w = 1; w < workers; ++w)
        pool.start([&loop, w] { loop(w, false); });
    loop(0, true);
    while (!pool.waitForDone(20))
        report();
    report();
    return done.load() == total; // a stop after the last chunk still finished the work
}

} // namespace ParallelChunks
