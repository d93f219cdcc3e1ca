#include "modelapiform.h"

#include "codeeditor.h"
#include "editordocument.h"
#include "yamlhighlighter.h"

#include "config/configvalidator.h"
#include "config/modelapiedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
// ModelApiEdit::Field, as EditorDocument::setModelApiField takes it.
constexpr int ModeField = 0;
constexpr int ApiBaseField = 1;
constexpr int ProxyModelField = 2;
constexpr int HostedModelField = 3;
} // namespace

ModelApiForm::ModelApiForm(EditorDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_mode(new QComboBox(this))
    , m_apiBase(new QLineEdit(this))
    , m_apiBaseLabel(new QLabel(tr("apiBase"), this))
    , m_model(new QLineEdit(this))
    , m_env(new QTableWidget(0, 4, this))
    , m_addEnv(new QPushButton(tr("Add variable"), this))
    , m_removeEnv(new QPushButton(tr("Remove variable"), this))
    , m_status(new QLabel(this))
    , m_configLabel(new QLabel(tr("<b>LiteLLM config</b> (proxyConfig.configYaml)"), this))
    , m_configYaml(new CodeEditor(this))
    , m_configProblems(new QLabel(this))
{
    m_mode->addItems({QStringLiteral("Proxy"), QStringLiteral("Hosted")});
    m_apiBase->setPlaceholderText(QStringLiteral("http://host.docker.internal:11434"));
    m_model->setPlaceholderText(tr("empty: any model (wildcard)"));
    auto *fields = new QFormLayout;
    fields->addRow(tr("Mode"), m_mode);
    fields->addRow(m_apiBaseLabel, m_apiBase);
    fields->addRow(tr("Model"), m_model);

    m_env->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Secret name"), tr("Secret key")});
    m_env->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_env->verticalHeader()->hide();
    m_env->setToolTip(tr("Each variable has a literal value, or the name and key of the Secret that holds it "
                         "(valueFrom.secretKeyRef). Put API keys in a Secret."));
    auto *envButtons = new QHBoxLayout;
    envButtons->addWidget(m_addEnv);
    envButtons->addWidget(m_removeEnv);
    envButtons->addStretch(1);

    new YamlHighlighter(m_configYaml->document());
    m_configYaml->setAccessibleName(tr("Nested LiteLLM config"));
    m_configYaml->setPlaceholderText(tr("model_list:\n  - model_name: fast\n    litellm_params:\n      model: openai/gpt-4o-mini"));
    m_configYaml->setToolTip(tr("The LiteLLM proxy's config.yaml. Its problems are shown at its own lines; "
                                "Ctrl+Z undoes in the document, like every form edit."));
    m_configProblems->setWordWrap(true);
    m_configProblems->setTextFormat(Qt::PlainText);
    m_configProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_configTimer.setSingleShot(true);
    m_configTimer.setInterval(600);

    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(fields);
    layout->addWidget(new QLabel(tr("<b>Environment</b>"), this));
    layout->addWidget(m_env, 1);
    layout->addLayout(envButtons);
    layout->addWidget(buildResources());
    layout->addWidget(m_configLabel);
    layout->addWidget(m_configYaml, 2);
    layout->addWidget(m_configProblems);
    layout->addWidget(m_status);

    connect(m_configYaml, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_configTimer.start();
    });
    connect(&m_configTimer, &QTimer::timeout, this, &ModelApiForm::commitConfigYaml);
    connect(m_configYaml, &CodeEditor::undoRequested, document->undoStack(), &QUndoStack::undo);
    connect(m_configYaml, &CodeEditor::redoRequested, document->undoStack(), &QUndoStack::redo);

    connect(m_mode, &QComboBox::activated, this, [this] { commitField(ModeField, m_mode->currentText()); });
    connect(m_apiBase, &QLineEdit::editingFinished, this, [this] { commitField(ApiBaseField, m_apiBase->text().trimmed()); });
    connect(m_model, &QLineEdit::editingFinished, this, [this] {
        commitField(hosted() ? HostedModelField : ProxyModelField, m_model->text().trimmed());
    });
    connect(m_env, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            commitEnv();
    });
    connect(m_addEnv, &QPushButton::clicked, this, [this] {
        const QSignalBlocker block(m_env);
        const int row = m_env->rowCount();
        m_env->insertRow(row);
        m_env->setItem(row, NameColumn, new QTableWidgetItem(QStringLiteral("NEW_VARIABLE")));
        m_env->setItem(row, ValueColumn, new QTableWidgetItem);
        m_env->setItem(row, SecretNameColumn, new QTableWidgetItem);
        m_env->setItem(row, SecretKeyColumn, new QTableWidgetItem);
        commitEnv();
    });
    connect(m_removeEnv, &QPushButton::clicked, this, [this] {
        const int row = m_env->currentRow();
        if (row < 0)
            return;
        {
            const QSignalBlocker block(m_env);
            m_env->removeRow(row);
        }
        commitEnv();
    });
}

