// bench_keystroke: how long the Router playground takes to follow one keystroke.
//
// For a message of N words (realistic technical prose with keyword signals and line breaks)
// it types one character at the end and measures, per keystroke:
//   - estimator: ModelRouter::route() alone on the same text (the baseline);
//   - rescore:   PlaygroundView::rescore() (route + keyword matches + gauge, card, chart,
//                cost table, highlighter);
//   - keystroke: key event into the message box -> events processed until rescored() and the
//                resulting repaints are done (what the user waits for);
//   - plain edit: the same keystroke into a bare QPlainTextEdit holding the same text (the
//                baseline: what typing costs without the router).
// Prints the median and the 95th percentile of each, in milliseconds.
#include "playgroundinputs.h"
#include "playgroundview.h"
#include "routerpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPlainTextEdit>

#include <algorithm>
#include <cstdio>

namespace {

QString message(int words)
{
    const QStringList sentence = QStringLiteral(
        "Analyze how the payment service should handle certificate rotation when mutual TLS "
        "is enabled between every pod, and explain the trade-offs against a single ingress. "
        "Then list what the on-call engineer checks first if authentication starts failing.")
                                     .split(u' ');
    QString text;
    for (int i = 0; i < words; ++i) {
        text += sentence.at(i % sentence.size());
        text += (i % 97 == 96) ? u'\n' : u' '; // a paragraph every ~100 words
    }
    return text;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100))};
}

/// One key press + release into `edit`, then events until `done` and one more idle pass
/// (delivers the paint requests and QCustomPlot's queued replot).
double typeOne(QPlainTextEdit *edit, int i, const bool *done)
{
    const QChar ch = QLatin1Char(i % 5 == 4 ? ' ' : 'a' + char(i % 26));
    QElapsedTimer clock;
    clock.start();
    QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
    QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
    QApplication::sendEvent(edit, &press);
    QApplication::sendEvent(edit, &release);
    while (done && !*done)
        QApplication::processEvents();
    QApplication::processEvents();
    return double(clock.nsecsElapsed()) / 1e6;
}

double plainEditBaseline(int words, int rounds)
{
    QPlainTextEdit edit;
    edit.resize(560, 560);
    edit.setPlainText(message(words));
    edit.moveCursor(QTextCursor::End);
    edit.show();
    QApplication::processEvents();
    QList<double> ms;
    for (int i = 0; i < rounds; ++i)
        ms.append(typeOne(&edit, i, nullptr));
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

void run(RouterPage &page, int words, int rounds)
{
    PlaygroundView *view = page.playground();
    QPlainTextEdit *edit = view->inputs()->messageEdit();
    edit->setPlainText(message(words));
    edit->moveCursor(QTextCursor::End);
    QApplication::processEvents();

    QList<double> estimator, rescore, keystroke;
    QElapsedTimer clock;
    for (int i = 0; i < rounds; ++i) {
        RouteRequest request = view->inputs()->request();
        clock.start();
        const RoutingDecision d = page.router().route(request);
        estimator.append(double(clock.nsecsElapsed()) / 1e6);
        Q_UNUSED(d);

        clock.start();
        view->rescore();
        rescore.append(double(clock.nsecsElapsed()) / 1e6);

        bool done = false;
        const QMetaObject::Connection c =
            QObject::connect(view, &PlaygroundView::rescored, view, [&done] { done = true; });
        keystroke.append(typeOne(edit, i, &done));
        QObject::disconnect(c);
    }
    const Stats e = stats(estimator), r = stats(rescore), k = stats(keystroke);
    const double plain = plainEditBaseline(words, rounds);
    std::printf("%6d words: estimator %.3f ms (p95 %.3f) | rescore %.3f ms (p95 %.3f, %.1fx estimator) "
                "| keystroke %.3f ms (p95 %.3f) vs plain edit %.3f ms (%.1fx)\n",
                words, e.median, e.p95, r.median, r.p95, r.median / e.median, k.median, k.p95,
                plain, k.median / plain);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Keystrokes per size."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.process(app);
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());

    RouterPage page(RouterContext{});
    page.resize(1440, 900);
    page.show();
    QApplication::processEvents();
    for (int words : {1000, 10000})
        run(page, words, rounds);
    return 0;
}
