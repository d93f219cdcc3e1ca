#include "capabilitychips.h"
#include "config/configcodec.h"
#include "decisioncard.h"
#include "factorchart.h"
#include "playgroundinputs.h"
#include "playgroundview.h"
#include "routerformat.h"
#include "routerpage.h"
#include "routing/routejson.h"
#include "scoregauge.h"
#include "signalhighlighter.h"
#include "tiercostmodel.h"
#include "tierctlrun.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

/// "1,000,000"
QString grouped(qlonglong n)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return c.toString(n);
}

const QString kFixture = QStringLiteral(TIERBENCH_SOURCE_DIR "/tests/fixtures/router/long-names.yaml");

RouterContext fixtureContext()
{
    const TierConfigLoad load = ConfigCodec::loadTierConfig(kFixture);
    RouterContext c;
    c.configs = {{u"default"_s, QString(), ModelRouter::defaultTierConfig()},
                 {u"long-names.yaml"_s, kFixture, *load.config}};
    c.currentConfig = u"long-names.yaml"_s;
    return c;
}

/// `tierctl route --json` output, or an empty object when it did not run.
QByteArray tierctlRoute(const QStringList &args)
{
    const TierctlRun r = runTierctl(QStringList{u"route"_s, u"--json"_s} + args);
    return r.exitCode < 0 ? QByteArray() : r.out.trimmed();
}

/// True when some character of `text` in the message box carries a background colour.
bool isHighlighted(QPlainTextEdit *edit, const QString &text)
{
    const qsizetype at = edit->toPlainText().indexOf(text);
    if (at < 0)
        return false;
    const QTextBlock block = edit->document()->findBlock(int(at));
    const int rel = int(at) - block.position();
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    return std::any_of(formats.cbegin(), formats.cend(), [rel](const QTextLayout::FormatRange &r) {
        return r.start <= rel && rel < r.start + r.length && r.format.background().style() != Qt::NoBrush;
    });
}

} // namespace

class TestRouterPlayground final : public QObject
{
    Q_OBJECT
private slots:
    void typingUpdatesScoreAndFactors();
    void signalsAreHighlighted();
    void decisionEqualsTierctl_data();
    void decisionEqualsTierctl();
    void noSignalShowsTheDefaultTier();
    void costOnEveryTier();
    void unknownPricesReadUnknown();
    void switchingConfigReroutes();
    void capabilityChips();
};

void TestRouterPlayground::typingUpdatesScoreAndFactors()
{
    RouterPage page(fixtureContext());
    page.show();
    PlaygroundView *view = page.playground();
    QPlainTextEdit *edit = view->inputs()->messageEdit();
    QSignalSpy rescored(view, &PlaygroundView::rescored);
    const double emptyScore = view->decision().complexity.score;
    const double emptyKeywords = view->decision().complexity.factors.keywordSignals;

    edit->setFocus();
    QTest::keyClicks(edit, u"Analyze the security implications of a zero-trust architecture"_s);
    QTRY_VERIFY(rescored.count() >= 1);
    // Keystrokes coalesce: one re-score per event-loop turn, not one per key.
    QVERIFY(rescored.count() < 60);
    const RoutingDecision &d = view->decision();
    QVERIFY(d.complexity.score > emptyScore);
    QVERIFY(d.complexity.factors.keywordSignals > emptyKeywords);
    QVERIFY(d.complexity.factors.messageComplexity > 0);
    // The widgets show that decision.
    QCOMPARE(view->gauge()->score(), d.complexity.score);
    const ChartTable table = view->factorChart()->table();
    QCOMPARE(table.rows.size(), 5);
    QCOMPARE(table.rows.at(4).at(0), u"keywordSignals"_s);
    QCOMPARE(table.rows.at(4).at(2), QString::number(d.complexity.factors.keywordSignals, 'f', 4));
    double contributions = 0;
    for (const QStringList &row : table.rows)
        contributions += row.at(3).toDouble();
    QVERIFY(std::abs(contributions - d.complexity.score) < 1e-3); // contributions add up to the score
    // A context hint moves the context factor.
    const int before = rescored.count();
    view->inputs()->contextTokensBox()->setValue(4096);
    QTRY_VERIFY(rescored.count() > before);
    QCOMPARE(view->decision().complexity.factors.contextRequirement, 1.0);
}

