#include "modelspage.h"

#include "pricespage.h"
#include "providerspage.h"
#include "registrypage.h"

#include <QTabWidget>
#include <QVBoxLayout>

ModelsPage::ModelsPage(ModelsContext context, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_providers(new ProvidersPage(context))
    , m_registry(new RegistryPage(context))
    , m_prices(new PricesPage(context))
    , m_audit(new AuditPage(context))
{
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_providers, tr("Providers"));
    m_tabs->addTab(m_registry, tr("Registry"));
    m_tabs->addTab(m_prices, tr("Prices"));
    m_tabs->addTab(m_audit, tr("Audit log"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // A sync or a tier change shows in the other tabs at once.
    connect(m_registry, &RegistryPage::registryChanged, m_audit, &AuditPage::reload);
    connect(m_registry, &RegistryPage::syncFinished, m_prices, &PricesPage::reload);
    setCurrentTab(RegistryTab);
}

void ModelsPage::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}
