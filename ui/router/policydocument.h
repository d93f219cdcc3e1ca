#pragma once

#include "routing/routerpolicy.h"
#include "policyfields.h"

#include <QObject>
#include <QUndoStack>

/// The router policy being edited: its values, its file and its undo stack. Every edit is a
/// command on the stack (slider drags merge into one step), so Ctrl+Z restores the score too.
class PolicyDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyDocument)

public:
    explicit PolicyDocument(QObject *parent = nullptr);

    const RouterPolicy &policy() const { return m_policy; }
    /// The policy as last loaded or saved (the built-in default at first): replay's "before".
    const RouterPolicy &savedPolicy() const { return m_saved; }
    QUndoStack *undoStack() { return &m_undo; }
    /// The file the policy was loaded from or saved to; empty for the built-in default.
    QString path() const { return m_path; }
    bool isModified() const { return !m_undo.isClean(); }

    /// Pushes an edit of one value. Refuses (false) what the policy file would reject: a
    /// negative weight, all weights zero, thresholds out of order (standard <= heavy, in 0..1). `gesture` != 0 merges the edits of
    /// one slider drag; see beginGesture().
    bool setValue(PolicyField field, double value, int gesture = 0);
    /// Both thresholds in one undo step (calibration's "Apply").
    bool setThresholds(const ComplexityThresholds &thresholds, const QString &description);
    /// A fresh id for the edits of one continuous gesture (a slider press to its release).
    int beginGesture() { return ++m_lastGesture; }

    /// Starts over on `policy` (a loaded file or the default): clears the undo stack.
    void reset(const RouterPolicy &policy, const QString &path);
    /// After a save: the stack's current state becomes the clean one.
    void markSaved(const QString &path);

    /// Used by the undo commands only.
    void applyValue(PolicyField field, double value);
    void applyThresholds(const ComplexityThresholds &thresholds);

    static bool isValid(const RouterPolicy &policy);

signals:
    /// Any value changed (edit, undo, redo, reset).
    void changed();
    void pathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    RouterPolicy m_policy;
    RouterPolicy m_saved;
    QString m_path;
    QUndoStack m_undo;
    int m_lastGesture = 0;
};
