// Help ▸ Documentation: the README and docs/*.md are bundled (no network, no source tree) and
// split into one entry per section.
#include "documentationdialog.h"

#include <QFile>
#include <QListWidget>
#include <QTest>
#include <QTextBrowser>

class TestDocumentationDialog : public QObject
{
    Q_OBJECT

private slots:
    void splitsAtHeadingsOutsideCodeFences();
    void readmeIsBundledAndBrowsable();
};

void TestDocumentationDialog::splitsAtHeadingsOutsideCodeFences()
{
    const QString md = QStringLiteral("intro line\n# Title\ntext\n## Part one\n```\n# not a heading\n```\n"
                                      "### Detail ###\nmore\n");
    const QList<DocumentationDialog::Section> s = DocumentationDialog::splitSections(md, QStringLiteral("Doc"));
    QCOMPARE(s.size(), 4);
    QCOMPARE(s.at(0).title, QStringLiteral("Doc"));
    QCOMPARE(s.at(0).markdown, QStringLiteral("intro line\n"));
    QCOMPARE(s.at(1).title, QStringLiteral("Title"));
    QCOMPARE(s.at(1).level, 1);
    QCOMPARE(s.at(2).title, QStringLiteral("Part one"));
    QCOMPARE(s.at(2).level, 2);
    QVERIFY(s.at(2).markdown.contains(u"# not a heading")); // inside the fence: kept as text
    QCOMPARE(s.at(3).title, QStringLiteral("Detail"));
    QCOMPARE(s.at(3).level, 3);
}

void TestDocumentationDialog::readmeIsBundledAndBrowsable()
{
    QVERIFY(QFile::exists(QStringLiteral(":/docs/README.md")));
    QFile source(QStringLiteral(TIERBENCH_SOURCE_DIR "/README.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile bundled(QStringLiteral(":/docs/README.md"));
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QCOMPARE(bundled.readAll(), source.readAll()); // the build bundles the README as it is

    DocumentationDialog dialog;
    QVERIFY(dialog.sections().size() > 10);
    QCOMPARE(dialog.sectionList()->count(), dialog.sections().size());
    QCOMPARE(dialog.sections().constFirst().title, QStringLiteral("TierBench"));
    QVERIFY(dialog.showSection(QStringLiteral("The Router mode")));
    QVERIFY(dialog.browser()->toPlainText().contains(u"why a request goes to a tier"));
    QVERIFY(dialog.showSection(QStringLiteral("The store")));
    QVERIFY(!dialog.browser()->toPlainText().contains(u"why a request goes to a tier"));
    QVERIFY(!dialog.showSection(QStringLiteral("no such section")));
}

QTEST_MAIN(TestDocumentationDialog)
#include "tst_documentationdialog.moc"
