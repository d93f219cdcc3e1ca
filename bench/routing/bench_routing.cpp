// Routing throughput. Prints:
//  - estimator+router decisions/s and MB/s in process (UTF-8 batch path and QString path),
//  - the whole JSONL pipeline in process (parse + route + write JSON),
//  - a word scan of the same message bytes (the wc -w rule: runs of non-whitespace bytes), the
//    in-process baseline the estimator+router is held to (>= 1.0x its throughput is the goal),
//  - wall time of `tierctl route --jsonl FILE` (full, --compact) against `wc -w FILE` on the
//    same corpus; with --before-tierctl PATH, the same runs of another build too.
// Times are the best of --repeat runs. Build in Release for meaningful figures.
#include "corpus.h"

#include "routing/modelrouter.h"
#include "routing/routefields.h"
#include "routing/routejson.h"
#include "routing/textscan_p.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <array>
#include <functional>
#include <string>
#include <vector>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct Request
{
    std::string message;
    RouteRequest rest;
};

// CPU seconds (user + system) of this process or of its waited-for children.
double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The machine is shared, so wall time is noisy: report the best wall time and the best CPU time.
double g_lastCpu = 0;

double bestSeconds(int repeat, const std::function<void()> &work, int who = RUSAGE_SELF)
{
    double best = 1e300;
    g_lastCpu = 1e300;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        const double cpu0 = cpuSeconds(who);
        t.start();
        work();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
        g_lastCpu = std::min(g_lastCpu, cpuSeconds(who) - cpu0);
    }
    return best;
}

QString cpuNote()
{
    return QStringLiteral(" [cpu ") + QString::number(g_lastCpu, 'f', 3) + QStringLiteral(" s]");
}

double runProcess(const QString &program, const QStringList &args, int repeat, int *exitCode)
{
    return bestSeconds(repeat, [&] {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        p.start(program, args);
        p.waitForFinished(-1);
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }, RUSAGE_CHILDREN);
}

/// Words as wc -w counts them in the C locale: maximal runs of bytes other than ASCII space.
std::int64_t wordScan(const std::string &text)
{
    std::int64_t words = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool space = c == ' ' || (c >= '\t' && c <= '\r');
        words += (!space && !inWord) ? 1 : 0;
        inWord = !space;
    }
    return words;
}

/// Counts words with the estimator's own rules (UTF-8 decoding, Unicode letter classes,
/// joiners, case folding and hashing), doing nothing else: the least any estimator must do.
struct CountingSink
{
    std::int64_t words = 0;
    void word(std::uint64_t, int, unsigned) { ++words; }
    void punct(unsigned, char32_t) {}
};

