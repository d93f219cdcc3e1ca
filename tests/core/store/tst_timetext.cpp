#include "store/timetext.h"

#include <QTest>

class TestTimeText final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

void TestTimeText::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid = refused
    const QDateTime noon(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    QTest::newRow("date") << "2026-11-30" << QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC);
    QTest::newRow("Z") << "2026-11-30T12:00:00Z" << noon;
    QTest::newRow("no seconds") << "2026-11-30T12:00" << noon;
    QTest::newRow("LiteLLM text, no zone = UTC") << "2026-11-30 12:00:00.123" << noon.addMSecs(123);
    QTest::newRow("microseconds truncated") << "2026-11-30T12:00:00.123999Z" << noon.addMSecs(123);
    QTest::newRow("one fraction digit") << "2026-11-30T12:00:00.5Z" << noon.addMSecs(500);
    QTest::newRow("+02:00") << "2026-11-30T14:00:00+02:00" << noon;
    QTest::newRow("-0530") << "2026-11-30T06:30:00-0530" << noon;
    QTest::newRow("+00") << "2026-11-30T12:00:00+00" << noon;
    QTest::newRow("leap day") << "2024-02-29" << QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC);
    QTest::newRow("spaces around") << "  2026-11-30T12:00:00Z " << noon;
    QTest::newRow("before 1970") << "1969-12-31T23:59:59Z" << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59), Qt::UTC);
    QTest::newRow("not a leap year") << "2026-02-29" << QDateTime();
    QTest::newRow("month 13") << "2026-13-01" << QDateTime();
    QTest::newRow("hour 24") << "2026-11-30T24:00:00Z" << QDateTime();
    QTest::newRow("trailing junk") << "2026-11-30T12:00:00Zx" << QDateTime();
    QTest::newRow("short year") << "26-11-30" << QDateTime();
    QTest::newRow("words") << "yesterday" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("dot without digits") << "2026-11-30T12:00:00.Z" << QDateTime();
}

void TestTimeText::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime got = TimeText::parseUtc(text);
    QCOMPARE(got.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(got, expected);
        QCOMPARE(got.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
