#include "editordocument.h"

#include "config/configvalidator.h"
#include "config/modelapiedit.h"
#include "config/modelapimigration.h"

#include <QFileInfo>

namespace {
QString fieldKey(EditorDocument::TierField field)
{
    switch (field) {
    case EditorDocument::TierField::Tier: return QStringLiteral("tier");
    case EditorDocument::TierField::Provider: return QStringLiteral("provider");
    case EditorDocument::TierField::Model: return QStringLiteral("model");
    case EditorDocument::TierField::Endpoint: return QStringLiteral("endpoint");
    case EditorDocument::TierField::MaxTokens: return QStringLiteral("maxTokens");
    case EditorDocument::TierField::CostInput: return QStringLiteral("costPerMillionInput");
    case EditorDocument::TierField::CostOutput: return QStringLiteral("costPerMillionOutput");
    }
    return {};
}
} // namespace

EditorDocument::EditorDocument(QObject *parent)
    : QObject(parent)
{
    m_reparseTimer.setSingleShot(true);
    m_reparseTimer.setInterval(300);
    connect(&m_reparseTimer, &QTimer::timeout, this, &EditorDocument::reparse);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modificationChanged(!clean); });
}

EditorDocument::~EditorDocument()
{
    // ~QUndoStack emits cleanChanged; nobody may hear it from a half-destroyed document.
    m_undoStack.disconnect(this);
}

void EditorDocument::load(const QString &filePath, const QString &text)
{
    QString normalized = text;
    normalized.remove(QLatin1Char('\r'));
    m_filePath = filePath;
    const TextDelta delta = TextDelta::between(m_text, normalized);
    m_text = normalized;
    m_undoStack.clear();
    m_undoStack.setClean();
    emit textChanged(delta);
    reparse();
    emit filePathChanged();
}

QString EditorDocument::newConfigTemplate(const QString &name)
{
    return QStringLiteral("apiVersion: core.infraagent.io/v1alpha1\n"
                          "kind: ModelTierConfig\n"
                          "metadata:\n"
                          "  name: ")
        + name
        + QStringLiteral("\n"
                         "spec:\n"
                         "  defaultAuth:\n"
                         "    type: apiKey\n"
                         "    secretRef: llm-api-key\n"
                         "    secretKey: api-key\n"
                         "  tiers:\n"
                         "    - tier: fast\n"
                         "      provider: anthropic\n"
                         "      model: claude-haiku-3-5-20241022\n"
                         "      maxTokens: 4096\n"
                         "      costPerMillionInput: \"0.80\"\n"
                         "      costPerMillionOutput: \"4.00\"\n");
}

void EditorDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged();
}

QString EditorDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("untitled.yaml") : QFileInfo(m_filePath).fileName();
}

void EditorDocument::markSaved()
{
    m_undoStack.setClean();
}

int EditorDocument::errorCount() const
{
    int n = 0;
    for (const Diagnostic &d : m_diagnostics)
        n += d.severity == Diagnostic::Severity::Error ? 1 : 0;
    return n;
}

int EditorDocument::warningCount() const
{
    int n = 0;
    for (const Diagnostic &d : m_diagnostics)
        n += d.severity == Diagnostic::Severity::Warning ? 1 : 0;
    return n;
}

SourcePosition EditorDocument::positionOf(int documentIndex, const QString &path) const
{
    if (documentIndex < 0 || documentIndex >= m_documents.size())
        return {};
    return m_documents.at(documentIndex).positionOf(path);
}

int EditorDocument::documentAtLine(int line) const
{
    for (const ConfigDocument &d : m_documents)
        if (line >= d.startLine && line <= d.endLine)
            return int(d.index);
    return m_documents.isEmpty() ? -1 : 0;
}

void EditorDocument::editText(const TextDelta &delta)
{
    if (delta.isEmpty())
        return;
    applyDelta(delta, Reparse::Debounced);
    m_undoStack.push(new DocumentEditCommand(this, CommandId::EditYaml, tr("Edit YAML"), {},
                                             delta, true));
}

void EditorDocument::applyDelta(const TextDelta &delta, Reparse reparse)
{
    if (!delta.applyTo(m_text))
        return;
    emit textChanged(delta);
    if (reparse == Reparse::Now) {
        m_reparseTimer.stop();
        this->reparse();
    } else {
        m_reparseTimer.start();
    }
}

void EditorDocument::flushReparse()
{
    if (m_reparseTimer.isActive()) {
        m_reparseTimer.stop();
        reparse();
    }
}

void EditorDocument::reparse()
{
    const ParsedConfigFile result = ConfigCodec::parse(m_text.toUtf8());
    bool syntaxError = false;
    for (const Diagnostic &d : result.diagnostics)
        syntaxError = syntaxError || d.code == QLatin1String("yaml-syntax");
    m_diagnostics = result.diagnostics;
    m_formEditable = !syntaxError;
    if (!syntaxError)
        m_documents = result.documents;
    emit parsed();
}