void TestRouterPlayground::signalsAreHighlighted()
{
    RouterPage page(fixtureContext());
    PlaygroundView *view = page.playground();
    QPlainTextEdit *edit = view->inputs()->messageEdit();
    edit->setPlainText(u"Hello! Please open files.\nThen explain the root\ncause of the deadlock."_s);
    view->rescore();
    QVERIFY(isHighlighted(edit, u"Hello"_s));
    QVERIFY(isHighlighted(edit, u"deadlock"_s));
    QVERIFY(isHighlighted(edit, u"cause"_s)); // "root cause" across a line break
    QVERIFY(!isHighlighted(edit, u"files"_s));
    QCOMPARE(view->matches().size(), 5); // hello, then, explain, root cause, deadlock
    // Typing in one line re-highlights that line only.
    QTextCursor cursor(edit->document()->findBlockByNumber(0));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(u" Security"_s);
    view->rescore();
    QVERIFY(isHighlighted(edit, u"Security"_s));
    QCOMPARE(view->inputs()->highlighter()->lastRehighlightedBlocks(), 1);
    QVERIFY(view->inputs()->highlighter()->toolTipAt(int(edit->toPlainText().indexOf(u"Security"_s)))
                .contains(u"security"_s));
}

void TestRouterPlayground::decisionEqualsTierctl_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("context");
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<int>("history");
    QTest::addColumn<QString>("taskType");
    QTest::addColumn<QString>("prefer");
    QTest::addColumn<int>("outputTokens");

    QTest::newRow("light") << u"hello, thanks!"_s << 0 << QStringList() << 0 << QString() << QString() << 512;
    QTest::newRow("heavy by score")
        << u"Analyze the security implications of implementing a zero-trust architecture with "
           "mutual TLS authentication, step by step, and explain the trade-offs."_s
        << 3200 << QStringList{u"security_analysis"_s, u"architecture"_s} << 6 << QString()
        << QString() << 800;
    QTest::newRow("task-type override")
        << u"What is the capital of France?"_s << 0 << QStringList() << 0
        << u"security_analysis"_s << QString() << 512;
    QTest::newRow("agent preference")
        << u"Summarize this paragraph in one sentence."_s << 120 << QStringList{u"summarization"_s}
        << 2 << QString() << u"standard"_s << 64;
    QTest::newRow("unicode and a long message")
        << QString(u"Grüße! Bitte prüfe die Architektur — 并发 concurrency, deadlock; "_s).repeated(40)
        << 0 << QStringList{u"unknown_capability"_s} << 30 << QString() << QString() << 512;
}

void TestRouterPlayground::decisionEqualsTierctl()
{
    QFETCH(QString, message);
    QFETCH(int, context);
    QFETCH(QStringList, capabilities);
    QFETCH(int, history);
    QFETCH(QString, taskType);
    QFETCH(QString, prefer);
    QFETCH(int, outputTokens);

    RouterPage page(fixtureContext());
    PlaygroundInputs *in = page.playground()->inputs();
    in->messageEdit()->setPlainText(message);
    in->contextTokensBox()->setValue(context);
    in->capabilityChips()->setCapabilities(capabilities);
    in->historyBox()->setValue(history);
    in->taskTypeBox()->setEditText(taskType);
    in->preferredTierBox()->setEditText(prefer);
    in->outputTokensBox()->setValue(outputTokens);
    QSignalSpy rescored(page.playground(), &PlaygroundView::rescored);
    QTRY_VERIFY(rescored.count() >= 1);

    QStringList args{u"--config"_s, kFixture, u"--context-tokens"_s, QString::number(context),
                     u"--history"_s, QString::number(history), u"--output-tokens"_s,
                     QString::number(outputTokens)};
    for (const QString &c : capabilities)
        args << u"--capability"_s << c;
    if (!taskType.isEmpty())
        args << u"--task-type"_s << taskType;
    if (!prefer.isEmpty())
        args << u"--prefer"_s << prefer;
    args << message;
    const QByteArray cli = tierctlRoute(args);
    QVERIFY2(!cli.isEmpty(), "tierctl route did not run");
    const RoutingDecision &d = page.playground()->decision();
    QCOMPARE(RouteJson::decisionToJson(d), cli);
    // The card shows the same decision.
    const QJsonObject json = QJsonDocument::fromJson(cli).object();
    const QString card = page.playground()->decisionCard()->text();
    for (const char *key : {"tier", "provider", "model", "reason"})
        QVERIFY2(card.contains(json.value(QLatin1StringView(key)).toString()), key);
    QVERIFY(card.contains(DecisionCard::causeLabel(json.value(u"cause"_s).toString())));
    QVERIFY(card.contains(DecisionCard::signalsText(d.complexity.evidence)));
}

