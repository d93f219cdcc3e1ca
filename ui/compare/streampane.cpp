#include "streampane.h"

#include "comparecontext.h"
#include "elidedlabel.h"
#include "wrappinglayout.h"
#include "formatting.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {

QLabel *badge(const QString &text, const QString &color, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 3px;"
                                        " padding: 1px 6px; font-weight: 600; }").arg(color));
    return label;
}

} // namespace

StreamPane::StreamPane(const Target &target, QWidget *parent)
    : QFrame(parent)
    , m_target(target)
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(minimumPaneWidth());
    setMinimumHeight(240); // header, model, three lines of figures, decision, caption, some text
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(3);

    auto *header = new QHBoxLayout;
    m_title = new ElidedLabel(target.id, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    header->addWidget(m_title, 1);
    m_simulatedBadge = badge(tr("simulated"), QStringLiteral("#c77700"), this);
    m_simulatedBadge->setToolTip(tr("Answers come from the built-in simulator, not a real model. "
                                    "Add an API key in Settings ▸ Keys to compare real models."));
    m_simulatedBadge->setVisible(isSimulatedProvider(target.provider));
    header->addWidget(m_simulatedBadge);
    m_routerBadge = badge(tr("router"), QStringLiteral("#6a3fb5"), this);
    m_routerBadge->setToolTip(tr("Each prompt is routed by the complexity estimator to a tier."));
    m_routerBadge->setVisible(target.isRouter);
    header->addWidget(m_routerBadge);
    layout->addLayout(header);

    // The model on a line of its own (it is the longest figure); the others flow and wrap,
    // so a narrow pane shows every figure whole instead of clipping it.
    auto *model = new ElidedLabel(this, Qt::ElideMiddle);
    m_figures.insert(Figure::Model, model);
    layout->addWidget(model);
    auto *figures = new WrappingLayout(nullptr, 12, 1);
    auto *state = new QLabel(this);
    state->setTextFormat(Qt::PlainText);
    m_figures.insert(Figure::State, state);
    figures->addWidget(state);
    addFigure(figures, tr("tier"), Figure::Tier);
    addFigure(figures, tr("TTFT"), Figure::Ttft);
    addFigure(figures, tr("speed"), Figure::TokensPerSecond);
    addFigure(figures, tr("in"), Figure::TokensIn);
    addFigure(figures, tr("out"), Figure::TokensOut);
    addFigure(figures, tr("cost"), Figure::Cost);
    addFigure(figures, tr("finish"), Figure::FinishReason);
    layout->addLayout(figures);

    auto *decision = new QLabel(this);
    decision->setWordWrap(true);
    decision->setStyleSheet(QStringLiteral("QLabel { color: #6a3fb5; }"));
    decision->setVisible(false);
    m_figures.insert(Figure::Decision, decision);
    layout->addWidget(decision);

    m_caption = new ElidedLabel(this);
    m_caption->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    layout->addWidget(m_caption);

    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setMinimumHeight(60);
    layout->addWidget(m_text, 1);

    auto *error = new QLabel(this);
    error->setTextFormat(Qt::PlainText); // server text: never rendered as HTML
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    error->setVisible(false);
    m_figures.insert(Figure::Error, error);
    layout->addWidget(error);
    clear();
}

int StreamPane::minimumPaneWidth()
{
    return 220;
}

QList<QLabel *> StreamPane::figureLabels() const
{
    return m_figures.values();
}

QLabel *StreamPane::addFigure(WrappingLayout *flow, const QString &name, Figure figure)
{
    auto *chip = new QWidget(this);
    auto *row = new QHBoxLayout(chip);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto *caption = new QLabel(name, chip);
    caption->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    auto *value = new QLabel(chip);
    value->setTextFormat(Qt::PlainText);
    row->addWidget(caption);
    row->addWidget(value);
    flow->addWidget(chip);
    m_figures.insert(figure, value);
    return value;
}

void StreamPane::setSimulated(bool simulated)
{
    m_simulatedBadge->setVisible(simulated);
}

bool StreamPane::isSimulated() const
{
    return !m_simulatedBadge->isHidden();
}

void StreamPane::clear()
{
    m_text->clear();
    m_pending.clear();
    m_streaming = false;
    m_liveTtftMs.reset();
    m_liveTokens = 0;
    m_caption->clear();
    for (auto it = m_figures.cbegin(); it != m_figures.cend(); ++it) {
        it.value()->setText(QStringLiteral("–"));
        it.value()->setToolTip({});
    }
    m_figures[Figure::Model]->setText(m_target.isRouter ? tr("chosen per prompt") : m_target.model);
    m_figures[Figure::Tier]->setText(m_target.tier.isEmpty() ? QStringLiteral("–") : m_target.tier);
    m_figures[Figure::State]->setText(tr("idle"));
    m_figures[Figure::Error]->setVisible(false);
    m_figures[Figure::Decision]->setVisible(false);
}

void StreamPane::beginCell(const QString &caption, const QString &provider, const QString &model)
{
    clear();
    m_caption->setText(caption);
    if (!model.isEmpty())
        m_figures[Figure::Model]->setText(model);
    if (isSimulatedProvider(provider))
        setSimulated(true);
    m_figures[Figure::State]->setText(tr("waiting for first token…"));
    m_streaming = true;
    m_clock.start();
}

