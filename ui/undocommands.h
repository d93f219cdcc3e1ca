#pragma once

#include "textdelta.h"

#include <QUndoCommand>

class EditorDocument;

/// Every undo command id of the config editor. mergeWith() only merges equal ids.
enum class CommandId : int {
    EditYaml = 1,   ///< typing in the YAML view
    SetTierField,   ///< one cell of the tiers table
    ChooseModel,    ///< model picked from the catalog (model + prices)
    SetDefaultAuth, ///< spec.defaultAuth
    SetTierAuth,    ///< spec.tiers[n].auth
    SetName,        ///< metadata.name
    AddTier,
    RemoveTier,
    UseForTier,     ///< Models ▸ Use for tier…: provider, model and prices of one tier
    MigrateModelApi, ///< a ModelAPI rewritten from the 2025-12 to the 2026-01 CRD shape
    SetModelApiField, ///< mode, apiBase or model of a ModelAPI
    SetModelApiEnv,   ///< the env table of a ModelAPI
    SetModelApiConfigYaml, ///< the nested LiteLLM config of a Proxy ModelAPI (one step per burst of typing)
};

/// A change of the document text, stored as a delta. Form edits regenerate the YAML and
/// store the resulting delta too, so undo in either view restores exactly the text that was
/// there, and the form follows by reparsing.
class DocumentEditCommand final : public QUndoCommand
{
public:
    /// `mergeKey` identifies the edited field (e.g. "tiers[1].model"); commands with the same
    /// id and key merge. `alreadyApplied`: the YAML view already shows the change.
    DocumentEditCommand(EditorDocument *document, CommandId id, const QString &text,
                        const QString &mergeKey, const TextDelta &delta, bool alreadyApplied);

    int id() const override { return int(m_id); }
    void undo() override;
    void redo() override;
    bool mergeWith(const QUndoCommand *other) override;

    const TextDelta &delta() const { return m_delta; }

private:
    bool typingContinues(const TextDelta &next) const;

    EditorDocument *m_document;
    CommandId m_id;
    QString m_mergeKey;
    TextDelta m_delta;
    bool m_skipFirstRedo;
};
