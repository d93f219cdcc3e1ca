#pragma once

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QLineEdit;
class QPushButton;
class Settings;

/// What "Test connection" found: whether the store opened, in how long, its schema against
/// this build's, and otherwise the error with what to do.
struct StoreProbe
{
    bool ok = false;
    QString message;
};

/// Settings ▸ Team database: the postgres:// URL of the store a team shares (empty: this
/// machine's SQLite file), "Test connection" (off the GUI thread), and where the password
/// will come from. A URL with a password in it is refused, because the settings file would
/// then hold it. The choice applies when TierBench starts next.
class TeamDatabaseDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `inUse` describes the store this session uses (shown for reference).
    TeamDatabaseDialog(Settings *settings, const QString &inUse, QWidget *parent = nullptr);
    ~TeamDatabaseDialog() override;

    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }
    /// Starts a probe of the URL in the field; tested() follows.
    void testConnection();
    /// Opens `location` on the calling thread (then closes that connection): what the dialog runs.
    static StoreProbe probe(const QString &location);

public slots:
    void accept() override;

signals:
    void tested(bool ok, const QString &message);

private:
    void updatePasswordSource();

    Settings *m_settings;
    QLineEdit *m_url;
    QLabel *m_passwordSource;
    QLabel *m_result;
    QPushButton *m_test;
    QFutureWatcher<StoreProbe> m_watcher;
};
