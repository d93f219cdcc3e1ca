#include "registrypage.h"

#include "modelsformat.h"
#include "registry/backgroundsync.h"
#include "registry/tierresolver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QScrollArea>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

RegistryPage::RegistryPage(ModelsContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model(new RegistryTableModel(this))
    , m_filter(new RegistryFilterModel(this))
    , m_history(new PriceHistoryModel(this))
    , m_sync(new BackgroundModelSync(m_context.database, this))
{
    m_sync->setRequestTimeout(m_context.requestTimeoutMs);
    m_filter->setSourceModel(m_model);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view = new QTableView;
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RegistryTableModel::Id, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(RegistryTableModel::Id, 250);
    m_view->setColumnWidth(RegistryTableModel::Model, 180);
    m_view->setColumnWidth(RegistryTableModel::DisplayName, 160);
    m_view->setColumnHidden(RegistryTableModel::Model, true); // the id says it; the header menu brings it back

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(buildDetails());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    split->setSizes({460, 200});
    m_view->setMinimumHeight(150);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    m_report = new QLabel;
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_report);
    layout->addWidget(split, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegistryPage::showDetails);
    connect(m_sync, &BackgroundModelSync::progress, this, &RegistryPage::onProgress);
    connect(m_sync, &BackgroundModelSync::finished, this, &RegistryPage::onFinished);
    connect(m_sync, &BackgroundModelSync::alert, this, [this](const ModelAlert &a) {
        raiseAlert(QStringLiteral("model:%1:%2:%3").arg(a.modelId).arg(int(a.kind)).arg(a.deprecationDate), a.modelId,
                   a.message);
    });
    connect(&m_scheduleTimer, &QTimer::timeout, this, [this] { syncNow(); });
    setSchedule(m_context.syncEveryHours);
    reload();
}

RegistryPage::~RegistryPage() = default;

QWidget *RegistryPage::buildControls()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search id or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_provider = new QComboBox;
    m_tierFilter = new QComboBox;
    m_showInactive = new QCheckBox(tr("Show inactive"));
    m_syncButton = new QToolButton;
    m_syncButton->setText(tr("Sync now"));
    m_syncButton->setToolTip(tr("Fetch the model lists of every provider with a key (and Ollama)."));
    m_syncButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_syncButton);
    for (const ProviderInfo &p : ProviderKeys::providers()) {
        const QString name = p.name;
        menu->addAction(tr("Sync %1 only").arg(p.label), this, [this, name] { syncNow({name}); });
    }
    m_syncButton->setMenu(menu);
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("%v of %m"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->hide();
    m_schedule = new QComboBox;
    m_schedule->addItem(tr("Auto-sync off"), 0);
    m_schedule->addItem(tr("Auto-sync hourly"), 1);
    m_schedule->addItem(tr("Auto-sync every 6 h"), 6);
    m_schedule->addItem(tr("Auto-sync daily"), 24);
    m_schedule->setCurrentIndex(qMax(0, m_schedule->findData(m_context.syncEveryHours)));
    m_schedule->setToolTip(tr("Sync every provider with a key on a schedule while TierBench runs."));

    row->addWidget(m_search, 2);
    row->addWidget(m_provider);
    row->addWidget(m_tierFilter);
    row->addWidget(m_showInactive);
    row->addStretch(1);
    row->addWidget(m_schedule);
    row->addWidget(m_syncButton);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);

    connect(m_search, &QLineEdit::textChanged, m_filter, &RegistryFilterModel::setSearch);
    connect(m_provider, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setProvider(m_provider->currentData().toString()); });
    connect(m_tierFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTier(m_tierFilter->currentData().toString()); });
    connect(m_showInactive, &QCheckBox::toggled, m_filter, &RegistryFilterModel::setShowInactive);
    connect(m_syncButton, &QToolButton::clicked, this, [this] { syncNow(); });
    connect(m_cancel, &QPushButton::clicked, this, &RegistryPage::cancelSync);
    connect(m_schedule, &QComboBox::currentIndexChanged, this, [this] {
        const int hours = m_schedule->currentData().toInt();
        setSchedule(hours);
        if (m_context.setSyncEveryHours)
            m_context.setSyncEveryHours(hours);
    });
    return bar;
}