void TestRouterPlayground::noSignalShowsTheDefaultTier()
{
    RouterPage page(fixtureContext());
    PlaygroundView *view = page.playground();
    view->inputs()->messageEdit()->setPlainText(u"Where did you put the blue box?"_s);
    view->rescore();
    const RoutingDecision &d = view->decision();
    QCOMPARE(d.cause, u"no_signal_default"_s);
    QCOMPARE(d.routeClass, RouteClass::Standard);
    const QString card = view->decisionCard()->text();
    QVERIFY2(card.contains(u"no signal either way"_s), qPrintable(card));
    QVERIFY(card.contains(RouterFormat::ruleLabel(RoutingDecision::Rule::NoSignalDefault)));
}

void TestRouterPlayground::costOnEveryTier()
{
    RouterPage page(fixtureContext());
    PlaygroundView *view = page.playground();
    TierCostModel *model = view->costModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    view->inputs()->messageEdit()->setPlainText(u"Explain the trade-offs of our database schema migration."_s);
    view->inputs()->contextTokensBox()->setValue(3200);
    view->rescore();
    const RoutingDecision &d = view->decision();
    QCOMPARE(model->rowCount(), int(page.tierConfig().tiers.size()));
    int chosen = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TierEntry &e = page.tierConfig().tiers.at(row);
        QCOMPARE(model->index(row, TierCostModel::ModelColumn).data().toString(), e.model);
        const auto cost = Cost::estimate(e.prices(), d.estimatedInputTokens, d.estimatedOutputTokens);
        QCOMPARE(model->index(row, 0).data(TierCostModel::CostRole).toString(), cost->toString());
        const QString tip = model->index(row, TierCostModel::CostColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(grouped(qlonglong(d.estimatedInputTokens)) + u" in × $"_s
                              + e.prices().inputPerMillion->toFixed(2) + u"/M"_s), qPrintable(tip));
        QVERIFY2(tip.endsWith(u"= "_s + Cost::format(*cost)), qPrintable(tip));
        if (model->index(row, 0).data(TierCostModel::ChosenRole).toBool()) {
            ++chosen;
            QCOMPARE(e.tier, d.tier);
        }
    }
    QCOMPARE(chosen, 1);
}

void TestRouterPlayground::unknownPricesReadUnknown()
{
    TierConfig config = ModelRouter::defaultTierConfig();
    config.tiers[0].costPerMillionInput.clear();
    RouterContext context;
    context.configs = {{u"no-prices"_s, QString(), config}};
    RouterPage page(context);
    page.playground()->inputs()->messageEdit()->setPlainText(u"hi"_s);
    page.playground()->rescore();
    const QModelIndex cost = page.playground()->costModel()->index(0, TierCostModel::CostColumn);
    QCOMPARE(cost.data().toString(), u"unknown"_s);
    QVERIFY(cost.data(Qt::ToolTipRole).toString().contains(u"set cost per million"_s));
}

void TestRouterPlayground::switchingConfigReroutes()
{
    RouterPage page(fixtureContext());
    QSignalSpy changed(&page, &RouterPage::currentConfigChanged);
    page.playground()->inputs()->messageEdit()->setPlainText(u"hello"_s);
    page.playground()->rescore();
    QCOMPARE(page.playground()->decision().provider, u"bedrock"_s);
    QVERIFY(page.setCurrentConfig(u"default"_s));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(page.playground()->decision().provider, u"anthropic"_s);
    QVERIFY(!page.setCurrentConfig(u"no such config"_s));
}

void TestRouterPlayground::capabilityChips()
{
    CapabilityChips chips;
    QSignalSpy changed(&chips, &CapabilityChips::changed);
    QVERIFY(chips.add(u" security_analysis "_s));
    QVERIFY(!chips.add(u"security_analysis"_s));
    QVERIFY(!chips.add(u"  "_s));
    QVERIFY(chips.add(u"chat"_s));
    QCOMPARE(chips.capabilities(), (QStringList{u"security_analysis"_s, u"chat"_s}));
    chips.editor()->setText(u"audit"_s);
    QTest::keyClick(chips.editor(), Qt::Key_Return);
    QCOMPARE(chips.capabilities().constLast(), u"audit"_s);
    QVERIFY(chips.editor()->text().isEmpty());
    QVERIFY(chips.remove(u"chat"_s));
    QCOMPARE(changed.count(), 4);
}

QTEST_MAIN(TestRouterPlayground)
#include "tst_routerplayground.moc"
