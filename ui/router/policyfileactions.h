#pragma once

#include <QObject>

class PolicyDocument;
class Prompter;
class QAction;

/// Open, Save and Save As for the router policy. Saving shows the diff against the file on
/// disk first (nothing is written when the user cancels) and writes atomically.
class PolicyFileActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyFileActions)

public:
    PolicyFileActions(PolicyDocument *document, Prompter *prompter, QObject *parent);

    /// Loads `path` into the document (the undo history starts over). On errors the document
    /// is unchanged and the prompter shows them with their line:column.
    bool open(const QString &path);
    bool save();
    bool saveAs();
    /// Writes the document to `path` after the review; false when cancelled or on error.
    bool saveTo(const QString &path);
    /// Back to the seed's policy (not saved anywhere until Save As).
    void resetToDefault();

    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *defaultAction() const { return m_default; }

private:
    PolicyDocument *m_document;
    Prompter *m_prompter;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_default;
};
