#include "capabilitychips.h"
#include "playgroundinputs.h"
#include "playgroundview.h"
#include "policydocument.h"
#include "policyeditor.h"
#include "routerpage.h"
#include "scoregauge.h"

#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QPlainTextEdit>
#include <QSlider>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
// With code_review and 1,000 context tokens this scores between the default thresholds
// (0.3 <= score < 0.7) with the seed weights.
const QString kMidMessage = u"How should I configure connection pooling for PostgreSQL in a Python "
                            "web service that handles about two hundred concurrent requests? Which "
                            "settings matter most, and how do I monitor them in production?"_s;
} // namespace

class TestPolicyEditor final : public QObject
{
    Q_OBJECT
private slots:
    void thresholdEditChangesScoreClassAndUndoRestoresIt();
    void weightEditChangesScoreImmediately();
    void sliderDragIsOneUndoStep();
    void thresholdsStayInOrder();
    void calibrationStyleEditIsOneStep();
};

void TestPolicyEditor::thresholdEditChangesScoreClassAndUndoRestoresIt()
{
    RouterPage page(RouterContext{});
    PlaygroundView *view = page.playground();
    view->inputs()->messageEdit()->setPlainText(kMidMessage);
    view->inputs()->capabilityChips()->setCapabilities({u"code_review"_s});
    view->inputs()->contextTokensBox()->setValue(1000);
    view->rescore();
    const RoutingDecision before = view->decision();
    QCOMPARE(before.routeClass, RouteClass::Standard);
    QCOMPARE(before.tier, u"standard"_s);

    // Lower the heavy threshold under the score through the spin box, as a user would.
    QDoubleSpinBox *heavy = page.policyEditor()->spinBox(PolicyField::HeavyThreshold);
    const double newHeavy = std::floor(before.complexity.score * 100) / 100 - 0.01;
    heavy->setValue(newHeavy);
    QCOMPARE(page.policy()->policy().thresholds.heavy, newHeavy);
    QCOMPARE(view->decision().routeClass, RouteClass::Heavy);
    QCOMPARE(view->decision().tier, u"reasoning"_s);
    QCOMPARE(view->gauge()->thresholds().heavy, newHeavy);
    QVERIFY(page.policy()->isModified());

    page.undoAction()->trigger();
    QCOMPARE(page.policy()->policy().thresholds.heavy, 0.7);
    QCOMPARE(view->decision().routeClass, before.routeClass);
    QCOMPARE(view->decision().tier, before.tier);
    QCOMPARE(view->decision().complexity.score, before.complexity.score);
    QCOMPARE(view->decision().reason, before.reason);
    QCOMPARE(heavy->value(), 0.7); // the editor follows the undo
    QVERIFY(!page.policy()->isModified());

    page.redoAction()->trigger();
    QCOMPARE(view->decision().routeClass, RouteClass::Heavy);
}

void TestPolicyEditor::weightEditChangesScoreImmediately()
{
    RouterPage page(RouterContext{});
    PlaygroundView *view = page.playground();
    view->inputs()->messageEdit()->setPlainText(kMidMessage);
    view->rescore();
    const double before = view->decision().complexity.score;
    // Only the capability factor counts: the score becomes that factor (neutral 0.3).
    for (PolicyField f : PolicyFields::weights) {
        if (f != PolicyField::CapabilityCriticality)
            page.policyEditor()->spinBox(f)->setValue(0);
    }
    QCOMPARE(view->decision().complexity.score, view->decision().complexity.factors.capabilityCriticality);
    QVERIFY(view->decision().complexity.score != before);
    QCOMPARE(page.policy()->undoStack()->count(), 4);
    while (page.policy()->undoStack()->canUndo())
        page.policy()->undoStack()->undo();
    QCOMPARE(view->decision().complexity.score, before);
}

void TestPolicyEditor::sliderDragIsOneUndoStep()
{
    PolicyDocument doc;
    PolicyEditor editor(&doc);
    QSlider *slider = editor.slider(PolicyField::KeywordSignals);
    slider->setSliderDown(true); // a drag: press, several moves, release
    const int gesture = doc.beginGesture();
    for (double v : {0.25, 0.3, 0.35, 0.4})
        QVERIFY(doc.setValue(PolicyField::KeywordSignals, v, gesture));
    slider->setSliderDown(false);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.policy().weights.keywordSignals, 0.4);
    doc.undoStack()->undo();
    QCOMPARE(doc.policy().weights.keywordSignals, 0.2);
    // Two separate edits of the same field without a gesture are two steps.
    QVERIFY(doc.setValue(PolicyField::KeywordSignals, 0.5));
    QVERIFY(doc.setValue(PolicyField::KeywordSignals, 0.6));
    QCOMPARE(doc.undoStack()->count(), 2);
}

void TestPolicyEditor::thresholdsStayInOrder()
{
    PolicyDocument doc;
    QVERIFY(!doc.setValue(PolicyField::StandardThreshold, 0.8)); // above heavy 0.7
    QVERIFY(!doc.setValue(PolicyField::HeavyThreshold, 1.5));
    QVERIFY(!doc.setValue(PolicyField::MessageComplexity, -0.1));
    QCOMPARE(doc.undoStack()->count(), 0);
    PolicyEditor editor(&doc);
    QCOMPARE(editor.spinBox(PolicyField::StandardThreshold)->maximum(), 0.7);
    QCOMPARE(editor.spinBox(PolicyField::HeavyThreshold)->minimum(), 0.3);
}

void TestPolicyEditor::calibrationStyleEditIsOneStep()
{
    PolicyDocument doc;
    QSignalSpy changed(&doc, &PolicyDocument::changed);
    QVERIFY(doc.setThresholds({0.25, 0.55}, u"Apply calibration"_s));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->undoText(), u"Apply calibration"_s);
    QVERIFY(!doc.setThresholds({0.6, 0.5}, u"bad"_s));
    doc.undoStack()->undo();
    QCOMPARE(doc.policy().thresholds.standard, 0.3);
    QCOMPARE(doc.policy().thresholds.heavy, 0.7);
    QCOMPARE(changed.count(), 2);
}

QTEST_MAIN(TestPolicyEditor)
#include "tst_policyeditor.moc"
