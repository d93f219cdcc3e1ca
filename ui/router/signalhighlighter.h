#pragma once

#include "routing/keywordmatches.h"

#include <QHash>
#include <QList>
#include <QSyntaxHighlighter>

/// Marks the keyword signals that fired in the message box: heavier-tier signals in amber,
/// "simple request" signals in blue, repeats (which do not add to the score) underlined only.
/// setMatches() re-highlights only the blocks whose marks changed, so a long message stays
/// cheap to type in.
class SignalHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalHighlighter)

public:
    explicit SignalHighlighter(QTextDocument *document);

    /// Positions are offsets in the document's plain text.
    void setMatches(const QList<KeywordMatch> &matches);
    const QList<KeywordMatch> &matches() const { return m_matches; }
    /// "keyword signal “security” +0.15", for the match at a text position; empty if none.
    QString toolTipAt(int position) const;
    /// Blocks re-highlighted by the last setMatches() (for tests and the benchmark).
    int lastRehighlightedBlocks() const { return m_lastRehighlighted; }

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Span
    {
        int start;
        int length;
        bool positive;
        bool counted;
        bool operator==(const Span &) const = default;
    };

    QList<KeywordMatch> m_matches;
    QHash<int, QList<Span>> m_spans; ///< block number -> marks relative to the block
    int m_lastRehighlighted = 0;
};
