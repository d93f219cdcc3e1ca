#pragma once

#include "modelscontext.h"
#include "pricetables.h"

#include <QWidget>

class PriceImporter;
class QComboBox;
class QProgressBar;
class QPushButton;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;

/// Models ▸ Prices: the catalogue of imported and synced prices, also of models never
/// synced (search, provider, source), and a note when the bundled LiteLLM map is stale.
class PricesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PricesPage(ModelsContext context, QWidget *parent = nullptr);

    PriceCatalogModel *catalogModel() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QString noteText() const;
    /// Imports a LiteLLM price file (a newer copy than the bundled one) off the GUI thread;
    /// imported() follows.
    bool importFile(const QString &path);

public slots:
    void reload();

signals:
    void imported(const QString &summary, bool ok);

private:
    void chooseFile();

    ModelsContext m_context;
    PriceImporter *m_importer;
    QPushButton *m_import;
    QProgressBar *m_progress;
    PriceCatalogModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_provider;
    QComboBox *m_source;
    QLabel *m_note;
    QLabel *m_count;
    QTableView *m_view;
};

/// Models ▸ Audit log: every registry change with old and new values, by model and time.
class AuditPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPage(ModelsContext context, QWidget *parent = nullptr);

    AuditLogModel *auditModel() const { return m_model; }
    QLineEdit *modelFilter() const { return m_modelFilter; }
    QComboBox *rangeFilter() const { return m_range; }

public slots:
    void reload();

private:
    ModelsContext m_context;
    AuditLogModel *m_model;
    QLineEdit *m_modelFilter;
    QComboBox *m_range;
    QComboBox *m_action;
    QLabel *m_count;
    QTableView *m_view;
};
