#include "experiments/testcase.h"

#include <QTemporaryDir>
#include <QTest>

class TestTestCaseImport : public QObject
{
    Q_OBJECT
private slots:
    void csvRfc4180()
    {
        const QString csv = QStringLiteral(
            "\xFEFFquestion,context\r\n"
            "\"Hello, world\",plain\r\n"
            "\"She said \"\"hi\"\"\",\"two\nlines\"\r\n"
            "last,\"\"\r\n");
        const auto r = TestCaseImport::fromCsv(csv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.cases.size(), 3);
        QCOMPARE(r.cases[0].vars.value(QStringLiteral("question")), QStringLiteral("Hello, world"));
        QCOMPARE(r.cases[0].vars.value(QStringLiteral("context")), QStringLiteral("plain"));
        QCOMPARE(r.cases[1].vars.value(QStringLiteral("question")), QStringLiteral("She said \"hi\""));
        QCOMPARE(r.cases[1].vars.value(QStringLiteral("context")), QStringLiteral("two\nlines"));
        QCOMPARE(r.cases[2].vars.value(QStringLiteral("context")), QString());
        QCOMPARE(r.cases[2].id, QStringLiteral("case-3"));
    }

    void csvAssertionsAndIds()
    {
        const QString csv = QStringLiteral("__id,city,__expected,__expected2\n"
                                           "fr,France,icontains:paris,max-latency-ms:5000\n"
                                           "de,Germany,contains:Berlin,\n");
        const auto r = TestCaseImport::fromCsv(csv);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.cases.size(), 2);
        QCOMPARE(r.cases[0].id, QStringLiteral("fr"));
        QCOMPARE(r.cases[0].vars.keys(), QStringList{QStringLiteral("city")});
        QCOMPARE(r.cases[0].assertions.size(), 2);
        QCOMPARE(r.cases[0].assertions[0].type, QStringLiteral("icontains"));
        QCOMPARE(r.cases[0].assertions[0].value, QStringLiteral("paris"));
        QCOMPARE(r.cases[1].assertions.size(), 1);
    }

    void csvErrors_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<int>("line");
        QTest::newRow("unclosed quote") << QStringLiteral("a,b\n1,2\n\"3,4\n") << 3;
        QTest::newRow("field count") << QStringLiteral("a,b\n1,2\n1,2,3\n") << 3;
        QTest::newRow("empty header name") << QStringLiteral("a,,c\n1,2,3\n") << 1;
        QTest::newRow("bad assertion") << QStringLiteral("a,__expected\n1,regex:(\n") << 2;
        QTest::newRow("unknown assertion") << QStringLiteral("a,__expected\n1,similar:x\n") << 2;
    }
    void csvErrors()
    {
        QFETCH(QString, csv);
        QFETCH(int, line);
        const auto r = TestCaseImport::fromCsv(csv);
        QVERIFY(!r.ok());
        QCOMPARE(r.line, line);
    }

    void jsonl()
    {
        const QString text = QStringLiteral(
            "{\"prompt\": \"What is 2+2?\", \"assert\": [\"contains:4\"]}\n"
            "\n"
            "{\"id\": \"x\", \"vars\": {\"city\": \"Rome\", \"n\": 3, \"flag\": true}, "
            "\"assert\": [{\"type\": \"max-cost\", \"value\": \"0.01\"}, {\"type\": \"is-json\"}]}\n");
        const auto r = TestCaseImport::fromJsonl(text);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.cases.size(), 2);
        QCOMPARE(r.cases[0].vars.value(QStringLiteral("prompt")), QStringLiteral("What is 2+2?"));
        QCOMPARE(r.cases[0].assertions.value(0).toString(), QStringLiteral("contains:4"));
        QCOMPARE(r.cases[1].id, QStringLiteral("x"));
        QCOMPARE(r.cases[1].vars.value(QStringLiteral("n")), QStringLiteral("3"));
        QCOMPARE(r.cases[1].vars.value(QStringLiteral("flag")), QStringLiteral("true"));
        QCOMPARE(r.cases[1].assertions.size(), 2);
        QCOMPARE(r.cases[1].assertions[1].type, QStringLiteral("is-json"));
    }

    void jsonlErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("not json") << QStringLiteral("{\"prompt\":\"a\"}\n{oops\n") << 2;
        QTest::newRow("array") << QStringLiteral("[1,2]\n") << 1;
        QTest::newRow("no prompt or vars") << QStringLiteral("{\"p\":\"a\"}\n") << 1;
        QTest::newRow("bad assertion") << QStringLiteral("\n\n{\"prompt\":\"a\",\"assert\":[\"max-cost:abc\"]}\n") << 3;
    }
    void jsonlErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        const auto r = TestCaseImport::fromJsonl(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.line, line);
    }

    void pastedTabs()
    {
        const auto r = TestCaseImport::fromPasted(QStringLiteral("city\tlang\nLyon, FR\tfr\nOslo\tno\n"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.cases.size(), 2);
        QCOMPARE(r.cases[0].vars.value(QStringLiteral("city")), QStringLiteral("Lyon, FR"));
        QCOMPARE(r.cases[1].vars.value(QStringLiteral("lang")), QStringLiteral("no"));
    }

    void linesAndFiles()
    {
        QTemporaryDir dir;
        const QString txt = dir.filePath(QStringLiteral("p.txt"));
        QFile f(txt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("first prompt\r\n\r\nsecond, with comma\n");
        f.close();
        const auto r = TestCaseImport::fromFile(txt);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.cases.size(), 2);
        QCOMPARE(r.cases[1].vars.value(QStringLiteral("prompt")), QStringLiteral("second, with comma"));
        QVERIFY(!TestCaseImport::fromFile(dir.filePath(QStringLiteral("missing.csv"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestTestCaseImport)
#include "tst_testcaseimport.moc"
