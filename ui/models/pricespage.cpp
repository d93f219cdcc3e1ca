#include "pricespage.h"

#include "registry/priceimport.h"

#include <QFile>
#include <QFileDialog>
#include <QProgressBar>
#include <QPushButton>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

/// Runs `reload` a moment after typing stops.
void debounce(QLineEdit *edit, QObject *owner, std::function<void()> reload)
{
    auto *timer = new QTimer(owner);
    timer->setSingleShot(true);
    timer->setInterval(200);
    QObject::connect(timer, &QTimer::timeout, owner, reload);
    QObject::connect(edit, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
}

} // namespace

PricesPage::PricesPage(ModelsContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_importer(new PriceImporter(m_context.database, this))
    , m_import(new QPushButton(tr("Import LiteLLM file…")))
    , m_progress(new QProgressBar)
    , m_model(new PriceCatalogModel(this))
    , m_search(new QLineEdit)
    , m_provider(new QComboBox)
    , m_source(new QComboBox)
    , m_note(new QLabel)
    , m_count(new QLabel)
    , m_view(makeTable(m_model))
{
    m_search->setPlaceholderText(tr("Search provider:model"));
    m_search->setClearButtonEnabled(true);
    m_provider->setEditable(true);
    m_provider->setInsertPolicy(QComboBox::NoInsert);
    m_provider->addItem(tr("All providers"), QString());
    for (const QString &p : {u"anthropic"_qs, u"openai"_qs, u"gemini"_qs, u"openrouter"_qs, u"ollama"_qs, u"mistral"_qs,
                             u"bedrock"_qs, u"vertex_ai-language-models"_qs})
        m_provider->addItem(p, p);
    m_source->addItem(tr("All sources"), QString());
    for (const QString &s : {u"litellm"_qs, u"openrouter-api"_qs, u"local"_qs, u"manual"_qs})
        m_source->addItem(s, s);
    m_note->setWordWrap(true);
    m_view->setColumnWidth(PriceCatalogModel::Key, 240);
    m_view->setColumnWidth(PriceCatalogModel::Model, 200);
    m_view->setColumnHidden(PriceCatalogModel::Model, true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_provider, 1);
    bar->addWidget(m_source);
    bar->addWidget(m_count);
    bar->addWidget(m_progress);
    bar->addWidget(m_import);
    m_progress->hide();
    m_progress->setMaximumWidth(140);
    m_import->setToolTip(tr("Import a newer model_prices_and_context_window.json from LiteLLM (exact per-million prices)."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_import, &QPushButton::clicked, this, &PricesPage::chooseFile);
    connect(m_importer, &PriceImporter::progress, this, [this](int done, int total) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_importer, &PriceImporter::finished, this, [this](const PriceImportReport &r) {
        m_progress->hide();
        m_import->setEnabled(true);
        const QString summary = r.ok() ? tr("%1 entries, %2 with prices; %3 registry model(s) repriced, %4 drift(s).")
                                             .arg(r.entries).arg(r.priced).arg(r.outcome.pricesChanged).arg(r.outcome.drifts.size())
                                       : tr("Import failed, nothing was written: %1")
                                             .arg(r.error.isEmpty() ? r.outcome.error : r.error);
        reload();
        m_count->setText(summary);
        emit imported(summary, r.ok());
    });

    debounce(m_search, this, [this] { reload(); });
    connect(m_provider, &QComboBox::currentTextChanged, this, &PricesPage::reload);
    connect(m_source, &QComboBox::currentIndexChanged, this, &PricesPage::reload);
    reload();
}

void PricesPage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import LiteLLM prices"), {},
                                                      tr("LiteLLM price map (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool PricesPage::importFile(const QString &path)
{
    QFile file(path);
    if (m_importer->isRunning() || !file.open(QIODevice::ReadOnly)) {
        if (!m_importer->isRunning())
            m_count->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_import->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_importer->start(file.readAll());
    return true;
}

QString PricesPage::noteText() const
{
    return m_note->text();
}

void PricesPage::reload()
{
    QString provider = m_provider->currentData().toString();
    if (m_provider->currentIndex() < 0 || m_provider->currentText() != m_provider->itemText(m_provider->currentIndex()))
        provider = m_provider->currentText().trimmed();
    QString error;
    m_model->setPrices(ModelRegistry(m_context.database)
                           .priceCatalogue({m_search->text().trimmed(), provider, m_source->currentData().toString()}, &error));
    m_count->setText(tr("%n price(s)", nullptr, int(m_model->prices().size())));
    const qint64 days = LiteLlmPrices::bundledAsOf().daysTo(QDate::currentDate());
    QString note = tr("Prices are USD per 1M tokens, exact as the source gives them; \"unknown\" means no price, "
                      "never $0. <i>Import LiteLLM file…</i> (or <code>tierctl models import-prices FILE</code>) brings a newer map.");
    if (days > LiteLlmPrices::StaleAfterDays)
        note += u' ' + tr("<b>The bundled LiteLLM map is %1 days old</b> (%2): litellm prices that were not "
                          "imported since may be out of date.")
                           .arg(days)
                           .arg(LiteLlmPrices::bundledAsOf().toString(Qt::ISODate));
    if (!error.isEmpty())
        note = error;
    else if (m_model->prices().isEmpty() && m_search->text().isEmpty() && provider.isEmpty())
        note = tr("No prices imported yet: run <code>tierctl models import-prices --bundled</code>, or sync OpenRouter.");
    m_note->setText(note);
}

AuditPage::AuditPage(ModelsContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
    , m_model(new AuditLogModel(this))
    , m_modelFilter(new QLineEdit)
    , m_range(new QComboBox)
    , m_action(new QComboBox)
    , m_count(new QLabel)
    , m_view(makeTable(m_model))
{
    m_modelFilter->setPlaceholderText(tr("Filter by model (provider:model)"));
    m_modelFilter->setClearButtonEnabled(true);
    m_range->addItem(tr("Last 24 hours"), 1);
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    m_range->addItem(tr("All time"), 0);
    m_range->setCurrentIndex(3);
    m_action->addItem(tr("All changes"), QString());
    for (const QString &a : {u"added"_qs, u"changed"_qs, u"price_changed"_qs, u"price_drift"_qs, u"deactivated"_qs,
                             u"reactivated"_qs, u"deprecated"_qs, u"tier_assigned"_qs})
        m_action->addItem(a, a);
    m_view->setColumnWidth(AuditLogModel::Time, 125);
    m_view->setColumnWidth(AuditLogModel::Model, 230);
    m_view->setColumnWidth(AuditLogModel::Action, 100);
    m_view->setColumnWidth(AuditLogModel::Field, 115);
    m_view->setColumnWidth(AuditLogModel::OldValue, 110);
    m_view->setColumnWidth(AuditLogModel::NewValue, 130);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_modelFilter, 2);
    bar->addWidget(m_range);
    bar->addWidget(m_action);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    debounce(m_modelFilter, this, [this] { reload(); });
    connect(m_range, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    reload();
}

void AuditPage::reload()
{
    const QString model = m_modelFilter->text().trimmed();
    const int days = m_range->currentData().toInt();
    const QDateTime since = days > 0 ? QDateTime::currentDateTimeUtc().addDays(-days) : QDateTime();
    const QString action = m_action->currentData().toString();
    QList<AuditEntry> rows;
    for (const AuditEntry &a : ModelRegistry(m_context.database).auditLog({}, 20000)) {
        if (since.isValid() && a.at < since)
            break; // newest first
        if (!model.isEmpty() && !a.entity.contains(model, Qt::CaseInsensitive))
            continue;
        if (!action.isEmpty() && a.action != action)
            continue;
        rows.append(a);
    }
    m_model->setEntries(rows);
    m_count->setText(tr("%n change(s)", nullptr, int(rows.size())));
}
