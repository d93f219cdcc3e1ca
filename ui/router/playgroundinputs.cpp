#include "playgroundinputs.h"

#include "capabilitychips.h"
#include "routerformat.h"
#include "signalhighlighter.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QSpinBox *countBox(QWidget *parent, int maximum, const QString &tip)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setGroupSeparatorShown(true);
    box->setToolTip(tip);
    box->setAccessibleName(tip);
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("000,000")) + 30);
    return box;
}

QComboBox *editableCombo(QWidget *parent, const QString &placeholder, const QString &tip)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->lineEdit()->setPlaceholderText(placeholder);
    box->lineEdit()->setClearButtonEnabled(true);
    box->setToolTip(tip);
    box->setAccessibleName(tip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(6);
    return box;
}

} // namespace

PlaygroundInputs::PlaygroundInputs(QWidget *parent)
    : QWidget(parent)
    , m_message(new QPlainTextEdit(this))
    , m_highlighter(new SignalHighlighter(m_message->document()))
    , m_context(countBox(this, 100'000'000, tr("Context tokens the request carries (RAG, attachments)")))
    , m_history(countBox(this, 100'000, tr("Earlier turns of the conversation")))
    , m_taskType(editableCombo(this, tr("none"), tr("Task type; some force a class (task-type override)")))
    , m_preferred(editableCombo(this, tr("none"), tr("The agent's preference: a tier or light/standard/heavy; it wins over the score")))
    , m_output(countBox(this, 10'000'000, tr("Expected completion tokens, for the cost estimates")))
    , m_tenant(new QLineEdit(QStringLiteral("default"), this))
    , m_capabilities(new CapabilityChips(this))
{
    m_message->setPlaceholderText(tr("Type or paste a request: the score, the factors and the "
                                     "decision follow as you type."));
    m_message->setAccessibleName(tr("Message"));
    m_message->viewport()->installEventFilter(this);
    m_output->setValue(512);
    m_tenant->setToolTip(tr("The tenant whose budget a sent call uses"));
    m_tenant->setAccessibleName(m_tenant->toolTip());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *messageLabel = new QLabel(tr("&Message"), this);
    messageLabel->setBuddy(m_message);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message, 1);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    const auto addPair = [this, grid](int row, int col, const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        grid->addWidget(label, row, col * 2);
        grid->addWidget(field, row, col * 2 + 1);
    };
    addPair(0, 0, tr("Conte&xt tokens"), m_context);
    addPair(0, 1, tr("&History turns"), m_history);
    addPair(1, 0, tr("&Task type"), m_taskType);
    addPair(1, 1, tr("&Prefers"), m_preferred);
    addPair(2, 0, tr("&Output tokens"), m_output);
    addPair(2, 1, tr("Te&nant"), m_tenant);
    auto *capLabel = new QLabel(tr("&Capabilities"), this);
    capLabel->setBuddy(m_capabilities->editor());
    grid->addWidget(capLabel, 3, 0, Qt::AlignTop);
    grid->addWidget(m_capabilities, 3, 1, 1, 3);
    layout->addLayout(grid);

    connect(m_message, &QPlainTextEdit::textChanged, this, &PlaygroundInputs::changed);
    for (QSpinBox *box : {m_context, m_history, m_output})
        connect(box, &QSpinBox::valueChanged, this, &PlaygroundInputs::changed);
    for (QComboBox *box : {m_taskType, m_preferred})
        connect(box, &QComboBox::editTextChanged, this, &PlaygroundInputs::changed);
    connect(m_tenant, &QLineEdit::textChanged, this, &PlaygroundInputs::changed);
    connect(m_capabilities, &CapabilityChips::changed, this, &PlaygroundInputs::changed);
}

RouteRequest PlaygroundInputs::request() const
{
    RouteRequest r;
    r.message = m_message->toPlainText();
    r.taskType = m_taskType->currentText().trimmed();
    r.preferredTier = m_preferred->currentText().trimmed();
    r.hints.contextTokens = m_context->value();
    r.hints.historyTurns = m_history->value();
    r.hints.capabilities = m_capabilities->capabilities();
    r.expectedOutputTokens = m_output->value();
    return r;
}

QString PlaygroundInputs::tenant() const
{
    const QString t = m_tenant->text().trimmed();
    return t.isEmpty() ? QStringLiteral("default") : t;
}

void PlaygroundInputs::setRequest(const RouteRequest &r, const QString &tenant)
{
    {
        const QSignalBlocker b1(m_message), b2(m_taskType), b3(m_preferred), b4(m_context),
            b5(m_history), b6(m_output), b7(m_tenant), b8(m_capabilities);
        m_message->setPlainText(r.message);
        m_taskType->setEditText(r.taskType);
        m_preferred->setEditText(r.preferredTier);
        m_context->setValue(int(std::clamp<std::int64_t>(r.hints.contextTokens, 0, m_context->maximum())));
        m_history->setValue(std::clamp(r.hints.historyTurns, 0, m_history->maximum()));
        m_output->setValue(int(std::clamp<std::int64_t>(r.expectedOutputTokens.value_or(512), 0, m_output->maximum())));
        m_tenant->setText(tenant.isEmpty() ? QStringLiteral("default") : tenant);
        m_capabilities->setCapabilities(r.hints.capabilities);
    }
    emit changed();
}

void PlaygroundInputs::setComboItems(QComboBox *box, const QStringList &items, const QStringList &tips)
{
    const QString text = box->currentText();
    const QSignalBlocker block(box);
    box->clear();
    for (qsizetype i = 0; i < items.size(); ++i) {
        box->addItem(items.at(i));
        box->setItemData(int(i), tips.value(i), Qt::ToolTipRole);
    }
    box->setEditText(text);
}

void PlaygroundInputs::setTaskOverrides(const QHash<QString, RouteClass> &overrides)
{
    QStringList names = overrides.keys();
    names.sort();
    QStringList tips;
    for (const QString &n : std::as_const(names))
        tips.append(tr("%1 always routes to %2").arg(n, RouterFormat::className(overrides.value(n))));
    setComboItems(m_taskType, names, tips);
}

void PlaygroundInputs::setTiers(const QStringList &tiers)
{
    QStringList items = tiers;
    QStringList tips;
    for (const QString &t : tiers)
        tips.append(tr("config tier %1").arg(t));
    for (RouteClass c : RouteClasses::all) {
        items.append(RouteClasses::name(c));
        tips.append(tr("the tier the %1 class maps to").arg(RouterFormat::className(c)));
    }
    setComboItems(m_preferred, items, tips);
}

void PlaygroundInputs::setKnownCapabilities(const QHash<QString, double> &criticality)
{
    m_capabilities->setKnown(criticality);
}

bool PlaygroundInputs::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_message->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int pos = m_message->cursorForPosition(help->pos()).position();
        const QString tip = m_highlighter->toolTipAt(pos);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_message->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
