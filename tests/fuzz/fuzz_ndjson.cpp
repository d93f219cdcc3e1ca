// The NDJSON framer, whole and split: same lines either way.
#include "providers/streamframer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const qsizetype step = 1 + data[0] % 16;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    NdjsonFramer whole(256);
    QList<QByteArray> a = whole.feed(bytes);
    a += whole.finish();
    NdjsonFramer split(256);
    QList<QByteArray> b;
    for (qsizetype i = 0; i < bytes.size(); i += step)
        b += split.feed(bytes.mid(i, step));
    b += split.finish();
    if (whole.overflowed() != split.overflowed() || (!whole.overflowed() && a != b))
        std::abort();
    return 0;
}
