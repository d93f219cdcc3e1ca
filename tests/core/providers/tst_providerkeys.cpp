// ProviderKeys: "is this provider usable" from keychain, environment or none needed; keys set
// and removed through an in-memory keychain; SecretStore reading the SDK-named entry.
#include "config/tierconfig.h"
#include "providers/providerkeys.h"

#include <QTest>

namespace {

const QString kCanary = QStringLiteral("sk-canary-7f3a9c-not-a-real-key");

template <typename T>
T waitFor(const std::function<void(QObject *, std::function<void(T)>)> &start)
{
    QObject context;
    std::optional<T> result;
    start(&context, [&result](T value) { result = std::move(value); });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 5000);
    return result.value_or(T{});
}

} // namespace

class TestProviderKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        for (const char *name : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "OPENROUTER_API_KEY",
                                 "LLM_API_KEY_API_KEY", "OPENAI_COMPATIBLE_API_KEY"})
            qunsetenv(name);
    }

    void sixProviders()
    {
        QStringList names;
        for (const ProviderInfo &p : ProviderKeys::providers())
            names << p.name;
        QCOMPARE(names, (QStringList{u"anthropic"_qs, u"openai"_qs, u"openai-compatible"_qs, u"ollama"_qs,
                                     u"openrouter"_qs, u"gemini"_qs}));
        QVERIFY(ProviderKeys::provider(u"ollama"_qs)->keyVariable.isEmpty());
    }

    void baseUrlFromEnvironment_data()
    {
        QTest::addColumn<QByteArray>("value"); // empty: unset
        QTest::addColumn<QString>("expected");
        QTest::newRow("unset") << QByteArray() << QString();
        QTest::newRow("blank") << QByteArray("   ") << QString();
        QTest::newRow("url") << QByteArray("http://127.0.0.1:9/v1") << u"http://127.0.0.1:9/v1"_qs;
        QTest::newRow("trimmed") << QByteArray("  https://proxy.example/v1 \n") << u"https://proxy.example/v1"_qs;
        QTest::newRow("host:port") << QByteArray("gpu-box:11434") << u"http://gpu-box:11434"_qs;
    }
    void baseUrlFromEnvironment()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        if (value.isEmpty())
            qunsetenv("OLLAMA_HOST");
        else
            qputenv("OLLAMA_HOST", value);
        const QUrl url = ProviderKeys::baseUrlFromEnvironment(u"OLLAMA_HOST"_qs);
        const QUrl listed = ProviderKeys::provider(u"ollama"_qs)->baseUrl(); // the Providers page and sync
        qunsetenv("OLLAMA_HOST");
        QCOMPARE(url.toString(), expected);
        QCOMPARE(listed.toString(), expected.isEmpty() ? u"http://localhost:11434"_qs : expected);
    }

    void status_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("authType");
        QTest::addColumn<QString>("secretRef");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("envSet");      // variable to set, or empty
        QTest::addColumn<QString>("keychainHas"); // entry present in the keychain, or empty
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("envVariable");

        using S = KeyStatus::Source;
        QTest::newRow("nothing: missing, names the variable") << u"anthropic"_qs << QString() << QString() << QString()
            << QString() << QString() << int(S::Missing) << u"ANTHROPIC_API_KEY"_qs << u"ANTHROPIC_API_KEY"_qs;
        QTest::newRow("sdk variable in env") << u"openai"_qs << QString() << QString() << QString()
            << u"OPENAI_API_KEY"_qs << QString() << int(S::Environment) << u"OPENAI_API_KEY"_qs << u"OPENAI_API_KEY"_qs;
        QTest::newRow("sdk entry in keychain only") << u"anthropic"_qs << QString() << QString() << QString()
            << QString() << u"ANTHROPIC_API_KEY"_qs << int(S::Keychain) << u"ANTHROPIC_API_KEY"_qs << u"ANTHROPIC_API_KEY"_qs;
        QTest::newRow("keychain wins over env") << u"openai"_qs << QString() << QString() << QString()
            << u"OPENAI_API_KEY"_qs << u"OPENAI_API_KEY"_qs << int(S::Keychain) << u"OPENAI_API_KEY"_qs << u"OPENAI_API_KEY"_qs;
        QTest::newRow("secretRef entry in keychain") << u"openai"_qs << u"apiKey"_qs << u"llm-api-key"_qs << QString()
            << QString() << u"llm-api-key/api-key"_qs << int(S::Keychain) << u"llm-api-key/api-key"_qs << u"LLM_API_KEY_API_KEY"_qs;
        QTest::newRow("secretRef derived env") << u"openai"_qs << u"apiKey"_qs << u"llm-api-key"_qs << QString()
            << u"LLM_API_KEY_API_KEY"_qs << QString() << int(S::Environment) << u"llm-api-key/api-key"_qs << u"LLM_API_KEY_API_KEY"_qs;
        QTest::newRow("secretRef, sdk entry does not count") << u"openai"_qs << u"apiKey"_qs << u"llm-api-key"_qs << QString()
            << QString() << u"OPENAI_API_KEY"_qs << int(S::Missing) << u"llm-api-key/api-key"_qs << u"LLM_API_KEY_API_KEY"_qs;
        QTest::newRow("ollama needs none") << u"ollama"_qs << QString() << QString() << QString()
            << QString() << QString() << int(S::NotNeeded) << QString() << QString();
        QTest::newRow("auth none") << u"openai"_qs << u"none"_qs << QString() << u"https://api.example.com/v1"_qs
            << QString() << QString() << int(S::NotNeeded) << QString() << QString();
        QTest::newRow("vllm on loopback") << u"vllm"_qs << QString() << QString() << u"http://127.0.0.1:8000/v1"_qs
            << QString() << QString() << int(S::NotNeeded) << u"OPENAI_API_KEY"_qs << u"OPENAI_API_KEY"_qs;
        QTest::newRow("vllm remote needs a key") << u"vllm"_qs << QString() << QString() << u"https://llm.example.com/v1"_qs
            << QString() << QString() << int(S::Missing) << u"OPENAI_API_KEY"_qs << u"OPENAI_API_KEY"_qs;
        QTest::newRow("gemini variable") << u"gemini"_qs << QString() << QString() << QString()
            << u"GEMINI_API_KEY"_qs << QString() << int(S::Environment) << u"GEMINI_API_KEY"_qs << u"GEMINI_API_KEY"_qs;
    }
    void status()
    {
        QFETCH(QString, provider);
        QFETCH(QString, authType);
        QFETCH(QString, secretRef);
        QFETCH(QString, endpoint);
        QFETCH(QString, envSet);
        QFETCH(QString, keychainHas);
        QFETCH(int, source);
        QFETCH(QString, entry);
        QFETCH(QString, envVariable);
        if (!envSet.isEmpty())
            qputenv(envSet.toLatin1().constData(), kCanary.toUtf8());
        TierConfig config;
        TierEntry tier;
        tier.tier = u"fast"_qs;
        tier.provider = provider;
        tier.endpoint = endpoint;
        if (!authType.isEmpty() || !secretRef.isEmpty())
            tier.auth = AuthConfig{authType, secretRef, {}, {}};
        config.tiers.append(tier);
        QSet<QString> keychain;
        if (!keychainHas.isEmpty())
            keychain.insert(keychainHas);
        const KeyStatus s = ProviderKeys::keyStatus(config.tiers.first(), config, keychain);
        QCOMPARE(int(s.source), source);
        QCOMPARE(s.keychainEntry, entry);
        QCOMPARE(s.envVariable, envVariable);
        QCOMPARE(ProviderKeys::isUsable(provider, config, keychain), source != int(KeyStatus::Source::Missing));
        if (s.source == KeyStatus::Source::Missing)
            QVERIFY2(s.reason.contains(envVariable), qPrintable(s.reason)); // says what to set
        QVERIFY(!s.reason.contains(kCanary));
    }

    void setScanRemove()
    {
        auto keychain = std::make_shared<MemorySecretBackend>();
        const QString error = waitFor<QString>([&](QObject *c, std::function<void(QString)> done) {
            keychain->write(u"OPENAI_API_KEY"_qs, kCanary, c, done);
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList entries = ProviderKeys::candidateEntries({});
        QVERIFY(entries.contains(u"OPENAI_API_KEY"_qs));
        QSet<QString> present = waitFor<QSet<QString>>([&](QObject *c, std::function<void(QSet<QString>)> done) {
            ProviderKeys::scan(keychain.get(), entries, c, done);
        });
        QCOMPARE(present, QSet<QString>{u"OPENAI_API_KEY"_qs});
        QCOMPARE(int(ProviderKeys::keyStatus(u"openai"_qs, std::nullopt, {}, present).source), int(KeyStatus::Source::Keychain));

        // SecretStore reads the SDK-named entry when the tier names no secretRef.
        SecretStore store(keychain);
        const SecretLookup found = waitFor<SecretLookup>([&](QObject *c, std::function<void(SecretLookup)> done) {
            store.lookup({}, {}, u"OPENAI_API_KEY"_qs, c, done);
        });
        QCOMPARE(found.value.value_or(QString()), kCanary);
        QVERIFY(found.fromSdkVariable); // still only sent where sdkKeyAllowedFor() says
        QVERIFY(!found.source.contains(kCanary));

        QVERIFY(waitFor<QString>([&](QObject *c, std::function<void(QString)> done) {
                    keychain->remove(u"OPENAI_API_KEY"_qs, c, done);
                }).isEmpty());
        present = waitFor<QSet<QString>>([&](QObject *c, std::function<void(QSet<QString>)> done) {
            ProviderKeys::scan(keychain.get(), entries, c, done);
        });
        QVERIFY(present.isEmpty());
    }

    void noKeychainService()
    {
        auto keychain = std::make_shared<MemorySecretBackend>();
        keychain->setUnavailable(u"Cannot autolaunch D-Bus without X11 $DISPLAY"_qs);
        const QString reason = waitFor<QString>([&](QObject *c, std::function<void(QString)> done) {
            ProviderKeys::keychainAvailability(keychain.get(), c, done);
        });
        QVERIFY(reason.contains(u"D-Bus"));
        const QString off = waitFor<QString>([&](QObject *c, std::function<void(QString)> done) {
            ProviderKeys::keychainAvailability(nullptr, c, done);
        });
        QVERIFY(off.contains(u"TIERBENCH_NO_KEYCHAIN"));
        const QString error = waitFor<QString>([&](QObject *c, std::function<void(QString)> done) {
            keychain->write(u"OPENAI_API_KEY"_qs, kCanary, c, done);
        });
        QVERIFY(!error.isEmpty());
        QVERIFY(!keychain->contains(u"OPENAI_API_KEY"_qs));
        const QString noBackend = waitFor<QString>([&](QObject *c, std::function<void(QString)> done) {
            SecretStore(nullptr).store(u"OPENAI_API_KEY"_qs, kCanary, c, done);
        });
        QVERIFY(noBackend.contains(u"TIERBENCH_NO_KEYCHAIN"));
        QVERIFY(!noBackend.contains(kCanary));
    }
};

QTEST_GUILESS_MAIN(TestProviderKeys)
#include "tst_providerkeys.moc"
