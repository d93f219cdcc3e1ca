#include "policyfileactions.h"

#include "policydocument.h"
#include "prompter.h"

#include "config/atomicfile.h"
#include "routing/routerpolicycodec.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

PolicyFileActions::PolicyFileActions(PolicyDocument *document, Prompter *prompter, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_prompter(prompter)
    , m_open(new QAction(tr("Open Policy…"), this))
    , m_save(new QAction(tr("Save Policy"), this))
    , m_saveAs(new QAction(tr("Save Policy As…"), this))
    , m_default(new QAction(tr("Built-in Policy"), this))
{
    m_open->setToolTip(tr("Open a RouterPolicy YAML file (thresholds, weights, overrides, budgets)"));
    m_save->setToolTip(tr("Save the policy; shows the changes against the file first"));
    m_default->setToolTip(tr("Start over from the seed's built-in policy"));
    connect(m_open, &QAction::triggered, this, [this] {
        const QStringList names = m_prompter->openFileNames(
            tr("Open router policy"), QFileInfo(m_document->path()).absolutePath());
        if (!names.isEmpty())
            open(names.constFirst());
    });
    connect(m_save, &QAction::triggered, this, &PolicyFileActions::save);
    connect(m_saveAs, &QAction::triggered, this, &PolicyFileActions::saveAs);
    connect(m_default, &QAction::triggered, this, &PolicyFileActions::resetToDefault);
}

bool PolicyFileActions::open(const QString &path)
{
    const RouterPolicyLoad load = RouterPolicyCodec::load(path);
    if (!load.policy) {
        QStringList lines{load.error};
        for (const Diagnostic &d : load.diagnostics) {
            if (d.isError())
                lines.append(tr("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message));
        }
        m_prompter->showError(tr("Open router policy"), lines.join(u'\n'));
        return false;
    }
    m_document->reset(*load.policy, path);
    return true;
}

bool PolicyFileActions::save()
{
    return m_document->path().isEmpty() ? saveAs() : saveTo(m_document->path());
}

bool PolicyFileActions::saveAs()
{
    const QString suggested = m_document->path().isEmpty()
                                  ? QDir::home().filePath(QStringLiteral("router-policy.yaml"))
                                  : m_document->path();
    const QString path = m_prompter->saveFileName(tr("Save router policy"), suggested,
                                                  tr("RouterPolicy YAML (*.yaml *.yml)"));
    return !path.isEmpty() && saveTo(path);
}

bool PolicyFileActions::saveTo(const QString &path)
{
    const QByteArray after = RouterPolicyCodec::toYaml(m_document->policy());
    if (QFileInfo::exists(path)) {
        const AtomicFile::ReadResult before = AtomicFile::read(path);
        if (!before.ok()) {
            m_prompter->showError(tr("Save router policy"), before.error);
            return false;
        }
        if (before.data != after
            && !m_prompter->reviewDiff(QFileInfo(path).fileName(), QString::fromUtf8(before.data),
                                       QString::fromUtf8(after)))
            return false;
    }
    if (const auto error = AtomicFile::write(path, after)) {
        m_prompter->showError(tr("Save router policy"), *error);
        return false;
    }
    m_document->markSaved(path);
    return true;
}

void PolicyFileActions::resetToDefault()
{
    if (m_document->isModified()
        && !m_prompter->confirm(tr("Built-in policy"),
                                tr("Discard the unsaved changes to the policy and start from the "
                                   "built-in one?")))
        return;
    m_document->reset(RouterPolicy::seedDefault(), QString());
}
