// tierctl models prices / history: the JSON shapes, filters, unknown prices, exit codes,
// over a store seeded through ModelRegistry (a sync's rows and two price imports).
#include "registry/modelregistry.h"
#include "store/database.h"
#include "tierctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestModelsCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;

    TierctlRun tierctl(QStringList args)
    {
        args << QStringLiteral("--db") << m_db;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("TIERBENCH_NO_KEYCHAIN"), QStringLiteral("1"));
        return runTierctl(args, {.environment = env});
    }

    static SourcePrice price(const QString &provider, const QString &model, const char *in, const char *out)
    {
        SourcePrice p;
        p.provider = provider;
        p.modelId = model;
        p.input = in ? Decimal::parse(QString::fromLatin1(in)) : std::nullopt;
        p.output = out ? Decimal::parse(QString::fromLatin1(out)) : std::nullopt;
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_db = m_home.filePath(QStringLiteral("store.sqlite"));
        const Database db = Database::fromLocation(m_db);
        QString error;
        QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
        ModelRegistry registry(db);
        ListedModel haiku;
        haiku.modelId = QStringLiteral("claude-haiku-4-5");
        QVERIFY(registry.applySync(QStringLiteral("anthropic"), {haiku}, QStringLiteral("sync:anthropic")).ok());
        QVERIFY(registry.storeSourcePrices(QStringLiteral("litellm"),
                                           {price(u"anthropic"_s, u"claude-haiku-4-5"_s, "0.8", "4"),
                                            price(u"openai"_s, u"gpt-4o-mini"_s, "0.15", "0.6"),
                                            price(u"openai"_s, u"text-moderation"_s, nullptr, nullptr)},
                                           QStringLiteral("import:litellm")).ok());
        QTest::qWait(5); // a later import time, so the two repricings are two points
        QVERIFY(registry.storeSourcePrices(QStringLiteral("litellm"),
                                           {price(u"anthropic"_s, u"claude-haiku-4-5"_s, "1", "5"),
                                            price(u"openai"_s, u"gpt-4o-mini"_s, "0.15", "0.6"),
                                            price(u"openai"_s, u"text-moderation"_s, nullptr, nullptr)},
                                           QStringLiteral("import:litellm")).ok());
        db.closeThreadConnection();
    }

    void pricesJsonShape()
    {
        const TierctlRun r = tierctl({QStringLiteral("models"), QStringLiteral("prices"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = r.array();
        QCOMPARE(a.size(), 3); // also the models never synced
        const QJsonObject first = a.at(0).toObject();
        QStringList keys = first.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"asOf"_s, u"cachedInputPrice"_s, u"contextWindow"_s, u"inputPrice"_s, u"key"_s,
                                    u"modelId"_s, u"outputPrice"_s, u"provider"_s, u"source"_s}));
        QCOMPARE(first.value(u"key").toString(), u"anthropic:claude-haiku-4-5"_s);
        QCOMPARE(first.value(u"inputPrice").toString(), u"1"_s); // a decimal string
        QCOMPARE(first.value(u"source").toString(), u"litellm"_s);
        QVERIFY(QDateTime::fromString(first.value(u"asOf").toString(), Qt::ISODateWithMs).isValid());
        // unpriced is unknown (null), never "0"
        const QJsonObject unpriced = a.at(2).toObject();
        QCOMPARE(unpriced.value(u"modelId").toString(), u"text-moderation"_s);
        QVERIFY(unpriced.value(u"inputPrice").isNull());
        QVERIFY(unpriced.value(u"outputPrice").isNull());
    }

    void pricesFilters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("search") << QStringList{u"--search"_s, u"MINI"_s} << QStringList{u"openai:gpt-4o-mini"_s};
        QTest::newRow("provider") << QStringList{u"--provider"_s, u"anthropic"_s} << QStringList{u"anthropic:claude-haiku-4-5"_s};
        QTest::newRow("like wildcards are literal") << QStringList{u"--search"_s, u"%"_s} << QStringList{};
    }
    void pricesFilters()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, keys);
        const TierctlRun r = tierctl(QStringList{u"models"_s, u"prices"_s, u"--json"_s} + args);
        QCOMPARE(r.exitCode, 0);
        QStringList got;
        for (const QJsonValue &v : r.array())
            got << v.toObject().value(u"key").toString();
        QCOMPARE(got, keys);
    }

    void pricesTextSaysUnknown()
    {
        const TierctlRun r = tierctl({QStringLiteral("models"), QStringLiteral("prices"), QStringLiteral("--search"), QStringLiteral("moderation")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("in unknown out unknown"), r.out.constData());
        QVERIFY(!r.out.contains(" 0 "));
    }

    void history()
    {
        const TierctlRun r = tierctl({QStringLiteral("models"), QStringLiteral("history"), QStringLiteral("anthropic:claude-haiku-4-5"),
                               QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = r.array();
        QCOMPARE(a.size(), 3); // two repricings, newest first, then the litellm source now
        QCOMPARE(a.at(0).toObject().value(u"inputPrice").toString(), u"1"_s);
        QCOMPARE(a.at(0).toObject().value(u"outputPrice").toString(), u"5"_s);
        QCOMPARE(a.at(1).toObject().value(u"inputPrice").toString(), u"0.8"_s);
        QCOMPARE(a.at(1).toObject().value(u"source").toString(), u"litellm"_s);
        QVERIFY(a.at(1).toObject().value(u"cachedInputPrice").isNull());
        QVERIFY(!a.at(1).toObject().value(u"current").toBool());
        QVERIFY(a.at(2).toObject().value(u"current").toBool());
        QVERIFY(a.at(0).toObject().value(u"asOf").toString() > a.at(1).toObject().value(u"asOf").toString());
    }

    void historyErrors()
    {
        QCOMPARE(tierctl({QStringLiteral("models"), QStringLiteral("history"), QStringLiteral("nope:nothing")}).exitCode, 1);
        QCOMPARE(tierctl({QStringLiteral("models"), QStringLiteral("history")}).exitCode, 2);
        QCOMPARE(tierctl({QStringLiteral("models"), QStringLiteral("prices"), QStringLiteral("extra")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestModelsCli)
#include "tst_modelscli.moc"
