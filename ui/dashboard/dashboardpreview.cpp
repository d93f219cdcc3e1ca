// dashboard-preview: the Dashboard mode alone over a temporary store seeded with 30 days of
// demo traffic on the seed config (no key, no network). Used for screenshots:
//   dashboard-preview --size 1440x900 --screenshot page.png --charts DIR [--empty] [--per-model]
#include "dashboardchart.h"
#include "dashboardpage.h"

#include "routing/modelrouter.h"
#include "routing/routerpolicy.h"
#include "store/demotraffic.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size WxH."), QStringLiteral("size"),
                                  QStringLiteral("1440x900"));
    const QCommandLineOption shot(QStringLiteral("screenshot"), QStringLiteral("Save the page to <png> and quit."),
                                  QStringLiteral("png"));
    const QCommandLineOption charts(QStringLiteral("charts"), QStringLiteral("Also save each chart to <dir>."),
                                    QStringLiteral("dir"));
    const QCommandLineOption empty(QStringLiteral("empty"), QStringLiteral("Leave the store empty."));
    const QCommandLineOption perModel(QStringLiteral("per-model"), QStringLiteral("Stack the cost by model."));
    parser.addOptions({size, shot, charts, empty, perModel});
    parser.process(app);

    QTemporaryDir dir;
    const Database db = Database::fromLocation(dir.filePath(QStringLiteral("preview.sqlite")));
    QString error;
    if (!db.openAndMigrate(&error)) {
        std::fprintf(stderr, "dashboard-preview: %s\n", qPrintable(error));
        return 1;
    }
    const TierConfig config = ModelRouter::defaultTierConfig();
    if (!parser.isSet(empty)) {
        const DemoTrafficReport report = DemoTraffic::seed(db, config, 30);
        if (!report.ok()) {
            std::fprintf(stderr, "dashboard-preview: %s\n", qPrintable(report.error));
            return 1;
        }
    }
    const RouterPolicy policy = RouterPolicy::seedDefault();
    DashboardContext context{db, config, [policy](const QString &tenant) { return policy.limitsFor(tenant); },
                             QStringLiteral("TOKEN_BUDGET_* (no router-policy.yaml)")};
    DashboardPage page(context);
    const QStringList wh = parser.value(size).split(u'x');
    page.resize(wh.value(0).toInt(), wh.value(1).toInt());
    if (parser.isSet(perModel)) {
        if (auto *box = page.findChild<QCheckBox *>(QStringLiteral("perModel")))
            box->setChecked(true);
    }
    page.show();
    if (parser.isSet(shot)) {
        QObject::connect(&page, &DashboardPage::refreshed, &page, [&] {
            QTimer::singleShot(400, &page, [&] {
                if (!page.grab().save(parser.value(shot)))
                    std::fprintf(stderr, "dashboard-preview: cannot write %s\n", qPrintable(parser.value(shot)));
                if (parser.isSet(charts)) {
                    const QDir out(parser.value(charts));
                    for (DashboardChart *c : page.charts()) {
                        c->resize(c->width(), std::max(c->height(), 360));
                        c->grab().save(out.filePath(c->objectName() + QStringLiteral(".png")));
                    }
                }
                QApplication::exit(0);
            });
        });
    }
    return app.exec();
}