void StreamPane::appendDelta(const QString &delta)
{
    if (!m_liveTtftMs && m_streaming)
        m_liveTtftMs = m_clock.elapsed();
    m_pending += delta;
    ++m_liveTokens;
}

bool StreamPane::flush()
{
    if (m_pending.isEmpty())
        return false;
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_pending);
    m_pending.clear();
    if (atEnd)
        bar->setValue(bar->maximum());
    updateLiveFigures();
    return true;
}

void StreamPane::updateLiveFigures()
{
    if (!m_streaming)
        return;
    m_figures[Figure::State]->setText(tr("streaming"));
    m_figures[Figure::Ttft]->setText(CompareFormat::ms(m_liveTtftMs));
    const QString estimated = tr("Estimated from the streamed chunks (about one token each); the "
                                 "provider's exact count replaces it when the answer ends.");
    m_figures[Figure::TokensOut]->setText(tr("≈%1 so far").arg(m_liveTokens));
    m_figures[Figure::TokensOut]->setToolTip(estimated);
    const qint64 generating = m_liveTtftMs ? m_clock.elapsed() - *m_liveTtftMs : 0;
    if (generating > 200) {
        m_figures[Figure::TokensPerSecond]->setText(
            QStringLiteral("≈") + CompareFormat::tokensPerSecond(m_liveTokens * 1000.0 / double(generating)));
        m_figures[Figure::TokensPerSecond]->setToolTip(estimated);
    }
}

void StreamPane::setState(CellState state)
{
    switch (state) {
    case CellState::RateLimited:
        m_figures[Figure::State]->setText(tr("rate limited, waiting"));
        break;
    case CellState::Pending:
        m_figures[Figure::State]->setText(tr("queued"));
        break;
    default:
        break;
    }
}

void StreamPane::setDecision(const QJsonObject &decision)
{
    QLabel *label = m_figures[Figure::Decision];
    label->setText(tr("routed: %1").arg(CompareFormat::decisionSummary(decision)));
    label->setToolTip(CompareFormat::decisionDetails(decision));
    label->setVisible(!decision.isEmpty());
    if (!decision.isEmpty())
        m_figures[Figure::Tier]->setText(decision.value(u"tier").toString());
}

void StreamPane::showResult(const CellResult &cell, const TokenPrices &prices)
{
    flush();
    m_streaming = false;
    if (!cell.isFinal()) { // cancelled in flight: keep what streamed
        m_figures[Figure::State]->setText(cellStateName(cell.state));
        return;
    }
    const CellOutcome &o = cell.outcome;
    if (m_text->toPlainText() != o.text && !o.text.isEmpty())
        m_text->setPlainText(o.text);
    if (!o.model.isEmpty())
        m_figures[Figure::Model]->setText(o.model);
    if (!cell.tier.isEmpty() && !m_target.isRouter)
        m_figures[Figure::Tier]->setText(cell.tier);
    if (isSimulatedProvider(o.provider))
        setSimulated(true);
    m_figures[Figure::Ttft]->setText(CompareFormat::ms(o.ttftMs));
    m_figures[Figure::Ttft]->setToolTip(CompareFormat::latencyExplanation(o));
    m_figures[Figure::TokensPerSecond]->setText(CompareFormat::tokensPerSecond(o.tokensPerSecond()));
    m_figures[Figure::TokensPerSecond]->setToolTip(tr("Output tokens over the time after the first token."));
    m_figures[Figure::TokensIn]->setText(CompareFormat::tokens(o.inputTokens));
    m_figures[Figure::TokensOut]->setText(CompareFormat::tokens(o.outputTokens));
    m_figures[Figure::TokensOut]->setToolTip(o.outputTokens ? tr("As reported by the provider.")
                                                            : tr("The provider did not report it."));
    m_figures[Figure::Cost]->setText(CompareFormat::cost(o.cost));
    m_figures[Figure::Cost]->setToolTip(CompareFormat::costExplanation(o, prices));
    m_figures[Figure::FinishReason]->setText(o.finishReason.isEmpty() ? CompareFormat::unknown()
                                                                      : o.finishReason);
    setDecision(cell.decision);
    QLabel *error = m_figures[Figure::Error];
    error->setVisible(o.isError());
    if (o.isError()) {
        error->setText(QStringLiteral("%1: %2 %3").arg(o.errorClass, o.errorMessage,
                                                       CompareFormat::errorAdvice(o.errorClass)));
    }
    QString state = cellStateName(cell.state);
    if (cell.state == CellState::Succeeded && !cell.assertions.isEmpty())
        state = cell.passed() ? tr("passed") : tr("%1 assertion(s) failed").arg(cell.failedAssertions());
    m_figures[Figure::State]->setText(state + u" · " + CompareFormat::ms(o.totalMs));
}

QString StreamPane::text() const
{
    return m_text->toPlainText();
}

QString StreamPane::figureText(Figure figure) const
{
    return m_figures.value(figure)->text();
}

QString StreamPane::figureToolTip(Figure figure) const
{
    return m_figures.value(figure)->toolTip();
}
