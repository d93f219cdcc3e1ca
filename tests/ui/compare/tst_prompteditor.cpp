#include "prompteditor.h"
#include "variablehighlighter.h"

#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

namespace {
Target simulatedTarget()
{
    Target t;
    t.id = QStringLiteral("fast");
    t.provider = QStringLiteral("simulated");
    t.model = QStringLiteral("m");
    return t;
}
} // namespace

class TestPromptEditor final : public QObject
{
    Q_OBJECT
private slots:
    void withoutCasesRunsThePromptOnce();
    void importsPastedAndJsonl_data();
    void importsPastedAndJsonl();
    void reportsImportErrors();
    void highlightsVariables();
};

void TestPromptEditor::withoutCasesRunsThePromptOnce()
{
    PromptEditor editor;
    editor.setPromptTemplate(QStringLiteral("Say hi."));
    Experiment e = editor.experiment();
    e.targets.append(simulatedTarget());
    QCOMPARE(e.cases.size(), 1);
    QCOMPARE(e.cases.first().id, QStringLiteral("prompt"));
    QVERIFY(!e.params.temperature); // "provider default" sends none
    QVERIFY(!e.params.maxTokens);
    QCOMPARE(e.repeats, 1);
    QVERIFY2(e.validate().isEmpty(), qPrintable(e.validate()));
}

void TestPromptEditor::importsPastedAndJsonl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cases");
    QTest::addColumn<QString>("firstTopic");
    QTest::addColumn<int>("assertions");
    QTest::newRow("spreadsheet (tab separated)")
        << QStringLiteral("topic\t__expected\ncaching\tcontains:cache\nrate limits\ticontains:429\n")
        << 2 << QStringLiteral("caching") << 1;
    QTest::newRow("csv") << QStringLiteral("topic\n\"a, b\"\nc\n") << 2 << QStringLiteral("a, b") << 0;
    QTest::newRow("jsonl")
        << QStringLiteral("{\"vars\": {\"topic\": \"streaming\"}, \"assert\": [\"is-json\"]}\n")
        << 1 << QStringLiteral("streaming") << 1;
}

void TestPromptEditor::importsPastedAndJsonl()
{
    QFETCH(QString, text);
    QFETCH(int, cases);
    QFETCH(QString, firstTopic);
    QFETCH(int, assertions);
    PromptEditor editor;
    editor.setPromptTemplate(QStringLiteral("About {{topic}}"));
    QString error;
    QVERIFY2(editor.importText(text, &error), qPrintable(error));
    QCOMPARE(editor.cases().size(), cases);
    QCOMPARE(editor.cases().first().vars.value(QStringLiteral("topic")), firstTopic);
    QCOMPARE(editor.cases().first().assertions.size(), assertions);
    Experiment e = editor.experiment();
    e.targets.append(simulatedTarget());
    QVERIFY2(e.validate().isEmpty(), qPrintable(e.validate()));
    QCOMPARE(e.renderPrompt(0).text, QStringLiteral("About ") + firstTopic);
}

void TestPromptEditor::reportsImportErrors()
{
    PromptEditor editor;
    QString error;
    QVERIFY(!editor.importText(QStringLiteral("{\"vars\": \n"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(editor.cases().isEmpty());
}

void TestPromptEditor::highlightsVariables()
{
    QTextDocument doc(QStringLiteral("Tell {{ who }} about {{topic"));
    VariableHighlighter highlighter(&doc);
    highlighter.rehighlight();
    const QList<QTextLayout::FormatRange> formats = doc.firstBlock().layout()->formats();
    QCOMPARE(formats.size(), 2);
    QCOMPARE(formats.at(0).start, 5);
    QCOMPARE(formats.at(0).length, 9); // "{{ who }}"
    QVERIFY(formats.at(0).format.fontWeight() > QFont::Normal);
    QCOMPARE(formats.at(1).start, 21); // unterminated "{{topic"
    QCOMPARE(formats.at(1).format.underlineStyle(), QTextCharFormat::WaveUnderline);
}

QTEST_MAIN(TestPromptEditor)
#include "tst_prompteditor.moc"
