// Prints figures for the provider layer:
//  1. WireParser throughput on a long Anthropic SSE stream built from recorded event shapes
//     (padded data lines as the real API sends them), fed in 4 KiB reads and one byte at a time;
//  2. NDJSON (Ollama) throughput in 4 KiB reads;
//  3. complete streamed calls against the in-process fake server with no artificial delay:
//     sequential calls per second and 16 concurrent calls.
#include "fakeproviderserver.h"
#include "providers/providerclient.h"
#include "providers/wireprotocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace {

QByteArray anthropicStream(int deltas)
{
    QByteArray s = "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":\"m\",\"usage\":"
                   "{\"input_tokens\":135,\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,\"output_tokens\":1}}}   \n\n";
    for (int i = 0; i < deltas; ++i)
        s += "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
             "{\"type\":\"text_delta\",\"text\":\" token\"}              }\n\n";
    s += "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
         "\"usage\":{\"output_tokens\":" + QByteArray::number(deltas) + "}}\n\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
    return s;
}

QByteArray ollamaStream(int deltas)
{
    QByteArray s;
    for (int i = 0; i < deltas; ++i)
        s += "{\"model\":\"m\",\"created_at\":\"2024-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":\" token\"},\"done\":false}\n";
    s += "{\"model\":\"m\",\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":3,\"eval_count\":" + QByteArray::number(deltas) + "}\n";
    return s;
}

void parse(QTextStream &out, const char *label, ProviderKind kind, const QByteArray &bytes, int chunk, int deltas)
{
    QElapsedTimer t;
    t.start();
    auto p = WireParser::create(kind);
    qsizetype pieces = 0;
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        pieces += p->feed(bytes.mid(i, chunk)).size();
    pieces += p->finish().size();
    const double s = double(t.nsecsElapsed()) / 1e9;
    out << QStringLiteral("%1: %2 bytes, %3 deltas (expected %4), %5 ms, %6 MB/s, %7 k deltas/s, ok=%8\n")
               .arg(QString::fromLatin1(label)).arg(bytes.size()).arg(pieces).arg(deltas)
               .arg(s * 1000, 0, 'f', 1).arg(double(bytes.size()) / 1e6 / s, 0, 'f', 1)
               .arg(double(pieces) / 1e3 / s, 0, 'f', 1).arg(p->complete() && !p->result().error ? 1 : 0);
}

void calls(QTextStream &out, ProviderClient &client, const QUrl &base, int count, int concurrency)
{
    CompletionRequest r;
    r.kind = ProviderKind::OpenAi;
    r.provider = QStringLiteral("vllm");
    r.model = QStringLiteral("fake-small");
    r.baseUrl = base.resolved(QUrl(QStringLiteral("/v1")));
    r.auth = AuthConfig{QStringLiteral("none"), {}, {}, {}};
    r.messages = {{QStringLiteral("user"), QStringLiteral("benchmark")}};
    QElapsedTimer t;
    t.start();
    int started = 0, done = 0, failed = 0;
    qint64 ttftSum = 0;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        CompletionCall *call = client.complete(r);
        ++started;
        QObject::connect(call, &CompletionCall::finished, &loop, [&, call](const CompletionResult &res) {
            call->deleteLater();
            ++done;
            failed += res.ok() ? 0 : 1;
            ttftSum += res.timings.firstTokenNs.value_or(0) - res.timings.requestSentNs.value_or(0);
            if (started < count)
                launch();
            else if (done == count)
                loop.quit();
        });
    };
    for (int i = 0; i < concurrency && i < count; ++i)
        launch();
    loop.exec();
    const double s = double(t.nsecsElapsed()) / 1e9;
    out << QStringLiteral("%1 streamed calls, concurrency %2: %3 s, %4 calls/s, mean ttft %5 ms, failed %6\n")
               .arg(count).arg(concurrency).arg(s, 0, 'f', 2).arg(count / s, 0, 'f', 0)
               .arg(double(ttftSum) / count / 1e6, 0, 'f', 2).arg(failed);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption deltasOpt(QStringLiteral("deltas"), QStringLiteral("Deltas per parsed stream."), QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption callsOpt(QStringLiteral("calls"), QStringLiteral("Calls against the fake server."), QStringLiteral("N"), QStringLiteral("300"));
    parser.addOptions({deltasOpt, callsOpt});
    parser.addHelpOption();
    parser.process(app);
    const int deltas = parser.value(deltasOpt).toInt();
    QTextStream out(stdout);

    const QByteArray sse = anthropicStream(deltas);
    parse(out, "anthropic SSE, 4 KiB reads", ProviderKind::Anthropic, sse, 4096, deltas);
    const QByteArray small = anthropicStream(deltas / 20);
    parse(out, "anthropic SSE, 1-byte reads", ProviderKind::Anthropic, small, 1, deltas / 20);
    parse(out, "ollama NDJSON, 4 KiB reads", ProviderKind::Ollama, ollamaStream(deltas), 4096, deltas);
    out.flush();

    FakeProviderServer server;
    if (!server.start())
        return 1;
    QNetworkAccessManager network;
    ProviderClient client(&network, nullptr);
    const int count = parser.value(callsOpt).toInt();
    calls(out, client, server.baseUrl(), count, 1);
    calls(out, client, server.baseUrl(), count, 16);
    return 0;
}
