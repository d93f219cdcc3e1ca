#pragma once

#include "config/configcodec.h"
#include "textdelta.h"
#include "undocommands.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <optional>

/// One open config file: its text (the source of truth), its undo stack, and the last parse.
///
/// The YAML view edits the text directly; the form edits the parsed documents, which are
/// turned back into YAML by ConfigCodec::toYaml(). Both push a DocumentEditCommand. When the
/// text does not parse, `documents()` keeps the last good parse and the form is read-only, so
/// neither view can overwrite the other's work.
class EditorDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorDocument)

public:
    enum class Reparse { Now, Debounced };
    enum class TierField { Tier, Provider, Model, Endpoint, MaxTokens, CostInput, CostOutput };

    explicit EditorDocument(QObject *parent = nullptr);
    ~EditorDocument() override;

    /// Loads `text` as the saved state of `filePath` (empty path: an untitled document).
    void load(const QString &filePath, const QString &text);
    static QString newConfigTemplate(const QString &name);

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    QString displayName() const;
    QString text() const { return m_text; }
    void markSaved();

    QUndoStack *undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }

    /// The last successfully parsed documents (kept while the YAML has syntax errors).
    const QList<ConfigDocument> &documents() const { return m_documents; }
    /// Diagnostics of the current text.
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    int errorCount() const;
    int warningCount() const;
    /// False while the text has a YAML syntax error: form edits would overwrite it.
    bool isFormEditable() const { return m_formEditable; }
    /// Where `path` of document `documentIndex` is in the text (1-based line).
    SourcePosition positionOf(int documentIndex, const QString &path) const;
    /// The index of the document that contains `line`, or -1.
    int documentAtLine(int line) const;

    // Edits from the YAML view.
    void editText(const TextDelta &delta);
    // Edits from the form; each pushes one undoable command.
    void setTierField(int documentIndex, int row, TierField field, const QString &value);
    void chooseModel(int documentIndex, int row, const QString &model,
                     const QString &costInput, const QString &costOutput);
    void setDefaultAuth(int documentIndex, const std::optional<AuthConfig> &auth);
    void setTierAuth(int documentIndex, int row, const std::optional<AuthConfig> &auth);
    void setConfigName(int documentIndex, const QString &name);
    /// Adds the first tier of the enum (fast, standard, reasoning) the config lacks; does
    /// nothing when it has them all.
    void addTier(int documentIndex);
    /// The tier addTier() would add, or empty when every one is defined.
    QString missingTier(int documentIndex) const;
    void removeTier(int documentIndex, int row);
    /// Puts provider/model into `tier` with these prices (empty: unknown), adding the tier
    /// when the config lacks it; one undoable command. False when nothing changed.
    bool useModelForTier(int documentIndex, const QString &tier, const QString &provider, const QString &model,
                         const QString &costInput, const QString &costOutput);
    /// Rewrites ModelAPI document `documentIndex` from the 2025-12 to the 2026-01 CRD shape
    /// (ModelApiMigration) as one undoable step. Returns what was done, or an error message
    /// starting with nothing done.
    QString migrateModelApi(int documentIndex);
    /// ModelAPI form edits (ModelApiEdit), each one undoable command; they return an error
    /// message, or empty when applied.
    QString setModelApiField(int documentIndex, int field, const QString &value);
    QString setModelApiEnv(int documentIndex, bool hosted, const QList<EnvVar> &env);
    /// The served model's resource requests and limits of ModelAPI `documentIndex`.
    QString setModelApiResources(int documentIndex, const QMap<QString, QString> &requests,
                                 const QMap<QString, QString> &limits);
    /// The nested LiteLLM config (proxyConfig.configYaml) of ModelAPI `documentIndex`.
    QString setModelApiConfigYaml(int documentIndex, const QString &text);

    /// Used by DocumentEditCommand.
    void applyDelta(const TextDelta &delta, Reparse reparse);
    /// Parses pending YAML edits at once (tests, save).
    void flushReparse();

signals:
    /// The text changed; `delta` turns the previous text into the new one.
    void textChanged(const TextDelta &delta);
    /// documents() or diagnostics() changed.
    void parsed();
    void modificationChanged(bool modified);
    void filePathChanged();

private:
    void reparse();
    QString pushDocumentSource(CommandId id, const QString &label, const QString &mergeKey, int documentIndex,
                               const QByteArray &source, const QString &error);
    void pushFormEdit(CommandId id, const QString &label, const QString &mergeKey,
                      int documentIndex, const std::function<void(TierConfig &)> &change);

    QString m_filePath;
    QString m_text;
    QUndoStack m_undoStack;
    QList<ConfigDocument> m_documents;
    Diagnostics m_diagnostics;
    bool m_formEditable = true;
    QTimer m_reparseTimer;
};
