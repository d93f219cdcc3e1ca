#include "providers/streamframer.h"

#include <QTest>

class TestStreamFramer final : public QObject
{
    Q_OBJECT

private:
    static QList<SseEvent> sseByteAtATime(const QByteArray &bytes)
    {
        SseFramer framer;
        QList<SseEvent> events;
        for (char c : bytes)
            events << framer.feed(QByteArray(1, c));
        events << framer.finish();
        return events;
    }

private Q_SLOTS:
    void sse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<SseEvent>>("expected");
        QTest::newRow("lf") << QByteArray("data: a\n\ndata: b\n\n")
                            << QList<SseEvent>{{{}, "a", {}}, {{}, "b", {}}};
        QTest::newRow("crlf") << QByteArray("event: x\r\ndata: a\r\n\r\n")
                              << QList<SseEvent>{{"x", "a", {}}};
        QTest::newRow("cr only") << QByteArray("data: a\r\rdata: b\r\r")
                                 << QList<SseEvent>{{{}, "a", {}}, {{}, "b", {}}};
        QTest::newRow("comments skipped") << QByteArray(": OPENROUTER PROCESSING\n\ndata: a\n\n")
                                          << QList<SseEvent>{{{}, "a", {}}};
        QTest::newRow("multi-line data") << QByteArray("data: one\ndata: two\n\n")
                                         << QList<SseEvent>{{{}, "one\ntwo", {}}};
        QTest::newRow("no space after colon") << QByteArray("data:a\n\n") << QList<SseEvent>{{{}, "a", {}}};
        QTest::newRow("unknown field and retry ignored") << QByteArray("foo: bar\nretry: 10\ndata: a\nid: 7\n\n")
                                                         << QList<SseEvent>{{{}, "a", "7"}};
        QTest::newRow("missing final newline") << QByteArray("data: a\n\ndata: b")
                                               << QList<SseEvent>{{{}, "a", {}}, {{}, "b", {}}};
        QTest::newRow("missing final blank line") << QByteArray("event: e\ndata: b\n")
                                                  << QList<SseEvent>{{"e", "b", {}}};
        QTest::newRow("trailing spaces kept in data") << QByteArray("data: {}   \n\n")
                                                      << QList<SseEvent>{{{}, "{}   ", {}}};
    }
    void sse()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<SseEvent>, expected);
        QCOMPARE(sseByteAtATime(input), expected);
        SseFramer whole;
        QList<SseEvent> events = whole.feed(input);
        events << whole.finish();
        QCOMPARE(events, expected);
    }

    void ndjson_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QByteArray>>("expected");
        QTest::newRow("lf") << QByteArray("{\"a\":1}\n{\"b\":2}\n") << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"};
        QTest::newRow("crlf and blank") << QByteArray("{\"a\":1}\r\n\r\n{\"b\":2}\r\n")
                                        << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"};
        QTest::newRow("no final newline") << QByteArray("{\"a\":1}\n{\"b\":2}") << QList<QByteArray>{"{\"a\":1}", "{\"b\":2}"};
    }
    void ndjson()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QByteArray>, expected);
        NdjsonFramer framer;
        QList<QByteArray> lines;
        for (char c : input)
            lines << framer.feed(QByteArray(1, c));
        lines << framer.finish();
        QCOMPARE(lines, expected);
    }
};

QTEST_APPLESS_MAIN(TestStreamFramer)
#include "tst_streamframer.moc"
