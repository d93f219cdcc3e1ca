#include "experiments/prompttemplate.h"

#include <QTest>

using Vars = QMap<QString, QString>;

class TestPromptTemplate : public QObject
{
    Q_OBJECT
private slots:
    void render_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Vars>("vars");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("missing");
        const Vars v{{QStringLiteral("city"), QStringLiteral("Paris")},
                     {QStringLiteral("n"), QStringLiteral("3")},
                     {QStringLiteral("empty"), QString()}};
        QTest::newRow("plain") << QStringLiteral("no vars") << v << QStringLiteral("no vars") << QStringList();
        QTest::newRow("one") << QStringLiteral("Capital {{city}}?") << v << QStringLiteral("Capital Paris?") << QStringList();
        QTest::newRow("spaces") << QStringLiteral("{{ city }}/{{n}}") << v << QStringLiteral("Paris/3") << QStringList();
        QTest::newRow("repeat") << QStringLiteral("{{n}}{{n}}") << v << QStringLiteral("33") << QStringList();
        QTest::newRow("explicit empty value") << QStringLiteral("[{{empty}}]") << v << QStringLiteral("[]") << QStringList();
        QTest::newRow("single braces kept") << QStringLiteral("{city} {{city}}") << v << QStringLiteral("{city} Paris") << QStringList();
        QTest::newRow("json braces") << QStringLiteral("{\"a\": {{n}}}") << v << QStringLiteral("{\"a\": 3}") << QStringList();
        QTest::newRow("missing") << QStringLiteral("{{city}} {{country}} {{lang}} {{country}}") << v << QString()
                                 << QStringList{QStringLiteral("country"), QStringLiteral("lang")};
        QTest::newRow("value with braces not re-expanded")
            << QStringLiteral("{{x}}") << Vars{{QStringLiteral("x"), QStringLiteral("{{city}}")}}
            << QStringLiteral("{{city}}") << QStringList();
    }
    void render()
    {
        QFETCH(QString, text);
        QFETCH(Vars, vars);
        QFETCH(QString, expected);
        QFETCH(QStringList, missing);
        const PromptTemplate::Rendered r = PromptTemplate(text).render(vars);
        QCOMPARE(r.missing, missing);
        QCOMPARE(r.ok(), missing.isEmpty());
        QCOMPARE(r.text, expected);
        if (!missing.isEmpty())
            for (const QString &m : missing)
                QVERIFY2(r.error.contains(m), qPrintable(r.error));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("unterminated") << QStringLiteral("Hello {{name");
        QTest::newRow("empty placeholder") << QStringLiteral("Hello {{  }}");
    }
    void malformed()
    {
        QFETCH(QString, text);
        const auto r = PromptTemplate(text).render({{QStringLiteral("name"), QStringLiteral("x")}});
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
    }

    void variables()
    {
        const PromptTemplate t(QStringLiteral("{{b}} {{ a }} {{b}} {{c}}"));
        QCOMPARE(t.variables(), (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    }
};

QTEST_GUILESS_MAIN(TestPromptTemplate)
#include "tst_prompttemplate.moc"
