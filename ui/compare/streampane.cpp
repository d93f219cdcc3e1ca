#include "streampane.h"

#include "comparecontext.h"
#include "formatting.h"

#include <QGridLayout>
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
    setMinimumWidth(260);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(QStringLiteral("<b>%1</b>").arg(target.id.toHtmlEscaped()), this);
    header->addWidget(m_title);
    m_simulatedBadge = badge(tr("simulated"), QStringLiteral("#c77700"), this);
    m_simulatedBadge->setToolTip(tr("Answers come from the built-in simulator, not a real model. "
                                    "Add an API key in Settings ▸ Keys to compare real models."));
    m_simulatedBadge->setVisible(isSimulatedProvider(target.provider));
    header->addWidget(m_simulatedBadge);
    m_routerBadge = badge(tr("router"), QStringLiteral("#6a3fb5"), this);
    m_routerBadge->setToolTip(tr("Each prompt is routed by the complexity estimator to a tier."));
    m_routerBadge->setVisible(target.isRouter);
    header->addWidget(m_routerBadge);
    header->addStretch();
    auto *state = new QLabel(this);
    m_figures.insert(Figure::State, state);
    header->addWidget(state);
    layout->addLayout(header);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(1);
    addFigure(grid, 0, 0, tr("model"), Figure::Model, 3);
    addFigure(grid, 1, 0, tr("tier"), Figure::Tier);
    addFigure(grid, 1, 1, tr("TTFT"), Figure::Ttft);
    addFigure(grid, 1, 2, tr("speed"), Figure::TokensPerSecond);
    addFigure(grid, 2, 0, tr("in"), Figure::TokensIn);
    addFigure(grid, 2, 1, tr("out"), Figure::TokensOut);
    addFigure(grid, 2, 2, tr("cost"), Figure::Cost);
    addFigure(grid, 3, 0, tr("finish"), Figure::FinishReason);
    layout->addLayout(grid);

    auto *decision = new QLabel(this);
    decision->setWordWrap(true);
    decision->setStyleSheet(QStringLiteral("QLabel { color: #6a3fb5; }"));
    decision->setVisible(false);
    m_figures.insert(Figure::Decision, decision);
    layout->addWidget(decision);

    m_caption = new QLabel(this);
    m_caption->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    layout->addWidget(m_caption);

    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setFrameShape(QFrame::NoFrame);
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

QLabel *StreamPane::addFigure(QGridLayout *grid, int row, int column, const QString &name,
                              Figure figure, int span)
{
    auto *cell = new QLabel(this);
    cell->setTextFormat(Qt::PlainText);
    auto *caption = new QLabel(name, this);
    caption->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    grid->addWidget(caption, row, column * 2, Qt::AlignRight);
    grid->addWidget(cell, row, column * 2 + 1, 1, span * 2 - 1);
    grid->setColumnStretch(column * 2 + 1, 1);
    m_figures.insert(figure, cell);
    return cell;
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
