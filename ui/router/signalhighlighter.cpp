#include "signalhighlighter.h"

#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

SignalHighlighter::SignalHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void SignalHighlighter::setMatches(const QList<KeywordMatch> &matches)
{
    m_matches = matches;
    QHash<int, QList<Span>> spans;
    QTextDocument *doc = document();
    for (const KeywordMatch &m : matches) {
        qsizetype pos = m.start;
        const qsizetype end = m.start + m.length;
        while (pos < end) { // a phrase may run over a line break: one span per block
            const QTextBlock block = doc->findBlock(int(pos));
            if (!block.isValid())
                break;
            const qsizetype blockEnd = block.position() + block.length() - 1; // before the separator
            const qsizetype spanEnd = std::min(end, blockEnd);
            if (spanEnd > pos)
                spans[block.blockNumber()].append({int(pos - block.position()), int(spanEnd - pos),
                                                   m.weight >= 0, m.counted});
            pos = blockEnd + 1;
        }
    }
    QSet<int> changed;
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        if (m_spans.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_spans.cbegin(); it != m_spans.cend(); ++it) {
        if (!spans.contains(it.key()))
            changed.insert(it.key());
    }
    m_spans = std::move(spans);
    m_lastRehighlighted = 0;
    for (int number : std::as_const(changed)) {
        const QTextBlock block = doc->findBlockByNumber(number);
        if (block.isValid()) {
            rehighlightBlock(block);
            ++m_lastRehighlighted;
        }
    }
}

QString SignalHighlighter::toolTipAt(int position) const
{
    QStringList lines;
    for (const KeywordMatch &m : m_matches) {
        if (position < m.start || position >= m.start + m.length)
            continue;
        const QString weight = (m.weight >= 0 ? QStringLiteral("+") : QString())
                               + QString::number(m.weight, 'f', 2);
        lines.append(m.counted ? tr("keyword signal “%1” %2").arg(m.term, weight)
                               : tr("keyword signal “%1” %2 (repeat: counted once)").arg(m.term, weight));
    }
    return lines.join(u'\n');
}

void SignalHighlighter::highlightBlock(const QString &text)
{
    const auto it = m_spans.constFind(currentBlock().blockNumber());
    if (it == m_spans.cend())
        return;
    for (const Span &s : *it) {
        if (s.start >= text.size())
            continue; // stale until the next setMatches()
        QTextCharFormat f;
        const QColor hue = s.positive ? QColor(0xff, 0xd9, 0x9e) : QColor(0xc4, 0xdc, 0xff);
        if (s.counted) {
            f.setBackground(hue);
        } else {
            f.setUnderlineStyle(QTextCharFormat::DashUnderline);
            f.setUnderlineColor(hue.darker(160));
        }
        setFormat(s.start, std::min<int>(s.length, int(text.size()) - s.start), f);
    }
}