QWidget *RegistryPage::buildDetails()
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);

    auto *historyBox = new QGroupBox(tr("Price history"));
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_detailTitle = new QLabel(tr("Select a model to see its prices over time and each source's price now."));
    m_detailTitle->setWordWrap(true);
    m_historyView = new QTableView;
    m_historyView->setModel(m_history);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setWordWrap(false);
    m_historyView->setColumnWidth(PriceHistoryModel::AsOf, 120);
    m_historyView->setColumnWidth(PriceHistoryModel::Source, 170);
    for (int c : {int(PriceHistoryModel::Input), int(PriceHistoryModel::Output), int(PriceHistoryModel::Cached)})
        m_historyView->setColumnWidth(c, 72);
    m_historyView->setTextElideMode(Qt::ElideMiddle);
    historyLayout->addWidget(m_detailTitle);
    historyLayout->addWidget(m_historyView, 1);

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *tierBox = new QGroupBox(tr("Tier"));
    auto *tierLayout = new QVBoxLayout(tierBox);
    auto *tierRow = new QHBoxLayout;
    tierLayout->addLayout(tierRow);
    m_tier = new QComboBox;
    m_tier->setEditable(true);
    m_tier->addItems({QString(), QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning")});
    m_tier->setMinimumWidth(90);
    m_default = new QCheckBox(tr("Default"));
    m_default->setToolTip(tr("The default model of its tier (the others of the tier stop being default)."));
    m_apply = new QPushButton(tr("Apply"));
    m_apply->setToolTip(tr("Set the tier and default flag in the registry (recorded in the audit log)."));
    m_useFor = new QToolButton;
    m_useFor->setText(tr("Use for tier…"));
    m_useFor->setToolTip(tr("Put this model into a tier of a config open in the Configs mode, with its registry "
                            "prices (Edit ▸ Undo there takes it back)."));
    m_useFor->setPopupMode(QToolButton::InstantPopup);
    auto *useMenu = new QMenu(m_useFor);
    m_useFor->setMenu(useMenu);
    connect(useMenu, &QMenu::aboutToShow, this, [this, useMenu] {
        useMenu->clear();
        const QStringList configs = m_context.openConfigs ? m_context.openConfigs() : QStringList();
        if (configs.isEmpty())
            useMenu->addAction(tr("No config is open (open one in the Configs mode)"))->setEnabled(false);
        for (int i = 0; i < configs.size(); ++i) {
            QMenu *sub = useMenu->addMenu(configs.at(i));
            for (const QString &tier : {QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning")})
                sub->addAction(tier, this, [this, i, tier] { useForTier(i, tier); });
        }
    });
    tierRow->addWidget(m_tier, 1);
    tierRow->addWidget(m_default);
    tierRow->addWidget(m_apply);
    auto *useRow = new QHBoxLayout;
    useRow->addWidget(m_useFor);
    useRow->addStretch();
    tierLayout->addLayout(useRow);

    auto *resolveBox = new QGroupBox(tr("Resolve preview"));
    auto *resolveLayout = new QVBoxLayout(resolveBox);
    auto *resolveRow = new QHBoxLayout;
    m_resolveTier = new QComboBox;
    m_resolveTier->addItems({QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning")});
    m_resolveMode = new QComboBox;
    m_resolveMode->addItem(tr("any provider"), QStringLiteral("any"));
    for (const ProviderInfo &p : ProviderKeys::providers())
        m_resolveMode->addItem(tr("prefer %1").arg(p.label), QString(QStringLiteral("prefer:") + p.name));
    m_resolveMode->addItem(tr("exact: the selected model"), QStringLiteral("exact"));
    m_resolve = new QLabel;
    m_resolve->setWordWrap(true);
    m_resolve->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resolve->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *resolveScroll = new QScrollArea;
    resolveScroll->setWidget(m_resolve);
    resolveScroll->setWidgetResizable(true);
    resolveScroll->setFrameShape(QFrame::NoFrame);
    resolveScroll->setMinimumHeight(60);
    resolveRow->addWidget(m_resolveTier);
    resolveRow->addWidget(m_resolveMode, 1);
    resolveLayout->addLayout(resolveRow);
    resolveLayout->addWidget(resolveScroll, 1);

    sideLayout->addWidget(tierBox);
    sideLayout->addWidget(resolveBox, 1);
    side->setMinimumWidth(300);
    side->setMaximumWidth(420);
    row->addWidget(historyBox, 3);
    row->addWidget(side, 2);

    connect(m_apply, &QPushButton::clicked, this, [this] {
        QString error;
        if (!assignTier(m_tier->currentText().trimmed(), m_default->isChecked(), &error))
            m_report->setText(error);
    });
    auto preview = [this] { previewResolve(m_resolveTier->currentText(), m_resolveMode->currentData().toString()); };
    connect(m_resolveTier, &QComboBox::currentIndexChanged, this, preview);
    connect(m_resolveMode, &QComboBox::currentIndexChanged, this, preview);
    return box;
}

void RegistryPage::reload()
{
    const QString current = currentModel();
    QString error;
    ModelRegistry registry(m_context.database);
    m_model->setModels(registry.models({}, &error));
    // Drift flags: sources of one model that disagree by more than the threshold.
    QHash<QString, QList<CatalogPrice>> byModel;
    for (const CatalogPrice &c : registry.priceCatalogue())
        byModel[c.key()].append(c);
    QHash<QString, QString> drift;
    for (const LLMModel &m : m_model->models()) {
        const QList<CatalogPrice> sources = byModel.value(m.id);
        for (const CatalogPrice &s : sources) {
            for (const auto &[mine, theirs] : {std::pair{m.inputPrice, s.price.input}, std::pair{m.outputPrice, s.price.output}}) {
                if (mine && theirs && s.price.source != m.priceSource
                    && Decimal::relativeDifference(*theirs, *mine) > registry.driftThreshold())
                    drift.insert(m.id, tr("Price drift: %1 says %2, %3 says %4 per 1M (more than %5 % apart).")
                                           .arg(m.priceSource, mine->toString(), s.price.source, theirs->toString())
                                           .arg(qRound(registry.driftThreshold() * 100)));
            }
        }
    }
    m_model->setDriftFlags(drift);
    if (!error.isEmpty())
        m_report->setText(error);
    fillFilters();
    if (!current.isEmpty())
        selectModel(current);
    else if (m_filter->rowCount() > 0) {
        // the first model with a known price, so that the history shows something
        int first = 0;
        for (int r = 0; r < m_filter->rowCount(); ++r) {
            const int source = m_filter->mapToSource(m_filter->index(r, 0)).row();
            if (m_model->modelAt(source).inputPrice) {
                first = r;
                break;
            }
        }
        m_view->setCurrentIndex(m_filter->index(first, RegistryTableModel::Id));
    }
    previewResolve(m_resolveTier->currentText(), m_resolveMode->currentData().toString());
    emit registryChanged();
}

void RegistryPage::fillFilters()
{
    QStringList providers;
    QStringList tiers;
    for (const LLMModel &m : m_model->models()) {
        if (!providers.contains(m.provider))
            providers.append(m.provider);
        if (!m.tier.isEmpty() && !tiers.contains(m.tier))
            tiers.append(m.tier);
    }
    providers.sort();
    tiers.sort();
    auto refill = [](QComboBox *box, const QString &all, const QStringList &items) {
        const QString keep = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &item : items)
            box->addItem(item, item);
        box->setCurrentIndex(qMax(0, box->findData(keep)));
    };
    refill(m_provider, tr("All providers"), providers);
    refill(m_tierFilter, tr("All tiers"), tiers);
}

QString RegistryPage::currentModel() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(Qt::UserRole).toString() : QString();
}

void RegistryPage::selectModel(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, RegistryTableModel::Id));
    if (index.isValid())
        m_view->setCurrentIndex(index);
    showDetails();
}

void RegistryPage::showDetails()
{
    const QString id = currentModel();
    const int row = m_model->rowOf(id);
    m_apply->setEnabled(row >= 0);
    if (row < 0) {
        m_history->setHistory({});
        return;
    }
    const LLMModel &m = m_model->modelAt(row);
    QString error;
    QList<PriceHistoryEntry> history = ModelRegistry(m_context.database).priceHistory(id, &error);
    // A tier config's own prices for this model (they win at resolution time).
    if (m_context.tierConfigs) {
        for (const TierConfig &c : m_context.tierConfigs()) {
            for (const TierEntry &t : c.tiers) {
                if (LLMModel::makeId(t.provider, t.model) != id)
                    continue;
                const TokenPrices p = t.prices();
                history.append({{}, tr("config %1, tier %2").arg(c.name, t.tier), {}, p.inputPerMillion,
                                p.outputPerMillion, p.cachedInputPerMillion, true});
            }
        }
    }
    m_history->setHistory(history);
    m_detailTitle->setText(error.isEmpty() ? tr("<b>%1</b>: in use %2 in, %3 out per 1M (%4)")
                                                 .arg(id.toHtmlEscaped(), ModelsFormat::price(m.inputPrice),
                                                      ModelsFormat::price(m.outputPrice),
                                                      m.priceSource.isEmpty() ? tr("unpriced") : m.priceSource)
                                           : error);
    m_tier->setCurrentText(m.tier);
    m_default->setChecked(m.isDefault);
    if (m_resolveMode->currentData().toString() == u"exact")
        previewResolve(m_resolveTier->currentText(), QStringLiteral("exact"));
}

bool RegistryPage::assignTier(const QString &tier, bool makeDefault, QString *error)
{
    const QString id = currentModel();
    if (id.isEmpty())
        return false;
    if (!ModelRegistry(m_context.database).assignTier(id, tier, makeDefault && !tier.isEmpty(),
                                                      QStringLiteral("workbench"), error))
        return false;
    reload();
    return true;
}

bool RegistryPage::useForTier(int configIndex, const QString &tier)
{
    const int row = m_model->rowOf(currentModel());
    if (row < 0 || !m_context.useForTier)
        return false;
    const LLMModel &m = m_model->modelAt(row);
    const QString error = m_context.useForTier(configIndex, tier, m);
    m_report->setText(error.isEmpty()
                          ? tr("%1 is now tier %2 of %3, priced %4 in, %5 out per 1M from the registry; Edit ▸ Undo "
                               "in the Configs mode takes it back.")
                                .arg(m.id, tier, m_context.openConfigs().value(configIndex),
                                     ModelsFormat::price(m.inputPrice), ModelsFormat::price(m.outputPrice))
                          : error);
    return error.isEmpty();
}

void RegistryPage::previewResolve(const QString &tier, const QString &mode)
{
    ModelSpec spec;
    spec.tier = tier;
    if (mode == u"exact")
        spec.exact = currentModel();
    else if (mode.startsWith(u"prefer:"))
        spec.preferProvider = mode.mid(7);
    if (mode == u"exact" && spec.exact.isEmpty()) {
        m_resolve->setText(tr("Select a model in the table."));
        return;
    }
    TierResolver resolver(m_model->models());
    if (m_context.tierConfigs) {
        for (const TierConfig &c : m_context.tierConfigs())
            resolver.setTierConfig(c);
    }
    const Resolution r = resolver.resolve(spec);
    if (!r.ok()) {
        m_resolve->setText(r.error);
        return;
    }
    m_resolve->setText(tr("<b>%1</b> — %2<br>%3 in, %4 out per 1M (%5)")
                           .arg(r.model->id.toHtmlEscaped(), r.explanation.toHtmlEscaped(),
                                ModelsFormat::price(r.prices.inputPerMillion), ModelsFormat::price(r.prices.outputPerMillion),
                                r.priceSource.toHtmlEscaped()));
}

QString RegistryPage::resolveText() const
{
    return m_resolve->text();
}

QString RegistryPage::syncReport() const
{
    return m_report->text();
}
