#include "chartexport.h"
#include "qcp.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestChartExport final : public QObject
{
    Q_OBJECT
private slots:
    void csvQuoting_data();
    void csvQuoting();
    void savesEveryFormat_data();
    void savesEveryFormat();
    void refusesUnknownFormat();
};

void TestChartExport::csvQuoting_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("plain") << QStringList{u"fast"_s, u"0.0047"_s} << QByteArray("fast,0.0047\r\n");
    QTest::newRow("comma") << QStringList{u"a,b"_s, u"1"_s} << QByteArray("\"a,b\",1\r\n");
    QTest::newRow("quote") << QStringList{u"say \"hi\""_s} << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("newline") << QStringList{u"two\nlines"_s} << QByteArray("\"two\nlines\"\r\n");
    QTest::newRow("utf-8") << QStringList{u"größe"_s} << QByteArray("gr\xc3\xb6\xc3\x9f" "e\r\n");
    QTest::newRow("empty cells") << QStringList{QString(), QString()} << QByteArray(",\r\n");
}

void TestChartExport::csvQuoting()
{
    QFETCH(QStringList, row);
    QFETCH(QByteArray, line);
    const ChartTable table{{u"h1"_s, u"h2"_s}, {row}};
    QCOMPARE(ChartExport::toCsv(table), QByteArray("h1,h2\r\n") + line);
}

void TestChartExport::savesEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << u"chart.png"_s << QByteArray("\x89PNG");
    QTest::newRow("pdf") << u"chart.pdf"_s << QByteArray("%PDF");
    QTest::newRow("csv") << u"chart.csv"_s << QByteArray("tier,share");
}

void TestChartExport::savesEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, magic);
    QCustomPlot plot;
    plot.resize(400, 300);
    auto *bars = new QCPBars(plot.xAxis, plot.yAxis);
    bars->setData({1, 2, 3}, {0.2, 0.5, 0.3});
    plot.replot();
    const ChartTable table{{u"tier"_s, u"share"_s}, {{u"fast"_s, u"0.2"_s}}};
    QTemporaryDir dir;
    const QString path = dir.filePath(file);
    const auto error = ChartExport::save(&plot, table, path);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.size() > magic.size());
    QCOMPARE(f.read(magic.size()), magic);
}

void TestChartExport::refusesUnknownFormat()
{
    QCustomPlot plot;
    QTemporaryDir dir;
    const auto error = ChartExport::save(&plot, {}, dir.filePath(u"chart.bmpx"_s));
    QVERIFY(error && error->contains(u".png, .pdf or .csv"_s));
    QVERIFY(ChartExport::saveCsv({}, dir.filePath(u"missing/dir/x.csv"_s)).has_value());
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
