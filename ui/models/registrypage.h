#pragma once

#include "modelscontext.h"
#include "pricetables.h"
#include "registrytablemodel.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class BackgroundModelSync;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

/// Models ▸ Registry: the registry's models with search, provider and tier filters, "show
/// inactive" and sorting; Sync now (all usable providers or one) on a worker thread with
/// progress and Cancel, where a failing provider shows its error and keeps its rows; the
/// selected model's price history; its tier and isDefault (each change an audit row); and a
/// resolve preview ({tier, any | preferProvider, exact}: the chosen model and why).
class RegistryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit RegistryPage(ModelsContext context, QWidget *parent = nullptr);
    ~RegistryPage() override;

    RegistryTableModel *tableModel() const { return m_model; }
    RegistryFilterModel *filterModel() const { return m_filter; }
    PriceHistoryModel *historyModel() const { return m_history; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *providerFilter() const { return m_provider; }
    QCheckBox *showInactiveBox() const { return m_showInactive; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QString syncReport() const;
    QString resolveText() const;
    bool isSyncing() const;

    /// Syncs `providers` (empty: every provider with a key or none needed). False while a sync runs.
    bool syncNow(const QStringList &providers = {});
    void cancelSync();
    /// Selects `id` and shows its price history.
    void selectModel(const QString &id);
    QString currentModel() const;
    /// Sets the current model's tier and default flag through the registry (an audit row).
    bool assignTier(const QString &tier, bool makeDefault, QString *error = nullptr);
    /// "Use for tier…": the current model into `tier` of open config `configIndex`.
    bool useForTier(int configIndex, const QString &tier);
    /// The resolve preview for {tier, provider mode}; mode "any", "prefer:<p>" or "exact".
    void previewResolve(const QString &tier, const QString &mode);
    /// The auto-sync schedule (0 = off), as the schedule box and Settings set it.
    void setSyncEveryHours(int hours);
    int syncEveryHours() const;
    /// Whether the schedule timer runs.
    bool isScheduled() const { return m_scheduleTimer.isActive(); }

public slots:
    void reload();

signals:
    void syncFinished(const QList<SyncOutcome> &outcomes);
    /// The registry changed (a sync, a tier assignment): other tabs reload.
    void registryChanged();

private:
    QWidget *buildControls();
    QWidget *buildDetails();
    void fillFilters();
    void showDetails();
    void startWithKeys(const QList<ProviderEndpoint> &endpoints, const QHash<QString, QString> &keys);
    void onProgress(int done, int total, const SyncOutcome &outcome);
    void onFinished(const QList<SyncOutcome> &outcomes);
    void raiseAlert(const QString &key, const QString &modelId, const QString &text);
    void setSchedule(int hours);

    ModelsContext m_context;
    RegistryTableModel *m_model;
    RegistryFilterModel *m_filter;
    PriceHistoryModel *m_history;
    BackgroundModelSync *m_sync;
    QTableView *m_view = nullptr;
    QTableView *m_historyView = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_tierFilter = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QToolButton *m_syncButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QComboBox *m_schedule = nullptr;
    QLabel *m_report = nullptr;
    QLabel *m_detailTitle = nullptr;
    QComboBox *m_tier = nullptr;
    QCheckBox *m_default = nullptr;
    QPushButton *m_apply = nullptr;
    QToolButton *m_useFor = nullptr;
    QComboBox *m_resolveTier = nullptr;
    QComboBox *m_resolveMode = nullptr;
    QLabel *m_resolve = nullptr;
    QStringList m_reportLines;
    QSet<QString> m_fired; ///< alerts already raised (each fires once)
    QDateTime m_syncStarted;
    bool m_lookingUpKeys = false; ///< between Sync now and the start, while keys are read
    QTimer m_scheduleTimer;
};
