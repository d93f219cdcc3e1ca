// The policy file: open, edit, review the diff, save atomically; the saved file routes in
// `tierctl route --policy` exactly as the playground shows.
#include "../fakeprompter.h"
#include "capabilitychips.h"
#include "playgroundinputs.h"
#include "playgroundview.h"
#include "policydocument.h"
#include "policyeditor.h"
#include "policyfileactions.h"
#include "routerpage.h"
#include "routing/routejson.h"
#include "routing/routerpolicycodec.h"
#include "tierctlrun.h"

#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(TIERBENCH_SOURCE_DIR "/tests/fixtures/policy");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestPolicyFiles final : public QObject
{
    Q_OBJECT

private:
    FakePrompter m_prompter;
    QTemporaryDir m_dir;

    RouterContext context()
    {
        RouterContext c;
        c.prompter = &m_prompter;
        return c;
    }

private slots:
    void init() { m_prompter = FakePrompter(); }

    void opensAPolicyAndRoutesWithIt()
    {
        RouterContext c = context();
        c.policyPath = kFixtures + u"/ok-partial/input.yaml"_s; // heavy 0.6, the rest seed
        RouterPage page(c);
        QCOMPARE(page.policy()->policy().thresholds.heavy, 0.6);
        QCOMPARE(page.router().thresholds().heavy, 0.6);
        QCOMPARE(page.policyEditor()->spinBox(PolicyField::HeavyThreshold)->value(), 0.6);
        QVERIFY(!page.policy()->isModified());
        QCOMPARE(page.policy()->path(), c.policyPath);
    }

    void badPolicyShowsItsErrorsAndKeepsTheDocument()
    {
        RouterPage page(context());
        QVERIFY(page.policy()->setValue(PolicyField::HeavyThreshold, 0.65));
        QVERIFY(!page.policyFiles()->open(kFixtures + u"/bad-weight-negative/input.yaml"_s));
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY2(QRegularExpression(u"\\d+:\\d+: "_s).match(m_prompter.errors.constFirst()).hasMatch(),
                 qPrintable(m_prompter.errors.constFirst()));
        QCOMPARE(page.policy()->policy().thresholds.heavy, 0.65); // unchanged, undo history kept
        QCOMPARE(page.policy()->undoStack()->count(), 1);
    }

    void saveReviewsTheDiffAndWritesAtomically()
    {
        const QString path = m_dir.filePath(u"router-policy.yaml"_s);
        RouterPage page(context());
        // A new file: nothing to diff against.
        m_prompter.saveName = path;
        QVERIFY(page.policyFiles()->saveAs());
        QVERIFY(m_prompter.diffs.isEmpty());
        QCOMPARE(page.policy()->path(), path);
        const QByteArray first = readFile(path);
        QCOMPARE(RouterPolicyCodec::parse(first).policy, page.policy()->policy());

        // An edit, then Save: the review sees the new text; cancelling writes nothing.
        page.policyEditor()->spinBox(PolicyField::KeywordSignals)->setValue(0.35);
        QVERIFY(page.policy()->isModified());
        m_prompter.diffAnswer = false;
        QVERIFY(!page.policyFiles()->save());
        QCOMPARE(m_prompter.diffs.size(), 1);
        QVERIFY(m_prompter.diffs.constFirst().contains(u"keywordSignals: 0.35"_s));
        QCOMPARE(readFile(path), first);
        QVERIFY(page.policy()->isModified());

        m_prompter.diffAnswer = true;
        QVERIFY(page.policyFiles()->save());
        QVERIFY(!page.policy()->isModified());
        const RouterPolicyLoad saved = RouterPolicyCodec::load(path);
        QVERIFY(saved.policy);
        QCOMPARE(saved.policy->weights.keywordSignals, 0.35);
        QCOMPARE(page.policy()->savedPolicy(), *saved.policy);
        // Undo after a save makes the document modified again.
        page.undoAction()->trigger();
        QVERIFY(page.policy()->isModified());
    }

    void savedPolicyRoutesLikeTierctl()
    {
        RouterPage page(context());
        PlaygroundInputs *in = page.playground()->inputs();
        const QString message = u"How should I configure connection pooling for PostgreSQL in a "
                                "Python web service with two hundred concurrent requests?"_s;
        in->messageEdit()->setPlainText(message);
        in->capabilityChips()->setCapabilities({u"code_review"_s});
        in->contextTokensBox()->setValue(1000);
        page.policyEditor()->spinBox(PolicyField::HeavyThreshold)->setValue(0.35);
        page.policyEditor()->spinBox(PolicyField::MessageComplexity)->setValue(0.5);
        page.policyEditor()->spinBox(PolicyField::StandardThreshold)->setValue(0.2);
        page.playground()->rescore();
        const QString path = m_dir.filePath(u"edited.yaml"_s);
        QVERIFY(page.policyFiles()->saveTo(path));

        const TierctlRun r = runTierctl({u"route"_s, u"--json"_s, u"--policy"_s, path, u"--capability"_s,
                                         u"code_review"_s, u"--context-tokens"_s, u"1000"_s, message});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(RouteJson::decisionToJson(page.playground()->decision()), r.out.trimmed());
        QCOMPARE(page.playground()->decision().routeClass, RouteClass::Heavy); // the edits mattered
    }

    void builtInPolicyAsksBeforeDiscarding()
    {
        RouterPage page(context());
        QVERIFY(page.policy()->setValue(PolicyField::HeavyThreshold, 0.65));
        m_prompter.confirmAnswer = false;
        page.policyFiles()->resetToDefault();
        QCOMPARE(page.policy()->policy().thresholds.heavy, 0.65);
        m_prompter.confirmAnswer = true;
        page.policyFiles()->resetToDefault();
        QCOMPARE(page.policy()->policy().thresholds.heavy, 0.7);
        QCOMPARE(page.router().thresholds().heavy, 0.7);
        QCOMPARE(m_prompter.confirmations.size(), 2);
    }
};

QTEST_MAIN(TestPolicyFiles)
#include "tst_policyfiles.moc"
