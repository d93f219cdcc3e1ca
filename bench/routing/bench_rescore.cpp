// Keystroke re-score latency for the Router mode: a message of 1,000 and of 10,000 words is
// re-scored after every typed character, as the playground does while the user types.
// Prints p50/p95/max per call of ComplexityEstimator::estimate() (the gauge and factor bars)
// and of ModelRouter::route() (the decision card too). Target: < 16 ms (one frame at 60 Hz).
// Build in Release.
#include "corpus.h"

#include "routing/modelrouter.h"
#include "routing/routejson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

/// Corpus messages joined until the text has `words` words (as the estimator counts them).
QString messageOfWords(int words, const ComplexityEstimator &estimator)
{
    const QByteArray corpus = BenchCorpus::generate(std::int64_t(words) * 12 + (1 << 20), 7);
    QString text;
    std::string message;
    RouteRequest ignored;
    for (const QByteArray &line : corpus.split('\n')) {
        if (line.isEmpty() || !RouteJson::parseRequest(std::string_view(line.constData(), size_t(line.size())),
                                                       message, ignored, nullptr))
            continue;
        text += QString::fromUtf8(message.data(), qsizetype(message.size())) + u'\n';
        if (estimator.estimate(text).stats.words >= words)
            break;
    }
    // Trim to exactly `words` words by cutting after the words-th word boundary.
    while (estimator.estimate(text).stats.words > words) {
        const qsizetype cut = text.lastIndexOf(u' ');
        if (cut <= 0)
            break;
        text.truncate(cut);
    }
    return text;
}

struct Percentiles
{
    double p50 = 0, p95 = 0, max = 0;
};

Percentiles percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))]; };
    return {at(0.50), at(0.95), ms.back()};
}

/// Types `typed` one character at a time onto `start`, timing `score` after each keystroke.
Percentiles typeAndTime(QString text, const QString &typed, int keystrokes,
                        const std::function<double(const QString &)> &score, double &checksum)
{
    std::vector<double> ms;
    ms.reserve(size_t(keystrokes));
    for (int i = 0; i < keystrokes; ++i) {
        text += typed.at(i % typed.size());
        QElapsedTimer t;
        t.start();
        checksum += score(text);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return percentiles(std::move(ms));
}

QString row(const Percentiles &p)
{
    return QStringLiteral("p50 ") + QString::number(p.p50, 'f', 3) + QStringLiteral(" ms, p95 ")
           + QString::number(p.p95, 'f', 3) + QStringLiteral(" ms, max ") + QString::number(p.max, 'f', 3)
           + QStringLiteral(" ms");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption keystrokes(QStringLiteral("keystrokes"),
        QStringLiteral("Characters typed per message size (default 2000)."), QStringLiteral("N"), QStringLiteral("2000"));
    parser.addOption(keystrokes);
    parser.process(app);
    const int keys = std::max(1, parser.value(keystrokes).toInt());

    const ModelRouter router;
    const ComplexityEstimator &estimator = router.estimator();
    const QString typed = QStringLiteral("Please analyze the security implications step by step, then compare. ");
    double checksum = 0;
    for (int words : {1000, 10000}) {
        const QString message = messageOfWords(words, estimator);
        const Percentiles e = typeAndTime(message, typed, keys, [&](const QString &text) {
            return estimator.estimate(text).score;
        }, checksum);
        const Percentiles r = typeAndTime(message, typed, keys, [&](const QString &text) {
            RouteRequest request;
            request.message = text;
            return router.route(request).complexity.score;
        }, checksum);
        out() << words << " words (" << message.size() << " UTF-16 units), " << keys << " keystrokes\n"
              << "  estimate(): " << row(e) << "\n"
              << "  route():    " << row(r) << "\n";
    }
    out() << "target: < 16 ms per keystroke (checksum " << QString::number(checksum, 'f', 1) << ")\n";
    out().flush();
    return 0;
}
