// Every recorded transcript in tests/fixtures/wire, fed one byte at a time and whole.
#include "providers/wireprotocol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QByteArray wireFile(const QString &relative)
{
    QFile f(QStringLiteral(TIERBENCH_FIXTURES_DIR "/wire/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString optionalText(const std::optional<std::int64_t> &v)
{
    return v ? QString::number(*v) : QStringLiteral("unknown");
}

} // namespace

class TestWireParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transcripts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("textStart");
        QTest::addColumn<int>("textLength");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<QString>("input");  // "unknown" when not reported
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("cached");
        QTest::addColumn<QString>("error");  // error class name, or empty

        const int oa = int(ProviderKind::OpenAi), an = int(ProviderKind::Anthropic), ol = int(ProviderKind::Ollama);
        const QString u = QStringLiteral("unknown");
        auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
        row("openai usage") << "openai/openai_chat_stream_usage.sse" << oa << "I'm unable to provide real-time weather" << 159 << "stop" << "14" << "30" << u << "";
        row("openai length") << "openai/openai_chat_stream_finish_length_usage.sse" << oa << "{\"" << 2 << "length" << "79" << "1" << u << "";
        row("openai n=3") << "openai/openai_chat_stream_n3_choices_usage.sse" << oa << "{\"city\":\"San Francisco\"" << 53 << "stop" << "79" << "42" << u << "";
        row("openai no usage") << "openai/openai_chat_stream_no_usage.docs_reconstructed.sse" << oa << "Hello" << 5 << "stop" << u << u << u << "";
        row("openai tool calls") << "openai/openai_chat_stream_parallel_tool_calls_usage.sse" << oa << "" << 0 << "tool_calls" << "149" << "60" << u << "";
        row("openai refusal") << "openai/openai_chat_stream_refusal_usage.sse" << oa << "I'm sorry, I can't assist" << 44 << "stop" << "79" << "11" << u << "";
        row("openrouter comments + cached") << "openrouter/openrouter_chat_stream_processing_comments_usage_cost.recorded.sse" << oa << "I'm Grok, an AI built by xAI." << 284 << "stop" << "687" << "187" << "679" << "";
        row("openrouter mid-stream error") << "openrouter/openrouter_chat_stream_midstream_error.recorded.sse" << oa << "" << 0 << "length" << "43" << "10" << "0" << "invalid_request";
        row("anthropic basic, no final newline") << "anthropic/anthropic_messages_stream_basic.sse" << an << "Hello there!" << 12 << "end_turn" << "11" << "6" << u << "";
        row("anthropic padded") << "anthropic/anthropic_messages_stream_padded_full_usage.fixture.sse" << an << " there! Happy to explain." << 1312 << "end_turn" << "31" << "547" << "0" << "";
        row("anthropic sonnet 4.5 recorded") << "anthropic/anthropic_messages_stream_recorded_sonnet45.sse" << an << "[12345,67890]" << 13 << "end_turn" << "135" << "10" << "0" << "";
        row("anthropic tool use") << "anthropic/anthropic_messages_stream_tool_use.sse" << an << "I'll check the current weather in Paris" << 48 << "tool_use" << "377" << "65" << "0" << "";
        row("anthropic error event") << "anthropic/anthropic_stream_error_event_overloaded.sse" << an << "" << 0 << "" << u << u << u << "overloaded";
        row("ollama chat") << "ollama/ollama_chat_stream.docs_reconstructed.ndjson" << ol << "The" << 3 << "" << "26" << "282" << u << "";
        row("ollama chat tools") << "ollama/ollama_chat_stream_tools.docs_reconstructed.ndjson" << ol << "" << 0 << "stop" << "169" << "15" << u << "";
        row("ollama generate, no metrics") << "ollama/ollama_generate_stream.docs.ndjson" << ol << "That's a fantastic question!" << 28 << "stop" << u << u << u << "";
        row("ollama mid-stream error") << "ollama/ollama_generate_stream_midstream_error.docs.ndjson" << ol << " Yes." << 9 << "" << u << u << u << "server";
    }

    void transcripts()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(QString, textStart);
        QFETCH(int, textLength);
        QFETCH(QString, finish);
        QFETCH(QString, input);
        QFETCH(QString, output);
        QFETCH(QString, cached);
        QFETCH(QString, error);

        const QByteArray bytes = wireFile(file);
        auto byteParser = WireParser::create(ProviderKind(kind));
        QString deltas;
        for (char c : bytes)
            deltas += byteParser->feed(QByteArray(1, c)).join(QString());
        deltas += byteParser->finish().join(QString());
        const CompletionResult &r = byteParser->result();

        QVERIFY2(textStart.isEmpty() || r.text.startsWith(textStart), qPrintable(r.text.left(60)));
        QCOMPARE(r.text.size(), textLength);
        QCOMPARE(deltas, r.text); // the deltas add up to the text
        QCOMPARE(r.finishReason, finish);
        QCOMPARE(optionalText(r.inputTokens), input);
        QCOMPARE(optionalText(r.outputTokens), output);
        QCOMPARE(optionalText(r.cachedInputTokens), cached);
        QCOMPARE(r.error ? errorClassName(r.error->errorClass) : QString(), error);

        auto whole = WireParser::create(ProviderKind(kind));
        whole->feed(bytes);
        whole->finish();
        QCOMPARE(whole->result().text, r.text);
        QCOMPARE(whole->result().outputTokens, r.outputTokens);
    }

    void anthropicInputIncludesCacheSplit()
    {
        auto p = WireParser::create(ProviderKind::Anthropic);
        p->feed("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":\"m\",\"usage\":"
                "{\"input_tokens\":10,\"cache_creation_input_tokens\":200,\"cache_read_input_tokens\":3000,\"output_tokens\":1}}}\n\n"
                "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":42}}\n\n"
                "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
        p->finish();
        QCOMPARE(p->result().inputTokens, std::optional<std::int64_t>(3210));
        QCOMPARE(p->result().cachedInputTokens, std::optional<std::int64_t>(3000));
        QCOMPARE(p->result().cacheCreationInputTokens, std::optional<std::int64_t>(200));
        QCOMPARE(p->result().outputTokens, std::optional<std::int64_t>(42));
        QVERIFY(p->complete());
        QVERIFY(!p->result().error);
    }

    void truncatedStreamIsBadResponse_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("openai") << int(ProviderKind::OpenAi)
                                << QByteArray("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n");
        QTest::newRow("anthropic") << int(ProviderKind::Anthropic)
                                   << QByteArray("event: ping\ndata: {\"type\":\"ping\"}\n\n");
        QTest::newRow("ollama") << int(ProviderKind::Ollama)
                                << QByteArray("{\"message\":{\"content\":\"Hi\"},\"done\":false}\n");
        QTest::newRow("malformed") << int(ProviderKind::OpenAi) << QByteArray("data: {\"choices\":[\n\n");
    }
    void truncatedStreamIsBadResponse()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, bytes);
        auto p = WireParser::create(ProviderKind(kind));
        p->feed(bytes);
        p->finish();
        QVERIFY(p->result().error);
        QCOMPARE(p->result().error->errorClass, ErrorClass::BadResponse);
    }

    void completionUrls_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("expected");
        const int oa = int(ProviderKind::OpenAi), an = int(ProviderKind::Anthropic), ol = int(ProviderKind::Ollama);
        QTest::newRow("openai default") << oa << "" << "" << "https://api.openai.com/v1/chat/completions";
        QTest::newRow("openai env with /v1") << oa << "" << "http://127.0.0.1:8000/v1/" << "http://127.0.0.1:8000/v1/chat/completions";
        QTest::newRow("openai bare host gets /v1") << oa << "" << "http://localhost:4000" << "http://localhost:4000/v1/chat/completions";
        QTest::newRow("tier endpoint wins") << oa << "http://vllm:8000/v1" << "http://ignored:1/v1" << "http://vllm:8000/v1/chat/completions";
        QTest::newRow("full path kept") << oa << "http://x/openai/v1/chat/completions" << "" << "http://x/openai/v1/chat/completions";
        QTest::newRow("anthropic default") << an << "" << "" << "https://api.anthropic.com/v1/messages";
        QTest::newRow("anthropic env") << an << "" << "http://127.0.0.1:9/" << "http://127.0.0.1:9/v1/messages";
        QTest::newRow("anthropic seeds endpoint") << an << "https://api.anthropic.com/v1/messages" << "" << "https://api.anthropic.com/v1/messages";
        QTest::newRow("ollama default") << ol << "" << "" << "http://127.0.0.1:11434/api/chat";
        QTest::newRow("OLLAMA_HOST without scheme") << ol << "" << "gpu-box:11434" << "http://gpu-box:11434/api/chat";
    }
    void completionUrls()
    {
        QFETCH(int, kind);
        QFETCH(QString, endpoint);
        QFETCH(QString, env);
        QFETCH(QString, expected);
        const char *var = kind == int(ProviderKind::OpenAi) ? "OPENAI_BASE_URL"
            : kind == int(ProviderKind::Anthropic)          ? "ANTHROPIC_BASE_URL"
                                                            : "OLLAMA_HOST";
        if (env.isEmpty())
            qunsetenv(var);
        else
            qputenv(var, env.toUtf8());
        const QUrl url = completionUrl(ProviderKind(kind), endpoint.isEmpty() ? QUrl() : QUrl(endpoint));
        qunsetenv(var);
        QCOMPARE(url.toString(), expected);
    }

    void requestBodies()
    {
        CompletionRequest r;
        r.model = QStringLiteral("m");
        r.messages = {{QStringLiteral("system"), QStringLiteral("sys")}, {QStringLiteral("user"), QStringLiteral("hi")}};
        r.maxTokens = 7;
        r.kind = ProviderKind::OpenAi;
        r.provider = QStringLiteral("openai");
        QJsonObject o = QJsonDocument::fromJson(completionBody(r)).object();
        QCOMPARE(o.value(QStringLiteral("max_completion_tokens")).toInt(), 7);
        QVERIFY(o.value(QStringLiteral("stream_options")).toObject().value(QStringLiteral("include_usage")).toBool());
        QCOMPARE(o.value(QStringLiteral("messages")).toArray().size(), 2);
        r.provider = QStringLiteral("vllm");
        o = QJsonDocument::fromJson(completionBody(r)).object();
        QCOMPARE(o.value(QStringLiteral("max_tokens")).toInt(), 7);
        r.kind = ProviderKind::Anthropic;
        r.maxTokens.reset();
        o = QJsonDocument::fromJson(completionBody(r)).object();
        QCOMPARE(o.value(QStringLiteral("system")).toString(), QStringLiteral("sys"));
        QCOMPARE(o.value(QStringLiteral("messages")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("max_tokens")).toInt(), 1024); // required by the API
        r.kind = ProviderKind::Ollama;
        r.maxTokens = 5;
        r.stream = false;
        o = QJsonDocument::fromJson(completionBody(r)).object();
        QCOMPARE(o.value(QStringLiteral("options")).toObject().value(QStringLiteral("num_predict")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("stream")).toBool(true), false);
        QVERIFY(!o.contains(QStringLiteral("temperature")));
        QVERIFY(!o.value(QStringLiteral("options")).toObject().contains(QStringLiteral("temperature")));
    }

    void temperatureIsSentOnlyWhenSet_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("underOptions");
        QTest::newRow("openai") << int(ProviderKind::OpenAi) << false;
        QTest::newRow("anthropic") << int(ProviderKind::Anthropic) << false;
        QTest::newRow("ollama") << int(ProviderKind::Ollama) << true;
    }

    void temperatureIsSentOnlyWhenSet()
    {
        QFETCH(int, kind);
        QFETCH(bool, underOptions);
        CompletionRequest r;
        r.kind = ProviderKind(kind);
        r.provider = QStringLiteral("p");
        r.model = QStringLiteral("m");
        r.messages = {{QStringLiteral("user"), QStringLiteral("hi")}};
        QJsonObject o = QJsonDocument::fromJson(completionBody(r)).object();
        QVERIFY(!o.contains(QStringLiteral("temperature")));
        r.temperature = 0.25;
        o = QJsonDocument::fromJson(completionBody(r)).object();
        const QJsonObject holder = underOptions ? o.value(QStringLiteral("options")).toObject() : o;
        QCOMPARE(holder.value(QStringLiteral("temperature")).toDouble(), 0.25);
        QCOMPARE(o.contains(QStringLiteral("temperature")), !underOptions);
    }

    void nonStreamingBodies()
    {
        auto an = WireParser::create(ProviderKind::Anthropic);
        an->parseWhole(wireFile(QStringLiteral("anthropic/anthropic_message_response_tool_use.recorded.json")));
        QVERIFY(!an->result().error);
        QCOMPARE(an->result().finishReason, QStringLiteral("tool_use"));
        QVERIFY(an->result().inputTokens.has_value());
        auto ol = WireParser::create(ProviderKind::Ollama);
        ol->parseWhole(wireFile(QStringLiteral("ollama/ollama_chat_nonstream.docs.json")));
        QVERIFY(!ol->result().error);
        QVERIFY(ol->complete());
        QVERIFY(!ol->result().text.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestWireParser)
#include "tst_wireparser.moc"
