// Helper for tst_store_crash: writes runs through StoreWriter forever and prints each id
// (one per line, flushed) once the writer reports it saved. The test kill -9s it.
#include "store/database.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: store_crash_child DB_PATH\n");
        return 2;
    }
    const Database database = Database::fromLocation(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!database.openAndMigrate(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    StoreWriter writer(database);
    QObject::connect(&writer, &StoreWriter::saved, &app, [](const QString &id) {
        std::printf("%s\n", qPrintable(id));
        std::fflush(stdout);
    });
    QObject::connect(&writer, &StoreWriter::failed, &app, [](const QString &id, const QString &message) {
        std::fprintf(stderr, "failed %s: %s\n", qPrintable(id), qPrintable(message));
    });
    int n = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        for (int i = 0; i < 7; ++i) { // a few rows per tick, so batches form
            RunRecord run;
            run.provider = QStringLiteral("openai");
            run.model = QStringLiteral("gpt-4o-mini");
            run.tier = QStringLiteral("fast");
            run.outputTokens = ++n;
            run.text = QStringLiteral("row %1").arg(n);
            writer.enqueueRun(run);
        }
    });
    timer.start(1);
    return app.exec();
}
