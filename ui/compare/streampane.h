#pragma once

#include "experiments/cell.h"
#include "experiments/target.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QHash>

class ElidedLabel;
class WrappingLayout;
class QLabel;
class QPlainTextEdit;

/// One target's answer, streaming. Deltas are buffered by appendDelta() and painted by
/// flush(), which the page calls on a 40 ms timer, so eight streams do not re-layout per token.
/// While the answer arrives the pane shows live TTFT and tokens/s (measured here); when the
/// cell finishes it shows the stored figures.
class StreamPane final : public QFrame
{
    Q_OBJECT
public:
    enum class Figure { Model, Tier, Ttft, TokensPerSecond, TokensIn, TokensOut, Cost,
                        FinishReason, Error, Decision, State };

    explicit StreamPane(const Target &target, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(StreamPane)

    const Target &target() const { return m_target; }
    void setSimulated(bool simulated);
    bool isSimulated() const;

    /// A new cell starts streaming in this pane (`caption` names the test case).
    void beginCell(const QString &caption, const QString &provider, const QString &model);
    void appendDelta(const QString &delta);
    /// Paints the buffered deltas; returns true when there was something to paint.
    bool flush();
    void setState(CellState state);
    void setDecision(const QJsonObject &decision);
    /// Shows a finished (or stored) cell with its final figures.
    void showResult(const CellResult &cell, const TokenPrices &prices);
    void clear();

    QString text() const;
    QString figureText(Figure figure) const;
    QString figureToolTip(Figure figure) const;
    /// Every figure's value label (for layout checks: none may be cut).
    QList<QLabel *> figureLabels() const;
    /// The narrowest a pane gets; the page wraps panes into rows rather than go below it.
    static int minimumPaneWidth();

private:
    QLabel *addFigure(WrappingLayout *flow, const QString &name, Figure figure);
    void updateLiveFigures();

    Target m_target;
    ElidedLabel *m_title = nullptr;
    QLabel *m_simulatedBadge = nullptr;
    QLabel *m_routerBadge = nullptr;
    ElidedLabel *m_caption = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QHash<Figure, QLabel *> m_figures;
    QString m_pending;
    QElapsedTimer m_clock;
    std::optional<qint64> m_liveTtftMs;
    int m_liveTokens = 0;
    bool m_streaming = false;
};
