#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

/// Every question the editor asks the user. The window gets one through its constructor;
/// tests pass a scripted one and never enter a modal loop.
class Prompter
{
public:
    enum class CloseAnswer { Save, Discard, Cancel };

    virtual ~Prompter() = default;
    /// "Save changes to X before closing?"
    virtual CloseAnswer askSaveChanges(const QString &documentName) = 0;
    /// A yes/no question; true means go ahead.
    virtual bool confirm(const QString &title, const QString &text) = 0;
    /// Shows the diff between the saved file and what will be written; true means save.
    virtual bool reviewDiff(const QString &fileName, const QString &before, const QString &after) = 0;
    /// An empty string means cancelled.
    virtual QString saveFileName(const QString &caption, const QString &suggested,
                                 const QString &filter) = 0;
    /// `filter` as QFileDialog takes it; empty = YAML files.
    virtual QStringList openFileNames(const QString &caption, const QString &directory,
                                      const QString &filter = {}) = 0;
    virtual QString existingDirectory(const QString &caption, const QString &directory) = 0;
    virtual void showError(const QString &title, const QString &text) = 0;
    /// Says why something was refused and offers one way out (e.g. "Go to the error"); true
    /// when the user took it.
    virtual bool refuse(const QString &title, const QString &text, const QString &action) = 0;
};

/// The real dialogs.
class DialogPrompter final : public Prompter
{
    Q_DECLARE_TR_FUNCTIONS(DialogPrompter)

public:
    explicit DialogPrompter(QWidget *parent) : m_parent(parent) {}
    void setParent(QWidget *parent) { m_parent = parent; }

    CloseAnswer askSaveChanges(const QString &documentName) override;
    bool confirm(const QString &title, const QString &text) override;
    bool reviewDiff(const QString &fileName, const QString &before, const QString &after) override;
    QString saveFileName(const QString &caption, const QString &suggested,
                         const QString &filter) override;
    QStringList openFileNames(const QString &caption, const QString &directory,
                              const QString &filter = {}) override;
    QString existingDirectory(const QString &caption, const QString &directory) override;
    void showError(const QString &title, const QString &text) override;
    bool refuse(const QString &title, const QString &text, const QString &action) override;

private:
    QWidget *m_parent;
};
