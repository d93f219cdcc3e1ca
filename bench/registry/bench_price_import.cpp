// Times the import of the bundled LiteLLM price map (2,982 entries) into a fresh SQLite
// store, and a re-import into a store that already has it. Prints one line per run and
// the median. Build in Release: cmake -DCMAKE_BUILD_TYPE=Release.
#include "registry/modelregistry.h"
#include "registry/priceimport.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QFile file(argc > 2 ? QString::fromLocal8Bit(argv[2]) : LiteLlmPrices::bundledPath());
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
        return 2;
    }
    const QByteArray json = file.readAll();
    QTemporaryDir dir;
    QList<qint64> fresh;
    QList<qint64> again;
    for (int i = 0; i < runs; ++i) {
        const Database db = Database::fromLocation(dir.filePath(QStringLiteral("bench%1.sqlite").arg(i)));
        if (!db.openAndMigrate())
            return 1;
        // A registry with some synced models, so repricing and drift checks do real work.
        QList<ListedModel> listed;
        for (const char *id : {"gpt-4o", "gpt-4o-mini", "o1", "gpt-3.5-turbo", "gpt-4.1"}) {
            ListedModel m;
            m.modelId = QString::fromLatin1(id);
            listed.append(m);
        }
        ModelRegistry(db).applySync(QStringLiteral("openai"), listed, QStringLiteral("bench"));
        for (QList<qint64> *times : {&fresh, &again}) {
            QElapsedTimer timer;
            timer.start();
            const PriceImportReport report = LiteLlmPrices::importNow(db, json, QStringLiteral("bench"));
            const qint64 ms = timer.elapsed();
            if (!report.ok()) {
                std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error));
                return 1;
            }
            times->append(ms);
            std::printf("%s import: %lld ms (parse %lld, store %lld), %d entries, %d priced, %d repriced\n",
                        times == &fresh ? "fresh" : "again", ms, report.parseMs, report.storeMs, report.entries,
                        report.priced, report.outcome.pricesChanged);
        }
        db.closeThreadConnection();
    }
    std::sort(fresh.begin(), fresh.end());
    std::sort(again.begin(), again.end());
    std::printf("median fresh import %lld ms, median re-import %lld ms, worst %lld ms over %d runs (%lld bytes)\n",
                fresh[fresh.size() / 2], again[again.size() / 2], std::max(fresh.last(), again.last()), runs,
                qint64(json.size()));
    return 0;
}
