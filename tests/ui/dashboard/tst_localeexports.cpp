// Locale in the UI only: every export (CRD YAML, LiteLLM config, Compare's CSV and JSONL cells,
// the Dashboard's chart CSV, tierctl's JSON) is byte-for-byte the same under German number
// formatting (QLocale::setDefault and LC_ALL=de_DE.UTF-8) as under the C locale.
#include "chartexport.h"
#include "config/configcodec.h"
#include "config/litellmconfig.h"
#include "dashboardchart.h"
#include "dashboardcharts.h"
#include "experiments/cellcodec.h"
#include "money/decimal.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

#include <clocale>
#include <functional>

namespace {
const QLocale German(QLocale::German, QLocale::Germany);

/// `produce` run under the C locale and under German: both outputs.
std::pair<QByteArray, QByteArray> underBothLocales(const std::function<QByteArray()> &produce)
{
    QLocale::setDefault(QLocale::c());
    const QByteArray c = produce();
    QLocale::setDefault(German);
    const QByteArray de = produce();
    return {c, de};
}

TierConfig demoConfig()
{
    const TierConfigLoad load = ConfigCodec::loadTierConfig(QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/demo/default.yaml"));
    return load.config.value_or(TierConfig{});
}

CellResult cell()
{
    CellResult c;
    c.runId = QStringLiteral("run-1");
    c.caseId = QStringLiteral("case-1");
    c.targetId = QStringLiteral("fast");
    c.tier = QStringLiteral("fast");
    c.state = CellState::Succeeded;
    c.attempts = 1;
    c.outcome.text = QStringLiteral("answer");
    c.outcome.inputTokens = 1234567;
    c.outcome.outputTokens = 2500;
    c.outcome.ttftMs = 1500;
    c.outcome.totalMs = 4321;
    c.outcome.cost = Decimal::parse(u"1234.5678");
    return c;
}
} // namespace

class TestLocaleExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theUiLocaleIsGerman();
    void crdYaml();
    void liteLlmConfig();
    void compareCells();
    void dashboardChartCsv();
    void tierctlJson();
};

void TestLocaleExports::initTestCase()
{
    // The C library too, where the machine has the locale (the Qt checks hold either way).
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8"))
        qInfo("de_DE.UTF-8 is not installed: only Qt's default locale is German");
    QVERIFY(demoConfig().tiers.size() >= 2);
}

void TestLocaleExports::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
    std::setlocale(LC_ALL, "C");
}

void TestLocaleExports::theUiLocaleIsGerman()
{
    QLocale::setDefault(German);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5")); // what the UI shows
}

void TestLocaleExports::crdYaml()
{
    const TierConfig config = demoConfig();
    const auto [c, de] = underBothLocales([&config] { return ConfigCodec::toYaml(config); });
    QCOMPARE(de, c);
    QVERIFY(c.contains("costPerMillionInput: \"0."));
}

void TestLocaleExports::liteLlmConfig()
{
    const TierConfig config = demoConfig();
    const auto [c, de] = underBothLocales([&config] { return LiteLlmConfig::exportConfig(config).yaml; });
    QCOMPARE(de, c);
    QVERIFY(c.contains("input_cost_per_token: 0.0"));
}

void TestLocaleExports::compareCells()
{
    const auto [csvC, csvDe] = underBothLocales([] { return CellCodec::toCsv({cell()}).toUtf8(); });
    QCOMPARE(csvDe, csvC);
    QVERIFY(csvC.contains("1234.5678"));
    QVERIFY(csvC.contains("1234567"));
    const auto [jsonC, jsonDe] = underBothLocales([] { return CellCodec::toJsonl({cell()}).toUtf8(); });
    QCOMPARE(jsonDe, jsonC);
    QVERIFY(jsonC.contains("1234.5678"));
}

void TestLocaleExports::dashboardChartCsv()
{
    DashboardSnapshot s;
    s.bucket = DashboardBucket::Day;
    DashboardGroup g;
    g.key.insert(DashboardDimension::Tier, QStringLiteral("fast"));
    g.bucket = QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC);
    g.calls = 1500;
    g.costedCalls = 1500;
    g.cost = Decimal::parse(u"1234.5678").value();
    g.inputTokens = 2000000;
    g.outputTokens = 1234567;
    g.tokensPerSecond = 1234.5;
    s.tierBuckets = {g};
    s.tiers = {g};
    s.tierOrder = {QStringLiteral("fast")};
    DashboardChart chart(QStringLiteral("chart"), QStringLiteral("chart"));
    using Fill = void (*)(DashboardChart *, const DashboardSnapshot &);
    const QList<Fill> fills = {[](DashboardChart *ch, const DashboardSnapshot &sn) { DashboardCharts::fillCost(ch, sn, false); },
                               &DashboardCharts::fillTokensPerSecond, &DashboardCharts::fillTierShare,
                               &DashboardCharts::fillCostPerThousand};
    for (Fill fill : fills) {
        const auto [c, de] = underBothLocales([&] {
            fill(&chart, s);
            return ChartExport::toCsv(chart.table());
        });
        QCOMPARE(de, c);
        QVERIFY2(!c.contains("1.234") && !c.contains(",5"), c.constData());
    }
}

void TestLocaleExports::tierctlJson()
{
    const QString tierctl = QStringLiteral(TIERBENCH_BIN_DIR "/tierctl");
    if (!QFileInfo::exists(tierctl))
        QSKIP("tierctl is not built");
    const auto run = [&tierctl](const QByteArray &locale, const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QString::fromLatin1(locale));
        env.insert(QStringLiteral("LANG"), QString::fromLatin1(locale));
        p.setProcessEnvironment(env);
        p.start(tierctl, args);
        p.waitForFinished(30000);
        return p.readAllStandardOutput();
    };
    const QString config = QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/demo/default.yaml");
    const QList<QStringList> commands = {
        {QStringLiteral("route"), QStringLiteral("--json"), QStringLiteral("--config"), config,
         QStringLiteral("Analyze the security implications of this 1,234.5 line design in depth")},
        {QStringLiteral("cost"), QStringLiteral("--config"), config, QStringLiteral("--tier"),
         QStringLiteral("standard"), QStringLiteral("--input"), QStringLiteral("3200000"), QStringLiteral("--output"),
         QStringLiteral("1800")},
        {QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("litellm"), config},
    };
    for (const QStringList &args : commands) {
        const QByteArray c = run("C.UTF-8", args);
        QVERIFY2(!c.isEmpty(), qPrintable(args.join(u' ')));
        QCOMPARE(run("de_DE.UTF-8", args), c);
    }
}

QTEST_MAIN(TestLocaleExports)
#include "tst_localeexports.moc"
