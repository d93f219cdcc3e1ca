#include "providerspage.h"

#include "registry/connectiontest.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

ProvidersPage::ProvidersPage(ModelsContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model(new ProvidersModel(this))
    , m_view(new QTableView)
    , m_banner(new QLabel)
    , m_result(new QLabel)
    , m_models(new QListWidget)
    , m_setKey(new QPushButton(tr("Set key…")))
    , m_removeKey(new QPushButton(tr("Remove key")))
    , m_test(new QPushButton(tr("Test connection")))
{
    QList<ProvidersModel::Row> rows;
    for (const ProviderInfo &p : ProviderKeys::providers())
        rows.append({p, m_context.baseUrl(p), ProviderKeys::keyStatus(p.name, std::nullopt, m_context.baseUrl(p), {}), {}, true});
    m_model->setRows(rows);

    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ProvidersModel::Provider, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProvidersModel::Key, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(ProvidersModel::Where, 300); // the full text is in the tooltip
    m_view->setColumnWidth(ProvidersModel::BaseUrl, 250);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    m_setKey->setToolTip(tr("Store a key in the OS keychain (service \"%1\"). It is never written to a file.")
                             .arg(SecretStore::keychainService()));
    m_test->setToolTip(tr("Ask the provider for its model list with the key in use."));
    buttons->addWidget(m_setKey);
    buttons->addWidget(m_removeKey);
    buttons->addSpacing(12);
    buttons->addWidget(m_test);
    buttons->addStretch();

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setText(tr("Select a provider and press Test connection to list its models."));
    auto *resultBox = new QWidget;
    auto *resultLayout = new QVBoxLayout(resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_result);
    resultLayout->addWidget(m_models, 1);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(resultBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({300, 160});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_setKey, &QPushButton::clicked, this, &ProvidersPage::askKey);
    connect(m_removeKey, &QPushButton::clicked, this, [this] { removeKey(currentProvider()); });
    connect(m_test, &QPushButton::clicked, this, [this] { testConnection(currentProvider()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProvidersPage::updateButtons);
    m_view->selectRow(0);
    refresh();
}

QString ProvidersPage::bannerText() const
{
    return m_banner->text();
}

QString ProvidersPage::currentProvider() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()).info.name : QString();
}

void ProvidersPage::selectProvider(const QString &provider)
{
    const int row = m_model->rowOf(provider);
    if (row >= 0)
        m_view->selectRow(row);
}

void ProvidersPage::refresh()
{
    ProviderKeys::keychainAvailability(m_context.keychain.get(), this, [this](const QString &problem) {
        m_keychainProblem = problem;
        m_probed = true;
        ProviderKeys::scan(m_context.keychain.get(), ProviderKeys::candidateEntries({}), this,
                           [this](const QSet<QString> &entries) {
                               m_entries = entries;
                               recompute();
                           });
    });
}

void ProvidersPage::recompute()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ProvidersModel::Row &r = m_model->rowAt(row);
        m_model->setStatus(row, ProviderKeys::keyStatus(r.info.name, std::nullopt, r.baseUrl, m_entries));
    }
    if (m_keychainProblem.isEmpty()) {
        m_banner->setText(tr("Keys set here go to the OS keychain (service \"%1\", entry = the variable name, "
                             "e.g. OPENAI_API_KEY) and are never written to a file. A key in the keychain is "
                             "used before the environment variable.")
                              .arg(SecretStore::keychainService()));
    } else {
        m_banner->setText(tr("<b>No keychain service on this machine</b> (%1). Keys cannot be stored here: set "
                             "the environment variable shown in the table before starting TierBench instead, "
                             "e.g. <code>export OPENAI_API_KEY=…</code>")
                              .arg(m_keychainProblem.toHtmlEscaped()));
    }
    updateButtons();
    emit statusChanged();
}

void ProvidersPage::updateButtons()
{
    const int row = m_model->rowOf(currentProvider());
    const bool takesKey = row >= 0 && !m_model->rowAt(row).info.keyVariable.isEmpty();
    const bool keychain = m_probed && m_keychainProblem.isEmpty();
    m_setKey->setEnabled(takesKey && keychain);
    m_removeKey->setEnabled(takesKey && keychain && row >= 0
                            && m_model->rowAt(row).status.source == KeyStatus::Source::Keychain);
    m_test->setEnabled(row >= 0 && m_context.network);
    if (!keychain && takesKey)
        m_setKey->setToolTip(tr("No keychain service: set $%1 instead.").arg(m_model->rowAt(row).info.keyVariable));
}

void ProvidersPage::askKey()
{
    const int row = m_model->rowOf(currentProvider());
    if (row < 0)
        return;
    const ProviderInfo &info = m_model->rowAt(row).info;
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("Set %1 key").arg(info.label),
                                              tr("API key for %1 (stored in the keychain as %2):").arg(info.label, info.keyVariable),
                                              QLineEdit::Password, {}, &ok);
    if (ok && !key.trimmed().isEmpty())
        setKey(info.name, key.trimmed());
}

void ProvidersPage::setKey(const QString &provider, const QString &key)
{
    const std::optional<ProviderInfo> info = ProviderKeys::provider(provider);
    if (!info || info->keyVariable.isEmpty())
        return;
    SecretStore(m_context.keychain).store(info->keyVariable, key, this,
                                          [this, provider](const QString &error) { keyWritten(provider, error); });
}

void ProvidersPage::removeKey(const QString &provider)
{
    const std::optional<ProviderInfo> info = ProviderKeys::provider(provider);
    if (!info || info->keyVariable.isEmpty())
        return;
    SecretStore(m_context.keychain).remove(info->keyVariable, this,
                                           [this, provider](const QString &error) { keyWritten(provider, error); });
}

void ProvidersPage::keyWritten(const QString &provider, const QString &error)
{
    if (!error.isEmpty()) {
        emit keyError(provider, error);
        showResult(error, {});
        return;
    }
    refresh();
    if (m_context.keychainChanged) {
        connect(this, &ProvidersPage::statusChanged, this, [this] { m_context.keychainChanged(m_entries); },
                Qt::SingleShotConnection);
    }
}

void ProvidersPage::testConnection(const QString &provider)
{
    const int row = m_model->rowOf(provider);
    if (row < 0 || !m_context.network)
        return;
    const ProviderInfo info = m_model->rowAt(row).info;
    m_model->setConnection(row, tr("testing…"), true);
    auto run = [this, row, info](const QString &key) {
        ::testConnection(m_context.network, m_context.endpoint(info), key, m_context.requestTimeoutMs, this,
                         [this, row, info](const ConnectionTest &t) {
                             const QString text = t.ok() ? tr("%n model(s) in %1 ms", nullptr, int(t.models.size())).arg(t.latencyMs)
                                                         : t.error;
                             m_model->setConnection(row, text, t.ok());
                             if (currentProvider() == info.name)
                                 showResult(t.ok() ? tr("%1: %2").arg(info.label, text) : tr("%1 failed: %2").arg(info.label, text),
                                            t.models);
                             emit connectionTested(info.name, t.ok());
                         });
    };
    if (info.keyVariable.isEmpty()) {
        run({});
        return;
    }
    SecretStore store(m_context.keychain);
    store.lookup({}, {}, info.keyVariable, this, [run](const SecretLookup &found) { run(found.value.value_or(QString())); });
}

void ProvidersPage::showResult(const QString &text, const QStringList &models)
{
    m_result->setText(text);
    m_models->clear();
    m_models->addItems(models);
}
