// tierctl budget: each tenant's usage and limits, read from the store routed calls write.
#include "tierctlrun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestBudgetCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    TierctlRun tierctl(const QStringList &args, const QStringList &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("TIERBENCH_NO_KEYCHAIN"), QStringLiteral("1"));
        env.remove(QStringLiteral("TOKEN_BUDGET_DAILY"));
        env.remove(QStringLiteral("TOKEN_BUDGET_MONTHLY"));
        for (const QString &kv : extraEnv)
            env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        return runTierctl(args, {.environment = env});
    }

    qint64 simulatedCall(const QString &db, const QString &tenant)
    {
        const TierctlRun r = tierctl({QStringLiteral("complete"), QStringLiteral("--target"), QStringLiteral("simulated:demo"),
                               QStringLiteral("--tenant"), tenant, QStringLiteral("--db"), db, QStringLiteral("--json"),
                               QStringLiteral("Explain tiers in one line.")});
        if (r.exitCode != 0)
            return -1;
        const QJsonObject o = r.json();
        return o.value(u"inputTokens").toInteger() + o.value(u"outputTokens").toInteger();
    }

private Q_SLOTS:
    void emptyStoreHasNoTenants()
    {
        const TierctlRun r = tierctl({QStringLiteral("budget"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("empty.sqlite")),
                               QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"tenants").toArray().size(), 0);
        const TierctlRun text = tierctl({QStringLiteral("budget"), QStringLiteral("--db"), m_home.filePath(QStringLiteral("empty.sqlite"))});
        QVERIFY2(text.out.contains("No usage recorded"), text.out.constData());
    }

    void usagePerTenantMatchesTheCalls()
    {
        const QString db = m_home.filePath(QStringLiteral("calls.sqlite"));
        const qint64 a1 = simulatedCall(db, QStringLiteral("acme"));
        const qint64 a2 = simulatedCall(db, QStringLiteral("acme"));
        const qint64 b = simulatedCall(db, QStringLiteral("team-b"));
        QVERIFY(a1 > 0 && a2 > 0 && b > 0);
        const TierctlRun r = tierctl({QStringLiteral("budget"), QStringLiteral("--db"), db, QStringLiteral("--json")},
                              {QStringLiteral("TOKEN_BUDGET_DAILY=123456")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray tenants = r.json().value(u"tenants").toArray();
        QCOMPARE(tenants.size(), 2);
        const QJsonObject acme = tenants[0].toObject();
        QCOMPARE(acme.value(u"tenant").toString(), QStringLiteral("acme"));
        QCOMPARE(acme.value(u"day").toObject().value(u"tokens").toInteger(), a1 + a2);
        QCOMPARE(acme.value(u"month").toObject().value(u"tokens").toInteger(), a1 + a2);
        QCOMPARE(acme.value(u"day").toObject().value(u"limits").toObject().value(u"tokens").toInteger(), 123456);
        QVERIFY(acme.value(u"day").toObject().value(u"limits").toObject().value(u"usd").isNull());
        QCOMPARE(tenants[1].toObject().value(u"day").toObject().value(u"tokens").toInteger(), b);

        const TierctlRun one = tierctl({QStringLiteral("budget"), QStringLiteral("--db"), db, QStringLiteral("--tenant"),
                                 QStringLiteral("team-b"), QStringLiteral("--json")});
        QCOMPARE(one.json().value(u"tenants").toArray().size(), 1);
    }

    void policyBudgetsGiveTheLimitsAndRefuse()
    {
        const QString db = m_home.filePath(QStringLiteral("policy.sqlite"));
        const QString policy = m_home.filePath(QStringLiteral("policy.yaml"));
        QFile f(policy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: tierbench.io/v1alpha1\nkind: RouterPolicy\nmetadata: {name: tight}\nspec:\n"
                "  budgets:\n    default: {dailyTokens: 1000000}\n    tenants: {team-a: {dailyTokens: 5, dailyUsd: \"10.00\"}}\n");
        f.close();
        const TierctlRun listed = tierctl({QStringLiteral("budget"), QStringLiteral("--db"), db, QStringLiteral("--policy"), policy,
                                    QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray tenants = listed.json().value(u"tenants").toArray();
        QCOMPARE(tenants.size(), 1); // named by the policy, no usage yet
        const QJsonObject limits = tenants[0].toObject().value(u"day").toObject().value(u"limits").toObject();
        QCOMPARE(limits.value(u"tokens").toInteger(), 5);
        QCOMPARE(limits.value(u"usd").toString(), QStringLiteral("10"));
        // complete --policy uses the same limits: team-a's 5 tokens cannot hold any call.
        const TierctlRun refused = tierctl({QStringLiteral("complete"), QStringLiteral("--target"), QStringLiteral("simulated:demo"),
                                     QStringLiteral("--tenant"), QStringLiteral("team-a"), QStringLiteral("--policy"), policy,
                                     QStringLiteral("--db"), db, QStringLiteral("hello")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("daily token budget of tenant 'team-a'"), refused.err.constData());
        QVERIFY(simulatedCall(db, QStringLiteral("team-b")) > 0); // no policy: the default limit
    }

    void unopenableStoreIsAnError()
    {
        const TierctlRun r = tierctl({QStringLiteral("budget"), QStringLiteral("--db"), QStringLiteral("/proc/no/such/dir/x.sqlite")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBudgetCli)
#include "tst_budgetcli.moc"