std::int64_t tokenScan(const std::string &text)
{
    CountingSink sink;
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    TextScan::tokenize(TextScan::Utf8Decoder{p, p + text.size()}, sink);
    return sink.words;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Corpus size in MB (default 10)."), QStringLiteral("MB"), QStringLiteral("10"));
    const QCommandLineOption corpus(QStringLiteral("corpus"), QStringLiteral("Use this JSONL file instead of generating one."), QStringLiteral("FILE"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Write the generated corpus to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs per measurement (default 3)."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption before(QStringLiteral("before-tierctl"),
        QStringLiteral("Also time this tierctl binary (e.g. a build of the previous commit)."), QStringLiteral("PATH"));
    parser.addOptions({size, corpus, keep, repeat, before});
    parser.process(app);
    const int runs = std::max(1, parser.value(repeat).toInt());

    QTemporaryDir dir;
    QString path = parser.value(corpus);
    QByteArray data;
    if (path.isEmpty()) {
        data = BenchCorpus::generate(std::int64_t(parser.value(size).toDouble() * 1024 * 1024));
        path = parser.isSet(keep) ? parser.value(keep) : dir.filePath(QStringLiteral("corpus.jsonl"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            QTextStream(stderr) << "cannot write " << path << "\n";
            return 2;
        }
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << "cannot read " << path << "\n";
            return 2;
        }
        data = f.readAll();
    }

    // Parse once, outside the timed loops.
    std::vector<Request> requests;
    std::int64_t messageBytes = 0;
    for (const QByteArray &line : data.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        Request r;
        QString error;
        if (!RouteJson::parseRequest(std::string_view(line.constData(), size_t(line.size())), r.message, r.rest, &error)) {
            QTextStream(stderr) << "bad corpus line: " << error << "\n";
            return 2;
        }
        messageBytes += std::int64_t(r.message.size());
        requests.push_back(std::move(r));
    }
    const double fileMb = double(data.size()) / (1024.0 * 1024.0);
    const double messageMb = double(messageBytes) / (1024.0 * 1024.0);
    out() << "corpus: " << path << "\n  " << QString::number(fileMb, 'f', 2) << " MB JSONL, "
          << requests.size() << " requests, " << QString::number(messageMb, 'f', 2) << " MB of message text\n";

    const ModelRouter router;
    std::array<std::int64_t, 3> classes{0, 0, 0};
    const double routeSeconds = bestSeconds(runs, [&] {
        classes = {0, 0, 0};
        for (const Request &r : requests) {
            const RoutingDecision d = router.routeUtf8(QByteArrayView(r.message.data(), qsizetype(r.message.size())), r.rest);
            ++classes[RouteClasses::index(d.routeClass)];
        }
    });
    const double n = double(requests.size());
    out() << "estimator+router (UTF-8): " << QString::number(n / routeSeconds, 'f', 0) << " decisions/s, "
          << QString::number(messageMb / routeSeconds, 'f', 1) << " MB/s of message text ("
          << QString::number(routeSeconds * 1000, 'f', 1) << " ms)" << cpuNote() << "\n";
    out() << "  classes: light " << classes[0] << ", standard " << classes[1] << ", heavy " << classes[2] << "\n";

    std::int64_t scanned = 0;
    const double scanSeconds = bestSeconds(runs, [&] {
        scanned = 0;
        for (const Request &r : requests)
            scanned += wordScan(r.message);
    });
    out() << "word scan (wc -w rule, same bytes): " << QString::number(messageMb / scanSeconds, 'f', 1) << " MB/s ("
          << QString::number(scanSeconds * 1000, 'f', 1) << " ms, " << scanned << " words)\n";
    out() << "ratio estimator+router / word scan throughput: " << QString::number(scanSeconds / routeSeconds, 'f', 2)
          << "x\n";
    std::int64_t tokens = 0;
    const double tokenSeconds = bestSeconds(runs, [&] {
        tokens = 0;
        for (const Request &r : requests)
            tokens += tokenScan(r.message);
    });
    out() << "word scan (the estimator's word rules, same bytes): " << QString::number(messageMb / tokenSeconds, 'f', 1)
          << " MB/s (" << QString::number(tokenSeconds * 1000, 'f', 1) << " ms, " << tokens << " words)\n";
    out() << "ratio estimator+router / that scan: " << QString::number(tokenSeconds / routeSeconds, 'f', 2) << "x\n";
    const RouteFields compactFields = RouteFields::compact();
    std::string lean;
    const double leanSeconds = bestSeconds(runs, [&] {
        for (const Request &r : requests) {
            RouteJson::appendRouted(lean, router, QByteArrayView(r.message.data(), qsizetype(r.message.size())),
                                    r.rest, compactFields);
            if (lean.size() > (1 << 20))
                lean.clear();
        }
    });
    out() << "estimator+router, lean --compact decision + JSON: " << QString::number(n / leanSeconds, 'f', 0)
          << " decisions/s, " << QString::number(messageMb / leanSeconds, 'f', 1) << " MB/s ("
          << QString::number(scanSeconds / leanSeconds, 'f', 2) << "x word scan)\n";

    std::vector<QString> texts;
    texts.reserve(requests.size());
    for (const Request &r : requests)
        texts.push_back(QString::fromUtf8(r.message.data(), qsizetype(r.message.size())));
    const ComplexityEstimator &estimator = router.estimator();
    double sink = 0;
    const double estimateSeconds = bestSeconds(runs, [&] {
        for (size_t i = 0; i < texts.size(); ++i)
            sink += estimator.estimate(texts[i], requests[i].rest.hints).score;
    });
    out() << "estimator only (QString): " << QString::number(n / estimateSeconds, 'f', 0) << " estimates/s, "
          << QString::number(messageMb / estimateSeconds, 'f', 1) << " MB/s (checksum " << QString::number(sink, 'f', 1) << ")\n";

    std::string json;
    const double pipelineSeconds = bestSeconds(runs, [&] {
        std::string message;
        RouteRequest rest;
        for (const QByteArray &line : data.split('\n')) {
            if (line.isEmpty())
                continue;
            RouteJson::parseRequest(std::string_view(line.constData(), size_t(line.size())), message, rest, nullptr);
            RouteJson::appendDecision(json, router.routeUtf8(QByteArrayView(message.data(), qsizetype(message.size())), rest));
            json += '\n';
            if (json.size() > (1 << 20))
                json.clear();
        }
    });
    out() << "in-process JSONL pipeline (parse+route+JSON): " << QString::number(fileMb / pipelineSeconds, 'f', 1)
          << " MB/s (" << QString::number(pipelineSeconds * 1000, 'f', 1) << " ms)" << cpuNote() << "\n";

    const QString tierctl = QCoreApplication::applicationDirPath() + QStringLiteral("/tierctl");
    int rc = 0;
    const double wcSeconds = runProcess(QStringLiteral("wc"), {QStringLiteral("-w"), path}, runs, &rc);
    const double wcCpu = g_lastCpu;
    out() << "wc -w:                 " << QString::number(wcSeconds, 'f', 3) << " s (exit " << rc << ")" << cpuNote() << "\n";
    const auto timeCli = [&](const QString &label, const QString &binary, const QStringList &extra) {
        const double seconds = runProcess(binary, QStringList{QStringLiteral("route"), QStringLiteral("--jsonl"), path} + extra,
                                          runs, &rc);
        const double cpu = g_lastCpu;
        out() << label << ": " << QString::number(seconds, 'f', 3) << " s (exit " << rc << ")" << cpuNote()
              << "; throughput vs wc -w " << QString::number(wcSeconds / seconds, 'f', 2) << "x wall, "
              << QString::number(wcCpu / std::max(cpu, 1e-6), 'f', 2) << "x cpu\n";
    };
    if (parser.isSet(before)) {
        timeCli(QStringLiteral("before: tierctl route --jsonl"), parser.value(before), {});
    }
    timeCli(QStringLiteral("tierctl route --jsonl"), tierctl, {});
    timeCli(QStringLiteral("tierctl route --jsonl --compact"), tierctl, {QStringLiteral("--compact")});
    timeCli(QStringLiteral("tierctl route --jsonl --fields tier"), tierctl, {QStringLiteral("--fields"), QStringLiteral("tier")});
    out().flush();
    return 0;
}
