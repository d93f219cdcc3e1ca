// Test-case import: CSV (comma and tab), pasted text and JSONL. The first byte picks one.
#include "experiments/testcase.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0: (void)TestCaseImport::fromCsv(text); break;
    case 1: (void)TestCaseImport::fromCsv(text, u'\t'); break;
    case 2: (void)TestCaseImport::fromPasted(text); break;
    default: (void)TestCaseImport::fromJsonl(text); break;
    }
    return 0;
}
