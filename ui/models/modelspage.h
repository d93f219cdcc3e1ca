#pragma once

#include "modelscontext.h"

#include <QWidget>

class AuditPage;
class PricesPage;
class ProvidersPage;
class QTabWidget;
class RegistryPage;

/// The Models mode: "What can I use, at what price, and what changed?" Tabs: Providers
/// (keys and connections), Registry (models, sync, tier, resolve preview, price history),
/// Prices (the catalogue) and Audit log.
class ModelsPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ProvidersTab, RegistryTab, PricesTab, AuditTab };

    explicit ModelsPage(ModelsContext context, QWidget *parent = nullptr);

    ProvidersPage *providers() const { return m_providers; }
    RegistryPage *registry() const { return m_registry; }
    PricesPage *prices() const { return m_prices; }
    AuditPage *audit() const { return m_audit; }
    void setCurrentTab(Tab tab);

private:
    QTabWidget *m_tabs;
    ProvidersPage *m_providers;
    RegistryPage *m_registry;
    PricesPage *m_prices;
    AuditPage *m_audit;
};