void EditorDocument::pushFormEdit(CommandId id, const QString &label, const QString &mergeKey,
                                  int documentIndex,
                                  const std::function<void(TierConfig &)> &change)
{
    flushReparse();
    if (!m_formEditable || documentIndex < 0 || documentIndex >= m_documents.size()
        || m_documents.at(documentIndex).kind != ConfigDocument::Kind::TierConfig)
        return;
    QList<ConfigDocument> edited = m_documents;
    change(edited[documentIndex].tierConfig);
    const QString newText = QString::fromUtf8(ConfigCodec::toYaml(edited));
    const TextDelta delta = TextDelta::between(m_text, newText);
    if (delta.isEmpty())
        return;
    m_undoStack.push(new DocumentEditCommand(this, id, label, mergeKey, delta, false));
}

void EditorDocument::setTierField(int documentIndex, int row, TierField field,
                                  const QString &value)
{
    const QString key = QStringLiteral("tiers[%1].").arg(row) + fieldKey(field);
    pushFormEdit(CommandId::SetTierField, tr("Set %1").arg(key), key, documentIndex,
                 [row, field, value](TierConfig &config) {
                     if (row < 0 || row >= config.tiers.size())
                         return;
                     TierEntry &t = config.tiers[row];
                     switch (field) {
                     case TierField::Tier: t.tier = value; break;
                     case TierField::Provider: t.provider = value; break;
                     case TierField::Model: t.model = value; break;
                     case TierField::Endpoint: t.endpoint = value; break;
                     case TierField::CostInput: t.costPerMillionInput = value; break;
                     case TierField::CostOutput: t.costPerMillionOutput = value; break;
                     case TierField::MaxTokens: {
                         bool ok = false;
                         const int n = value.toInt(&ok);
                         t.maxTokens = ok ? std::optional<int>(n) : std::nullopt;
                         break;
                     }
                     }
                 });
}

void EditorDocument::chooseModel(int documentIndex, int row, const QString &model,
                                 const QString &costInput, const QString &costOutput)
{
    const QString key = QStringLiteral("tiers[%1].model").arg(row);
    pushFormEdit(CommandId::ChooseModel, tr("Choose model %1").arg(model), key, documentIndex,
                 [=](TierConfig &config) {
                     if (row < 0 || row >= config.tiers.size())
                         return;
                     TierEntry &t = config.tiers[row];
                     t.model = model;
                     t.costPerMillionInput = costInput;
                     t.costPerMillionOutput = costOutput;
                 });
}

void EditorDocument::setDefaultAuth(int documentIndex, const std::optional<AuthConfig> &auth)
{
    pushFormEdit(CommandId::SetDefaultAuth, tr("Change default auth"),
                 QStringLiteral("defaultAuth"), documentIndex,
                 [auth](TierConfig &config) { config.defaultAuth = auth; });
}

void EditorDocument::setTierAuth(int documentIndex, int row, const std::optional<AuthConfig> &auth)
{
    pushFormEdit(CommandId::SetTierAuth, tr("Change tier auth"),
                 QStringLiteral("tiers[%1].auth").arg(row), documentIndex,
                 [row, auth](TierConfig &config) {
                     if (row >= 0 && row < config.tiers.size())
                         config.tiers[row].auth = auth;
                 });
}

void EditorDocument::setConfigName(int documentIndex, const QString &name)
{
    pushFormEdit(CommandId::SetName, tr("Rename config"), QStringLiteral("metadata.name"),
                 documentIndex, [name](TierConfig &config) { config.name = name; });
}

QString EditorDocument::missingTier(int documentIndex) const
{
    if (documentIndex < 0 || documentIndex >= m_documents.size()
        || m_documents.at(documentIndex).kind != ConfigDocument::Kind::TierConfig)
        return {};
    const TierConfig &config = m_documents.at(documentIndex).tierConfig;
    for (const QString &name : ConfigValidator::tierNames())
        if (!config.findTier(name))
            return name;
    return {};
}

void EditorDocument::addTier(int documentIndex)
{
    const QString name = missingTier(documentIndex);
    if (name.isEmpty())
        return; // every tier of the enum is there: another would be a duplicate
    pushFormEdit(CommandId::AddTier, tr("Add tier"), {}, documentIndex, [name](TierConfig &config) {
        TierEntry t;
        t.tier = name;
        t.provider = QStringLiteral("anthropic");
        t.model = QStringLiteral("claude-sonnet-4-20250514");
        t.maxTokens = 8192;
        t.costPerMillionInput = QStringLiteral("3.00");
        t.costPerMillionOutput = QStringLiteral("15.00");
        config.tiers.append(t);
    });
}