bool ModelApiForm::hosted() const
{
    return m_mode->currentText() == u"Hosted";
}

void ModelApiForm::showDocument(int index, const ConfigDocument &doc, bool editable)
{
    m_index = index;
    m_filling = true;
    const ModelApi &api = doc.modelApi;
    const bool isHosted = api.mode == u"Hosted";
    if (m_mode->currentText() != api.mode)
        m_mode->setCurrentIndex(isHosted ? 1 : 0);
    m_apiBaseLabel->setVisible(!isHosted);
    m_apiBase->setVisible(!isHosted);
    if (!m_apiBase->hasFocus())
        m_apiBase->setText(api.proxyConfig.apiBase);
    if (!m_model->hasFocus())
        m_model->setText(isHosted ? api.serverConfig.model : api.proxyConfig.model);
    m_model->setPlaceholderText(isHosted ? tr("the model to pull and serve, e.g. smollm2:135m")
                                         : tr("empty: any model (wildcard)"));
    const QList<EnvVar> &env = isHosted ? api.serverConfig.env : api.proxyConfig.env;
    // Rebuilt only when it shows something else: rebuilding would close an open cell editor.
    bool same = m_env->rowCount() == env.size();
    for (int row = 0; same && row < env.size(); ++row) {
        const EnvVar &v = env.at(row);
        const QString cells[] = {v.name, v.value, v.secretName, v.secretKey};
        for (int c = 0; same && c < 4; ++c)
            same = m_env->item(row, c) && m_env->item(row, c)->text() == cells[c];
    }
    if (!same) {
        const QSignalBlocker block(m_env);
        m_env->setRowCount(int(env.size()));
        for (int row = 0; row < env.size(); ++row) {
            const EnvVar &v = env.at(row);
            const QString cells[] = {v.name, v.value, v.secretName, v.secretKey};
            for (int c = 0; c < 4; ++c)
                m_env->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
    }
    for (QWidget *w : {static_cast<QWidget *>(m_mode), static_cast<QWidget *>(m_apiBase),
                       static_cast<QWidget *>(m_model), static_cast<QWidget *>(m_addEnv),
                       static_cast<QWidget *>(m_removeEnv)})
        w->setEnabled(editable);
    m_env->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    showConfigYaml(doc, editable);
    showResources(doc, editable);
    m_filling = false;
}

QWidget *ModelApiForm::buildResources()
{
    m_resourcesBox = new QWidget(this);
    auto *grid = new QGridLayout(m_resourcesBox);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(new QLabel(tr("<b>Resources</b> of the model server"), m_resourcesBox), 0, 0, 1, 3);
    grid->addWidget(new QLabel(tr("CPU"), m_resourcesBox), 1, 1);
    grid->addWidget(new QLabel(tr("Memory"), m_resourcesBox), 1, 2);
    grid->addWidget(new QLabel(tr("Requests"), m_resourcesBox), 2, 0);
    grid->addWidget(new QLabel(tr("Limits"), m_resourcesBox), 3, 0);
    for (int r = CpuRequest; r <= MemoryLimit; ++r) {
        auto *edit = new QLineEdit(m_resourcesBox);
        const bool cpu = r == CpuRequest || r == CpuLimit;
        edit->setPlaceholderText(cpu ? tr("e.g. 500m or 2") : tr("e.g. 512Mi or 8Gi"));
        edit->setToolTip(tr("A Kubernetes quantity: a number with an optional unit (m, k, M, G, Ki, Mi, Gi…)."));
        grid->addWidget(edit, r <= MemoryRequest ? 2 : 3, cpu ? 1 : 2);
        connect(edit, &QLineEdit::editingFinished, this, &ModelApiForm::commitResources);
        m_resources[r] = edit;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    return m_resourcesBox;
}

void ModelApiForm::showResources(const ConfigDocument &doc, bool editable)
{
    m_resourcesBox->setVisible(doc.modelApi.mode == u"Hosted");
    const ModelApi::ServerConfig &server = doc.modelApi.serverConfig;
    const QString values[] = {server.resourceRequests.value(QStringLiteral("cpu")),
                              server.resourceRequests.value(QStringLiteral("memory")),
                              server.resourceLimits.value(QStringLiteral("cpu")),
                              server.resourceLimits.value(QStringLiteral("memory"))};
    for (int r = CpuRequest; r <= MemoryLimit; ++r) {
        if (!m_resources[r]->hasFocus())
            m_resources[r]->setText(values[r]);
        m_resources[r]->setEnabled(editable);
    }
}

void ModelApiForm::commitResources()
{
    if (m_filling || m_index < 0 || m_index >= m_document->documents().size())
        return;
    // Other resources (nvidia.com/gpu, ephemeral-storage) are kept as they are.
    const ModelApi::ServerConfig &server = m_document->documents().at(m_index).modelApi.serverConfig;
    QMap<QString, QString> requests = server.resourceRequests;
    QMap<QString, QString> limits = server.resourceLimits;
    const auto put = [](QMap<QString, QString> &map, const QString &key, const QString &value) {
        if (value.isEmpty())
            map.remove(key);
        else
            map.insert(key, value);
    };
    put(requests, QStringLiteral("cpu"), m_resources[CpuRequest]->text().trimmed());
    put(requests, QStringLiteral("memory"), m_resources[MemoryRequest]->text().trimmed());
    put(limits, QStringLiteral("cpu"), m_resources[CpuLimit]->text().trimmed());
    put(limits, QStringLiteral("memory"), m_resources[MemoryLimit]->text().trimmed());
    if (requests == server.resourceRequests && limits == server.resourceLimits)
        return;
    const QString error = m_document->setModelApiResources(m_index, requests, limits);
    m_status->setText(error);
    for (int r = CpuRequest; r <= MemoryLimit; ++r) {
        const QString t = m_resources[r]->text().trimmed();
        const bool bad = !t.isEmpty() && !ConfigValidator::isQuantity(t);
        m_resources[r]->setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 1px solid #c0392b; }") : QString());
    }
}

QString ModelApiForm::statusText() const
{
    return m_status->text();
}

void ModelApiForm::showConfigYaml(const ConfigDocument &doc, bool editable)
{
    const ModelApi::ProxyConfig &proxy = doc.modelApi.proxyConfig;
    const bool shown = doc.modelApi.mode != u"Hosted";
    for (QWidget *w : {static_cast<QWidget *>(m_configLabel), static_cast<QWidget *>(m_configYaml),
                       static_cast<QWidget *>(m_configProblems)})
        w->setVisible(shown);
    const bool fromSecret = !proxy.configYamlSecretName.isEmpty();
    m_configYaml->setReadOnly(!editable || fromSecret);
    // The text the user is typing stays as it is until it is written (m_configTimer).
    const auto trimmed = [](QString t) {
        while (t.endsWith(u'\n'))
            t.chop(1);
        return t;
    };
    if (!m_configTimer.isActive() && trimmed(m_configYaml->toPlainText()) != trimmed(proxy.configYaml))
        m_configYaml->setPlainText(trimmed(proxy.configYaml));
    const Diagnostics nested = ModelApiEdit::nestedConfigDiagnostics(doc, m_document->diagnostics());
    m_configYaml->setDiagnostics(nested);
    QStringList lines;
    if (fromSecret)
        lines << tr("The config comes from the Secret %1 (key %2); it is edited there.")
                     .arg(proxy.configYamlSecretName, proxy.configYamlSecretKey);
    for (const Diagnostic &d : nested)
        lines << tr("line %1, column %2: %3").arg(d.line).arg(d.column).arg(d.message);
    m_configProblems->setText(lines.join(u'\n'));
    m_configProblems->setVisible(shown && !lines.isEmpty());
}

QString ModelApiForm::configYamlProblems() const
{
    return m_configProblems->text();
}

void ModelApiForm::commitConfigYaml()
{
    m_configTimer.stop();
    if (m_filling || m_index < 0 || m_configYaml->isReadOnly())
        return;
    m_status->setText(m_document->setModelApiConfigYaml(m_index, m_configYaml->toPlainText()));
}

void ModelApiForm::commitField(int field, const QString &value)
{
    if (m_filling || m_index < 0)
        return;
    m_status->setText(m_document->setModelApiField(m_index, field, value));
}

void ModelApiForm::commitEnv()
{
    if (m_filling || m_index < 0)
        return;
    QList<EnvVar> env;
    for (int row = 0; row < m_env->rowCount(); ++row) {
        const auto cell = [&](int c) { return m_env->item(row, c) ? m_env->item(row, c)->text().trimmed() : QString(); };
        env.append({cell(NameColumn), cell(ValueColumn), cell(SecretNameColumn), cell(SecretKeyColumn)});
    }
    m_status->setText(m_document->setModelApiEnv(m_index, hosted(), env));
}
