#include "providers/simulatedprovider.h"
#include "providers/simulatedtext.h"

#include <QTest>

class TestSimulatedProvider final : public QObject
{
    Q_OBJECT

private:
    static CompletionRequest request(const QString &model, const QString &prompt)
    {
        CompletionRequest r;
        r.kind = ProviderKind::Simulated;
        r.model = model;
        r.messages = {{QStringLiteral("user"), prompt}};
        return r;
    }

private Q_SLOTS:
    void deterministic()
    {
        const auto a = SimulatedProvider::plan(request(QStringLiteral("demo-large"), QStringLiteral("Why tiers?")));
        const auto b = SimulatedProvider::plan(request(QStringLiteral("demo-large"), QStringLiteral("Why tiers?")));
        QCOMPARE(a.pieces, b.pieces);
        QCOMPARE(a.firstByteMs, b.firstByteMs);
        QCOMPARE(a.outputTokens, qint64(a.pieces.size()));
        QCOMPARE(a.finishReason, QStringLiteral("stop"));
        QVERIFY(a.pieces.join(QString()).contains(u"simulat", Qt::CaseInsensitive)); // says what it is
    }

    void smallModelsAnswerFaster()
    {
        const auto small = SimulatedProvider::plan(request(QStringLiteral("demo-mini"), QStringLiteral("x")));
        const auto large = SimulatedProvider::plan(request(QStringLiteral("demo-large"), QStringLiteral("x")));
        QVERIFY(small.firstByteMs < large.firstByteMs);
        QVERIFY(small.pieceMs < large.pieceMs);
    }

    void maxTokensTruncates()
    {
        CompletionRequest r = request(QStringLiteral("demo"), QStringLiteral("x"));
        r.maxTokens = 3;
        const auto p = SimulatedProvider::plan(r);
        QCOMPARE(p.pieces.size(), 3);
        QCOMPARE(p.finishReason, QStringLiteral("length"));
    }

    void tokensRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("one two  three");
        QTest::newRow("leading space") << QStringLiteral("  lead\\nnext");
        QTest::newRow("empty") << QString();
    }
    void tokensRoundTrip()
    {
        QFETCH(QString, text);
        QCOMPARE(SimulatedText::tokens(text).join(QString()), text);
    }
};

QTEST_APPLESS_MAIN(TestSimulatedProvider)
#include "tst_simulatedprovider.moc"
