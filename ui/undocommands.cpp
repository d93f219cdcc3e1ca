#include "undocommands.h"

#include "editordocument.h"

DocumentEditCommand::DocumentEditCommand(EditorDocument *document, CommandId id,
                                         const QString &text, const QString &mergeKey,
                                         const TextDelta &delta, bool alreadyApplied)
    : QUndoCommand(text)
    , m_document(document)
    , m_id(id)
    , m_mergeKey(mergeKey)
    , m_delta(delta)
    , m_skipFirstRedo(alreadyApplied)
{
}

void DocumentEditCommand::undo()
{
    m_document->applyDelta(m_delta.inverted(), EditorDocument::Reparse::Now);
}

void DocumentEditCommand::redo()
{
    if (m_skipFirstRedo) {
        m_skipFirstRedo = false;
        return;
    }
    m_document->applyDelta(m_delta, EditorDocument::Reparse::Now);
}

bool DocumentEditCommand::typingContinues(const TextDelta &next) const
{
    if (next.added.contains(QLatin1Char('\n')) || next.removed.contains(QLatin1Char('\n')))
        return false;
    const bool insertion = next.removed.isEmpty() && m_delta.removed.isEmpty();
    if (insertion)
        return next.position == m_delta.position + m_delta.added.size();
    const bool deletion = next.added.isEmpty() && m_delta.added.isEmpty();
    // Backspace: the next removal ends where this one started.
    return deletion && next.position + next.removed.size() == m_delta.position;
}

bool DocumentEditCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *next = static_cast<const DocumentEditCommand *>(other);
    if (m_id == CommandId::EditYaml ? !typingContinues(next->m_delta)
                                    : next->m_mergeKey != m_mergeKey || m_mergeKey.isEmpty())
        return false;
    // Both changes are applied; rebuild the text before this command and diff once.
    const QString after = m_document->text();
    QString before = after;
    if (!next->m_delta.inverted().applyTo(before) || !m_delta.inverted().applyTo(before))
        return false;
    m_delta = TextDelta::between(before, after);
    return true;
}
