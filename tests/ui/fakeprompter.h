#pragma once

#include "prompter.h"

/// A scripted Prompter: answers are set up front, questions are recorded.
class FakePrompter final : public Prompter
{
public:
    CloseAnswer closeAnswer = CloseAnswer::Cancel;
    bool confirmAnswer = true;
    bool diffAnswer = true;
    QString saveName;
    QStringList openNames;
    QString directoryName; ///< the answer to existingDirectory()

    QStringList askedToSave;
    QStringList confirmations;
    QStringList diffs; ///< the "after" text of each reviewed diff
    QStringList errors;
    QStringList suggestions; ///< the suggested path of each save dialog
    bool refuseAction = false; ///< the answer to refuse(): take the offered action
    QStringList refusals;

    CloseAnswer askSaveChanges(const QString &documentName) override
    {
        askedToSave.append(documentName);
        return closeAnswer;
    }
    bool confirm(const QString &title, const QString &text) override
    {
        confirmations.append(title + QStringLiteral(": ") + text);
        return confirmAnswer;
    }
    bool reviewDiff(const QString &, const QString &, const QString &after) override
    {
        diffs.append(after);
        return diffAnswer;
    }
    QString saveFileName(const QString &, const QString &suggested, const QString &) override
    {
        suggestions.append(suggested);
        return saveName;
    }
    QStringList openFileNames(const QString &, const QString &, const QString & = {}) override { return openNames; }
    QString existingDirectory(const QString &, const QString &) override { return directoryName; }
    void showError(const QString &, const QString &text) override { errors.append(text); }
    bool refuse(const QString &, const QString &text, const QString &) override
    {
        refusals.append(text);
        return refuseAction;
    }
};