bool EditorDocument::useModelForTier(int documentIndex, const QString &tier, const QString &provider,
                                     const QString &model, const QString &costInput, const QString &costOutput)
{
    const int before = m_undoStack.count();
    pushFormEdit(CommandId::UseForTier, tr("Use %1/%2 for tier %3").arg(provider, model, tier), {}, documentIndex,
                 [=](TierConfig &config) {
                     auto it = std::find_if(config.tiers.begin(), config.tiers.end(),
                                            [&tier](const TierEntry &t) { return t.tier == tier; });
                     if (it == config.tiers.end()) {
                         TierEntry t;
                         t.tier = tier;
                         config.tiers.append(t);
                         it = config.tiers.end() - 1;
                     }
                     if (it->provider != provider)
                         it->endpoint.clear(); // another provider's endpoint would be wrong
                     it->provider = provider;
                     it->model = model;
                     it->costPerMillionInput = costInput;
                     it->costPerMillionOutput = costOutput;
                 });
    return m_undoStack.count() > before;
}

void EditorDocument::removeTier(int documentIndex, int row)
{
    pushFormEdit(CommandId::RemoveTier, tr("Remove tier"), {}, documentIndex,
                 [row](TierConfig &config) {
                     if (row >= 0 && row < config.tiers.size())
                         config.tiers.removeAt(row);
                 });
}

QString EditorDocument::migrateModelApi(int documentIndex)
{
    flushReparse();
    if (!m_formEditable || documentIndex < 0 || documentIndex >= m_documents.size())
        return tr("Fix the YAML syntax first.");
    const ModelApiMigration::Result migrated = ModelApiMigration::toV202601(m_documents.at(documentIndex));
    if (!migrated.error.isEmpty())
        return migrated.error;
    pushDocumentSource(CommandId::MigrateModelApi, tr("Migrate ModelAPI to 2026-01"), {}, documentIndex,
                       migrated.source, {});
    return tr("Migrated to the 2026-01 shape: %1. Undo restores the original.")
        .arg(migrated.changes.join(u"; "));
}

QString EditorDocument::pushDocumentSource(CommandId id, const QString &label, const QString &mergeKey,
                                           int documentIndex, const QByteArray &source, const QString &error)
{
    if (!error.isEmpty())
        return error;
    QList<ConfigDocument> edited = m_documents;
    edited[documentIndex].source = source; // a ModelAPI is written back as its source
    const TextDelta delta = TextDelta::between(m_text, QString::fromUtf8(ConfigCodec::toYaml(edited)));
    if (!delta.isEmpty())
        m_undoStack.push(new DocumentEditCommand(this, id, label, mergeKey, delta, false));
    return {};
}

QString EditorDocument::setModelApiField(int documentIndex, int field, const QString &value)
{
    flushReparse();
    if (!m_formEditable || documentIndex < 0 || documentIndex >= m_documents.size())
        return tr("Fix the YAML syntax first.");
    static const char *const keys[] = {"spec.mode", "proxyConfig.apiBase", "proxyConfig.model", "hosted.model"};
    const auto f = ModelApiEdit::Field(qBound(0, field, 3));
    const ModelApiEdit::Result r = ModelApiEdit::setField(m_documents.at(documentIndex), f, value);
    const QString key = QLatin1StringView(keys[int(f)]);
    return pushDocumentSource(CommandId::SetModelApiField, tr("Set %1").arg(key), key, documentIndex, r.source, r.error);
}

QString EditorDocument::setModelApiResources(int documentIndex, const QMap<QString, QString> &requests,
                                             const QMap<QString, QString> &limits)
{
    flushReparse();
    if (!m_formEditable || documentIndex < 0 || documentIndex >= m_documents.size())
        return tr("Fix the YAML syntax first.");
    const ModelApiEdit::Result r = ModelApiEdit::setResources(m_documents.at(documentIndex), requests, limits);
    return pushDocumentSource(CommandId::SetModelApiField, tr("Set resources"), QStringLiteral("resources"),
                              documentIndex, r.source, r.error);
}

QString EditorDocument::setModelApiConfigYaml(int documentIndex, const QString &text)
{
    flushReparse();
    if (!m_formEditable || documentIndex < 0 || documentIndex >= m_documents.size())
        return tr("Fix the YAML syntax first.");
    const ModelApiEdit::Result r = ModelApiEdit::setConfigYaml(m_documents.at(documentIndex), text);
    return pushDocumentSource(CommandId::SetModelApiConfigYaml, tr("Edit configYaml"),
                              QStringLiteral("proxyConfig.configYaml"), documentIndex, r.source, r.error);
}

QString EditorDocument::setModelApiEnv(int documentIndex, bool hosted, const QList<EnvVar> &env)
{
    flushReparse();
    if (!m_formEditable || documentIndex < 0 || documentIndex >= m_documents.size())
        return tr("Fix the YAML syntax first.");
    const ModelApiEdit::Result r = ModelApiEdit::setEnv(m_documents.at(documentIndex), hosted, env);
    return pushDocumentSource(CommandId::SetModelApiEnv, tr("Edit env"), {}, documentIndex, r.source, r.error);
}
