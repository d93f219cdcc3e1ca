#include "decisioncard.h"

#include "routerformat.h"

#include <QGridLayout>
#include <QLabel>

DecisionCard::DecisionCard(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Routing decision"));
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    m_class = addRow(grid, 0, tr("Class"));
    m_rule = new QLabel(this);
    grid->addWidget(new QLabel(tr("Rule"), this), 0, 2);
    grid->addWidget(m_rule, 0, 3);
    m_tier = addRow(grid, 1, tr("Tier"));
    m_provider = new QLabel(this);
    grid->addWidget(new QLabel(tr("Provider"), this), 1, 2);
    grid->addWidget(m_provider, 1, 3);
    m_model = new QLabel(this);
    grid->addWidget(new QLabel(tr("Model"), this), 2, 0);
    grid->addWidget(m_model, 2, 1, 1, 3);
    m_cause = new QLabel(this);
    grid->addWidget(new QLabel(tr("Cause"), this), 3, 0, Qt::AlignTop);
    grid->addWidget(m_cause, 3, 1, 1, 3);
    m_signals = new QLabel(this);
    grid->addWidget(new QLabel(tr("Signals"), this), 4, 0, Qt::AlignTop);
    grid->addWidget(m_signals, 4, 1, 1, 3);
    m_reason = new QLabel(this);
    grid->addWidget(new QLabel(tr("Why"), this), 5, 0, Qt::AlignTop);
    grid->addWidget(m_reason, 5, 1, 1, 3);
    m_signals->setWordWrap(true);
    m_signals->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (QLabel *l : {m_class, m_rule, m_tier, m_provider, m_model, m_cause, m_signals, m_reason}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setTextFormat(Qt::PlainText);
    }
    // Reasons, the cause, the rule and the provider wrap (translated, or at 1024 px, they are
    // longer than the card is wide); a model id (one long word) spans the card and keeps its
    // full text in the tooltip, instead of widening the card.
    for (QLabel *l : {m_cause, m_reason, m_rule, m_provider}) {
        l->setWordWrap(true);
        l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_model->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = font();
    bold.setBold(true);
    m_class->setFont(bold);
    m_tier->setFont(bold);
    m_reason->setMinimumHeight(2 * fontMetrics().height());
    m_reason->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

QLabel *DecisionCard::addRow(QGridLayout *grid, int row, const QString &label)
{
    auto *value = new QLabel(this);
    grid->addWidget(new QLabel(label, this), row, 0);
    grid->addWidget(value, row, 1, Qt::AlignLeft);
    return value;
}

QString DecisionCard::causeLabel(const QString &cause)
{
    if (cause == u"no_signal_default")
        return tr("no signal either way: the policy's default tier");
    if (cause == u"no_triviality_evidence")
        return tr("light score without evidence of triviality: the default tier");
    if (cause == u"trivial")
        return tr("evidence of triviality: light");
    if (cause == u"score")
        return tr("the score and the thresholds");
    if (cause == u"task_type_override")
        return tr("task-type override");
    if (cause == u"agent_preference")
        return tr("agent preference");
    return cause;
}

QString DecisionCard::signalsText(const ComplexityEvidence &e)
{
    QStringList parts{tr("domain depth %1").arg(e.domainDepth, 0, 'f', 2),
                      tr("numbers and maths %1").arg(e.quantitative, 0, 'f', 2),
                      tr("plain words %1").arg(e.plainWords, 0, 'f', 2)};
    if (e.deliverables)
        parts.append(tr("%n deliverable(s)", nullptr, e.deliverables));
    if (e.constraints)
        parts.append(tr("%n constraint(s)", nullptr, e.constraints));
    if (e.multiHop)
        parts.append(tr("%n multi-hop marker(s)", nullptr, e.multiHop));
    if (e.trivial)
        parts.append(tr("trivial"));
    if (e.noSignal)
        parts.append(tr("no signal"));
    return parts.join(QStringLiteral(" · "));
}

void DecisionCard::setDecision(const RoutingDecision &d)
{
    m_decision = d;
    const QString cls = RouterFormat::className(d.routeClass);
    m_class->setText(cls);
    m_class->setStyleSheet(QStringLiteral("QLabel { background: %1; color: black; padding: 1px 6px; border-radius: 3px; }")
                               .arg(RouterFormat::classColor(d.routeClass).name()));
    m_rule->setText(RouterFormat::ruleLabel(d.rule));
    m_rule->setToolTip(RoutingDecision::ruleName(d.rule));
    m_cause->setText(causeLabel(d.cause));
    m_cause->setToolTip(QStringLiteral("cause: ") + d.cause);
    m_signals->setText(signalsText(d.complexity.evidence));
    if (d.ok()) {
        m_tier->setText(d.tier);
        m_provider->setText(d.provider);
        m_model->setText(d.model);
        m_reason->setText(d.reason);
    } else {
        m_tier->setText(tr("none"));
        m_provider->setText(QStringLiteral("–"));
        m_model->setText(QStringLiteral("–"));
        m_reason->setText(tr("%1. %2").arg(d.reason, d.error));
    }
    m_model->setToolTip(m_model->text());
}

QString DecisionCard::text() const
{
    QStringList parts;
    for (const QLabel *l : {m_class, m_rule, m_tier, m_provider, m_model, m_cause, m_signals, m_reason})
        parts.append(l->text());
    return parts.join(u'\n');
}
