// The public predicates of ConfigValidator (used by the codec and by the UI's form fields).
#include "config/configcodec.h"
#include "config/configvalidator.h"

#include <QTest>

class TestConfigValidator final : public QObject
{
    Q_OBJECT

private slots:
    void dns1123_data();
    void dns1123();
    void decimal_data();
    void decimal();
    void httpUrl_data();
    void httpUrl();
    void secret_data();
    void secret();
    void secretNeverEchoed();
    void enums();
};

void TestConfigValidator::dns1123_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << QStringLiteral("default") << true;
    QTest::newRow("dashes dots digits") << QStringLiteral("team-b.prod2") << true;
    QTest::newRow("single char") << QStringLiteral("a") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper") << QStringLiteral("Default") << false;
    QTest::newRow("underscore") << QStringLiteral("team_b") << false;
    QTest::newRow("leading dash") << QStringLiteral("-a") << false;
    QTest::newRow("trailing dash") << QStringLiteral("a-") << false;
    QTest::newRow("empty label") << QStringLiteral("a..b") << false;
    QTest::newRow("253 chars") << QString(253, u'a') << true;
    QTest::newRow("254 chars") << QString(254, u'a') << false;
}

void TestConfigValidator::dns1123()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(ConfigValidator::isDns1123Name(name), valid);
}

void TestConfigValidator::decimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0.80") << QStringLiteral("0.80") << true;
    QTest::newRow("0") << QStringLiteral("0") << true;
    QTest::newRow("15.000") << QStringLiteral("15.000") << true;
    QTest::newRow("12 decimals") << QStringLiteral("0.000000000001") << true;
    QTest::newRow("13 decimals") << QStringLiteral("0.0000000000001") << false;
    QTest::newRow("negative") << QStringLiteral("-1") << false;
    QTest::newRow("plus") << QStringLiteral("+1") << false;
    QTest::newRow("exponent") << QStringLiteral("1e-6") << false;
    QTest::newRow("dollar") << QStringLiteral("$3") << false;
    QTest::newRow("comma") << QStringLiteral("0,80") << false;
    QTest::newRow("no digits after dot") << QStringLiteral("1.") << false;
    QTest::newRow("leading dot") << QStringLiteral(".5") << false;
    QTest::newRow("space") << QStringLiteral(" 1") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestConfigValidator::decimal()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(ConfigValidator::isNonNegativeDecimal(text), valid);
}

void TestConfigValidator::httpUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << QStringLiteral("https://api.anthropic.com/v1/messages") << true;
    QTest::newRow("http port") << QStringLiteral("http://localhost:11434/v1") << true;
    QTest::newRow("ip") << QStringLiteral("http://127.0.0.1:8000") << true;
    QTest::newRow("no scheme") << QStringLiteral("api.openai.com/v1") << false;
    QTest::newRow("host:port") << QStringLiteral("localhost:11434") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://x.org") << false;
    QTest::newRow("no host") << QStringLiteral("http://") << false;
    QTest::newRow("space") << QStringLiteral("http://a b.com") << false;
}

void TestConfigValidator::httpUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QCOMPARE(ConfigValidator::isHttpUrl(url), valid);
}

void TestConfigValidator::secret_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("secret");
    QTest::newRow("openai-like") << QStringLiteral("sk-AbCdEfGhIjKlMnOpQrSt") << true;
    QTest::newRow("anthropic-like") << QStringLiteral("sk-ant-api03-AbCdEfGhIjKlMnOp") << true;
    QTest::newRow("project") << QStringLiteral("sk-proj-AbCdEfGhIjKlMnOpQr") << true;
    QTest::newRow("bearer") << QStringLiteral("Bearer sk-AbCdEfGhIjKlMnOpQrSt") << true;
    QTest::newRow("placeholder sk-test") << QStringLiteral("sk-test") << false;
    QTest::newRow("placeholder sk-...") << QStringLiteral("sk-...") << false;
    QTest::newRow("secret name") << QStringLiteral("llm-api-key") << false;
    QTest::newRow("env ref") << QStringLiteral("os.environ/OPENAI_API_KEY") << false;
    QTest::newRow("inside a word") << QStringLiteral("task-AbCdEfGhIjKlMnOpQrSt") << false;
}

void TestConfigValidator::secret()
{
    QFETCH(QString, text);
    QFETCH(bool, secret);
    QCOMPARE(ConfigValidator::looksLikeSecret(text), secret);
}

void TestConfigValidator::secretNeverEchoed()
{
    const QByteArray yaml = "apiVersion: core.infraagent.io/v1alpha1\nkind: ModelTierConfig\nmetadata:\n"
                            "  name: default\nspec:\n  note: sk-ant-api03-FAKEFAKEFAKEFAKEFAKE\n  tiers:\n"
                            "    - tier: sk-ant-api03-FAKEFAKEFAKEFAKEFAKE\n      provider: p\n      model: m\n";
    const ParsedConfigFile parsed = ConfigCodec::parse(yaml);
    int secrets = 0;
    for (const Diagnostic &d : parsed.diagnostics) {
        secrets += d.code == u"inline-secret";
        // Not in the inline-secret warning, and not in any other message either.
        QVERIFY2(!d.message.contains(QStringLiteral("FAKEFAKE")), qPrintable(d.code));
    }
    QCOMPARE(secrets, 2);
    QCOMPARE(ConfigValidator::redactSecrets(QStringLiteral("key \"sk-AbCdEfGhIjKlMnOpQrSt\" here")),
             QStringLiteral("key \"sk-\u2026(hidden)\" here"));
    QCOMPARE(ConfigValidator::redactSecrets(QStringLiteral("sk-test")), QStringLiteral("sk-test"));
}

void TestConfigValidator::enums()
{
    QCOMPARE(ConfigValidator::tierNames(),
             (QStringList{QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning")}));
    QCOMPARE(ConfigValidator::authTypes().size(), 5);
}

QTEST_GUILESS_MAIN(TestConfigValidator)
#include "tst_configvalidator.moc"
