// Call import (TierBench call JSONL, LiteLLM spend logs as JSON lines or CSV) into an
// in-memory SQLite store. The first byte picks the format, as --format would.
#include "store/callimport.h"
#include "store/database.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Database db = [] {
        const Database d = Database::fromLocation(QStringLiteral(":memory:"));
        if (!d.openAndMigrate())
            std::abort();
        return d;
    }();
    if (size < 1)
        return 0;
    static const CallFormat formats[] = {CallFormat::Auto, CallFormat::TierBench, CallFormat::LiteLlm};
    CallImportOptions options;
    options.format = formats[data[0] % 3];
    options.batchSize = 64;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString name = data[0] & 0x80 ? QStringLiteral("calls.csv") : QStringLiteral("calls.jsonl");
    const CallImportReport report = CallImport::importData(db, bytes, options, name);
    if (report.imported < 0 || report.imported + report.duplicates > report.rows + 1)
        std::abort();
    return 0;
}
