#include "sendpanel.h"

#include "routerformat.h"

#include "calls/routedcallservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QString hopText(const FallbackHop &h)
{
    const QString target = QStringLiteral("%1 · %2 / %3").arg(h.tier, h.provider, h.model);
    if (h.skipped)
        return SendPanel::tr("skipped %1: %2").arg(target, h.message);
    return SendPanel::tr("failed %1 (%2): %3")
        .arg(target, h.errorClass ? errorClassName(*h.errorClass) : SendPanel::tr("error"), h.message);
}

QString limitText(std::int64_t used, const std::optional<std::int64_t> &limit)
{
    if (!limit)
        return SendPanel::tr("%1 tokens used, no limit").arg(RouterFormat::count(used));
    return SendPanel::tr("%1 of %2 tokens left")
        .arg(RouterFormat::count(std::max<std::int64_t>(0, *limit - used)), RouterFormat::count(*limit));
}

QString dollarText(const Decimal &used, const std::optional<Decimal> &limit)
{
    if (!limit)
        return SendPanel::tr("%1 spent, no limit").arg(Cost::format(used));
    const Decimal left = *limit - used;
    return SendPanel::tr("%1 of %2 left").arg(Cost::format(left.isNegative() ? Decimal() : left),
                                              Cost::format(*limit));
}

} // namespace

SendPanel::SendPanel(RoutedCallService *service, Prepare prepare, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_prepare(std::move(prepare))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_badge(new QLabel(tr("simulated"), this))
    , m_status(new QLabel(this))
    , m_answer(new QPlainTextEdit(this))
    , m_hops(new QLabel(this))
    , m_budget(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_send);
    row->addWidget(m_cancel);
    row->addStretch(1);
    // Honest simulation: a visible badge whenever the simulated provider answers.
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: #f0a030; color: black; border-radius: 3px; padding: 1px 5px; font-weight: bold; }"));
    m_badge->setToolTip(tr("No API key is set for this config's providers: the demo's simulated "
                           "provider answers, and no model is called. Set a key in Models ▸ Providers."));
    updateBadge();
    row->addWidget(m_badge);
    layout->addLayout(row);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_answer->setReadOnly(true);
    m_answer->setPlaceholderText(tr("The answer streams here."));
    m_answer->setAccessibleName(tr("Answer"));
    m_answer->setMinimumHeight(4 * fontMetrics().height());
    layout->addWidget(m_answer, 1);
    for (QLabel *l : {m_hops, m_budget}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(l);
    }
    m_answer->hide();
    m_hops->hide();
    m_budget->hide();
    m_cancel->hide();

    m_send->setDefault(false);
    m_send->setToolTip(tr("Send the message through the router (Ctrl+Enter): the tier above "
                          "answers, with fallback on errors, billed to the tenant's budget."));
    if (!m_service) {
        m_send->setEnabled(false);
        m_send->setToolTip(tr("Sending needs the RoutedCall service, which this window was "
                              "started without (the preview harness). Run tierbench to send."));
    }
    connect(m_send, &QPushButton::clicked, this, &SendPanel::send);
    connect(m_cancel, &QPushButton::clicked, this, &SendPanel::cancel);
}

bool SendPanel::send()
{
    if (!m_service || isRunning())
        return false;
    const RoutedCallRequest request = m_prepare();
    m_tenant = request.tenant;
    m_hopLines.clear();
    m_answer->clear();
    if (m_answer->isHidden()) {
        m_answer->show();
        emit answerShown();
    }
    m_hops->hide();
    updateBadge();
    m_status->setText(tr("Routing…"));
    RoutedCall *call = m_service->call(request, this);
    m_call = call;
    connect(call, &RoutedCall::textDelta, m_answer, [this](const QString &delta) {
        m_answer->moveCursor(QTextCursor::End);
        m_answer->insertPlainText(delta);
    });
    connect(call, &RoutedCall::attemptStarted, this,
            [this](const QString &tier, const QString &provider, const QString &model) {
        m_answer->clear(); // text of a failed attempt belongs to that attempt
        m_status->setText(tr("Calling %1 · %2 / %3…").arg(tier, provider, model));
    });
    connect(call, &RoutedCall::hop, this, &SendPanel::onHop);
    connect(call, &RoutedCall::finished, this, &SendPanel::onFinished);
    setRunning(true);
    call->start();
    return true;
}

void SendPanel::updateBadge()
{
    m_badge->setVisible(m_service && m_service->isSimulated());
}

void SendPanel::showEvent(QShowEvent *event)
{
    updateBadge();
    QWidget::showEvent(event);
}

void SendPanel::cancel()
{
    if (m_call)
        m_call->cancel();
}

void SendPanel::setRunning(bool running)
{
    m_cancel->setVisible(running);
    m_send->setEnabled(!running && m_service);
}

void SendPanel::onHop(const FallbackHop &hop)
{
    m_hopLines.append(hopText(hop));
    m_hops->setText(tr("Fallback hops:\n") + m_hopLines.join(u'\n'));
    m_hops->show();
}

void SendPanel::onFinished(const RoutedCallResult &result)
{
    if (m_call)
        m_call->deleteLater();
    m_call.clear();
    setRunning(false);
    if (result.ok()) {
        const CompletionResult &c = result.completion;
        m_status->setText(tr("Answered by %1 · %2 / %3 · %4")
                              .arg(result.tier, result.provider, result.model, Cost::format(c.cost)));
    } else {
        m_status->setText(tr("Not answered: %1").arg(result.error));
    }
    if (result.hops.isEmpty()) {
        m_hops->setText(tr("No fallback hops."));
    } else {
        m_hopLines.clear();
        for (const FallbackHop &h : result.hops)
            m_hopLines.append(hopText(h));
        m_hops->setText(tr("Fallback hops:\n") + m_hopLines.join(u'\n'));
    }
    m_hops->show();
    QStringList alerts;
    for (const BudgetAlert &a : result.alerts)
        alerts.append(tr("Budget alert: %1% of the %2 budget used").arg(a.thresholdPercent)
                          .arg(a.period == BudgetPeriod::Day ? tr("daily") : tr("monthly")));
    showBudget(m_tenant);
    if (!alerts.isEmpty())
        m_budget->setText(m_budget->text() + u'\n' + alerts.join(u'\n'));
    if (!result.storeError.isEmpty())
        m_budget->setText(m_budget->text() + u'\n' + tr("The call was not recorded: %1").arg(result.storeError));
    emit finished(result);
}

void SendPanel::showBudget(const QString &tenant)
{
    const BudgetManager &b = m_service->budget();
    const BudgetLimits limits = b.limitsFor(tenant);
    const PeriodUsage day = b.usage(tenant, BudgetPeriod::Day);
    const PeriodUsage month = b.usage(tenant, BudgetPeriod::Month);
    QString text = tr("Budget left for tenant %1 — today: %2").arg(tenant, limitText(day.tokens, limits.dailyTokens));
    if (limits.dailyDollars)
        text += QStringLiteral(", ") + dollarText(day.dollars, limits.dailyDollars);
    text += tr("; this month: %1").arg(limitText(month.tokens, limits.monthlyTokens));
    if (limits.monthlyDollars)
        text += QStringLiteral(", ") + dollarText(month.dollars, limits.monthlyDollars);
    text += tr(" (UTC periods)");
    m_budget->setText(text);
    m_budget->show();
}
