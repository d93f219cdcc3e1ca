// The workbench's call services: keys found after start-up (the keychain scan runs off the
// start-up path) or set later take the workspace config out of simulation, and back.
#include "callservices.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestCallServices final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static TierConfig openAiConfig()
    {
        TierConfig config;
        config.name = u"team"_s;
        TierEntry fast;
        fast.tier = u"fast"_s;
        fast.provider = u"openai"_s;
        fast.model = u"gpt-4o-mini"_s;
        config.tiers = {fast};
        return config;
    }

    Database store() const { return Database::fromLocation(m_dir.filePath(u"calls.sqlite"_s)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv("OPENAI_API_KEY");
        qputenv("TIERBENCH_NO_KEYCHAIN", "1");
    }

    void noKeyRunsSimulated()
    {
        CallServices calls(openAiConfig(), {}, store());
        QVERIFY(calls.isSimulated());
        QCOMPARE(calls.routedCalls()->config().tiers.constFirst().provider, u"simulated"_s);
        QVERIFY(calls.storeError().isEmpty());
    }

    void aKeyFoundLaterEndsTheSimulation()
    {
        CallServices calls(openAiConfig(), {}, store());
        int told = 0;
        calls.onKeysChanged([&told] { ++told; });
        calls.setKeychainEntries({u"OPENAI_API_KEY"_s});
        QVERIFY(!calls.isSimulated());
        QCOMPARE(calls.config().tiers.constFirst().provider, u"openai"_s);
        QCOMPARE(calls.routedCalls()->config().tiers.constFirst().provider, u"openai"_s);
        QCOMPARE(told, 1);
        calls.setKeychainEntries({u"OPENAI_API_KEY"_s}); // the same entries: nothing to tell
        QCOMPARE(told, 1);
        calls.setKeychainEntries({}); // the key removed
        QVERIFY(calls.isSimulated());
        QCOMPARE(calls.routedCalls()->config().tiers.constFirst().provider, u"simulated"_s);
        QCOMPARE(told, 2);
    }
};

QTEST_GUILESS_MAIN(TestCallServices)
#include "tst_callservices.moc"
