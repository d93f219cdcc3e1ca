#pragma once

#include <QString>

/// A single-range text change: at `position`, `removed` was replaced by `added`.
/// Undo commands store deltas, not whole-document snapshots.
struct TextDelta
{
    qsizetype position = 0;
    QString removed;
    QString added;

    bool isEmpty() const { return removed.isEmpty() && added.isEmpty(); }
    TextDelta inverted() const { return {position, added, removed}; }
    /// Applies the delta to `text`; returns false (and leaves text alone) if it does not fit.
    bool applyTo(QString &text) const;

    /// The smallest single-range delta that turns `before` into `after`.
    static TextDelta between(const QString &before, const QString &after);
};
