#pragma once

#include "modelscontext.h"
#include "providersmodel.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

/// Models ▸ Providers: one row per provider with where its key comes from (keychain,
/// environment, not needed, missing; never the key), its base URL, and Test connection (the
/// models it lists, the latency, or an error that says what to do). Set key… and Remove key
/// go to the OS keychain (entry = the SDK name, e.g. OPENAI_API_KEY); without a keychain
/// service the page says so and names the environment variable to set instead.
class ProvidersPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProvidersPage(ModelsContext context, QWidget *parent = nullptr);

    ProvidersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QListWidget *modelList() const { return m_models; }
    QString keychainProblem() const { return m_keychainProblem; }
    QString bannerText() const;
    /// The entries that hold a key, as last scanned.
    const QSet<QString> &keychainEntries() const { return m_entries; }

    /// Stores `key` for `provider` in the keychain; statusChanged() follows.
    void setKey(const QString &provider, const QString &key);
    void removeKey(const QString &provider);
    void testConnection(const QString &provider);
    void selectProvider(const QString &provider);
    QString currentProvider() const;

public slots:
    /// Probes the keychain and reads which entries hold a key.
    void refresh();

signals:
    /// The key statuses were recomputed (after refresh, set or remove).
    void statusChanged();
    void connectionTested(const QString &provider, bool ok);
    /// The key of `provider` could not be stored or removed.
    void keyError(const QString &provider, const QString &message);

private:
    void askKey();
    /// After a keychain write or removal: report `error`, or refresh and tell the context.
    void keyWritten(const QString &provider, const QString &error);
    void recompute();
    void updateButtons();
    void showResult(const QString &text, const QStringList &models);

    ModelsContext m_context;
    ProvidersModel *m_model;
    QTableView *m_view;
    QLabel *m_banner;
    QLabel *m_result;
    QListWidget *m_models;
    QPushButton *m_setKey;
    QPushButton *m_removeKey;
    QPushButton *m_test;
    QString m_keychainProblem;
    QSet<QString> m_entries;
    bool m_probed = false;
};
