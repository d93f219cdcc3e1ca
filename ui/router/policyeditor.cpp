#include "policyeditor.h"

#include "policydocument.h"

#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr int kSliderSteps = 100;
}

PolicyEditor::PolicyEditor(PolicyDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(buildGroup(
        tr("Thresholds"), {PolicyField::StandardThreshold, PolicyField::HeavyThreshold},
        tr("A score at or above the standard threshold routes to the standard class, at or "
           "above the heavy threshold to the heavy class.")));
    layout->addWidget(buildGroup(
        tr("Factor weights"),
        QList<PolicyField>(PolicyFields::weights.cbegin(), PolicyFields::weights.cend()),
        tr("The score is the weighted mean of the factors: the percentage is each weight's "
           "share of the sum.")));
    layout->addStretch(1);
    connect(m_document, &PolicyDocument::changed, this, &PolicyEditor::refresh);
    connect(m_document, &PolicyDocument::pathChanged, this, &PolicyEditor::refresh);
    connect(m_document, &PolicyDocument::modifiedChanged, this, &PolicyEditor::refresh);
    refresh();
}

QWidget *PolicyEditor::buildGroup(const QString &title, const QList<PolicyField> &fields,
                                  const QString &help)
{
    auto *box = new QGroupBox(title, this);
    box->setToolTip(help);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(0, 1);
    grid->setVerticalSpacing(2);
    for (int i = 0; i < fields.size(); ++i)
        addRow(grid, i, fields.at(i));
    return box;
}

void PolicyEditor::addRow(QGridLayout *grid, int row, PolicyField field)
{
    Row r;
    auto *label = new QLabel(PolicyFields::label(field), this);
    r.slider = new QSlider(Qt::Horizontal, this);
    r.slider->setRange(0, kSliderSteps);
    r.slider->setMinimumWidth(60);
    r.spin = new QDoubleSpinBox(this);
    r.spin->setKeyboardTracking(false); // one undo step per committed value, not per keystroke
    r.spin->setRange(0, 1);
    const bool threshold = PolicyFields::isThreshold(field);
    r.spin->setDecimals(threshold ? 4 : 2);
    r.spin->setSingleStep(0.01);
    r.spin->setAccessibleName(PolicyFields::label(field));
    r.slider->setAccessibleName(PolicyFields::label(field));
    label->setBuddy(r.spin);
    // Label above its slider: keeps the panel narrow enough for a 1024-pixel window.
    grid->addWidget(label, 2 * row, 0, 1, 3);
    grid->addWidget(r.slider, 2 * row + 1, 0);
    grid->addWidget(r.spin, 2 * row + 1, 1);
    if (!threshold) {
        r.share = new QLabel(this);
        r.share->setMinimumWidth(r.share->fontMetrics().horizontalAdvance(QStringLiteral("100%")));
        r.share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(r.share, 2 * row + 1, 2);
    }
    connect(r.slider, &QSlider::sliderPressed, this, [this] { m_gesture = m_document->beginGesture(); });
    connect(r.slider, &QSlider::sliderReleased, this, [this] { m_gesture = 0; });
    connect(r.slider, &QSlider::valueChanged, this,
            [this, field](int v) { edit(field, double(v) / kSliderSteps, true); });
    connect(r.spin, &QDoubleSpinBox::valueChanged, this,
            [this, field](double v) { edit(field, v, false); });
    m_rows.insert(field, r);
}

void PolicyEditor::edit(PolicyField field, double value, bool fromSlider)
{
    const int gesture = fromSlider && m_rows.value(field).slider->isSliderDown() ? m_gesture : 0;
    if (!m_document->setValue(field, value, gesture))
        refresh(); // refused (thresholds out of order): show the document's value again
}

void PolicyEditor::refresh()
{
    const RouterPolicy &p = m_document->policy();
    const QString file = m_document->path().isEmpty() ? tr("built-in")
                                                      : QFileInfo(m_document->path()).fileName();
    m_title->setText(tr("<b>Policy:</b> %1 (%2)%3")
                         .arg(p.name.toHtmlEscaped(), file.toHtmlEscaped(),
                              m_document->isModified() ? tr(" — modified") : QString()));
    double sum = 0;
    for (PolicyField f : PolicyFields::weights)
        sum += PolicyFields::value(p, f);
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const double v = PolicyFields::value(p, it.key());
        const Row &r = it.value();
        const QSignalBlocker blockSpin(r.spin);
        const QSignalBlocker blockSlider(r.slider);
        if (it.key() == PolicyField::StandardThreshold)
            r.spin->setMaximum(p.thresholds.heavy);
        if (it.key() == PolicyField::HeavyThreshold)
            r.spin->setMinimum(p.thresholds.standard);
        r.spin->setValue(v);
        if (!r.slider->isSliderDown())
            r.slider->setValue(int(std::lround(v * kSliderSteps)));
        if (r.share)
            r.share->setText(sum > 0 ? QStringLiteral("%1%").arg(std::lround(100 * v / sum))
                                     : QStringLiteral("–"));
    }
}
