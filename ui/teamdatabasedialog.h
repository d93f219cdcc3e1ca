#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QWidget>

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

/// The team database settings: the postgres:// URL of the store a team shares (empty: this
/// machine's SQLite file), "Test connection" (off the GUI thread), and where the password
/// will come from. A URL with a password in it is refused, because the settings file would
/// then hold it. The choice applies when TierBench starts next. A page of the Settings dialog,
/// and the body of TeamDatabaseDialog.
class TeamDatabasePage final : public QWidget
{
    Q_OBJECT

public:
    /// `inUse` describes the store this session uses (shown for reference).
    TeamDatabasePage(Settings *settings, const QString &inUse, QWidget *parent = nullptr);
    ~TeamDatabasePage() override;

    QLineEdit *urlEdit() const { return m_url; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }
    /// Starts a probe of the URL in the field; tested() follows.
    void testConnection();
    /// Opens `location` on the calling thread (then closes that connection): what the page runs.
    static StoreProbe probe(const QString &location);
    /// Stores the URL; false (and the result label says why) when it holds a password.
    bool save();

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

/// Settings ▸ Team database on its own: the page with Save and Cancel.
class TeamDatabaseDialog final : public QDialog
{
    Q_OBJECT

public:
    TeamDatabaseDialog(Settings *settings, const QString &inUse, QWidget *parent = nullptr);

    TeamDatabasePage *page() const { return m_page; }
    QLineEdit *urlEdit() const { return m_page->urlEdit(); }
    QPushButton *testButton() const { return m_page->testButton(); }
    QLabel *resultLabel() const { return m_page->resultLabel(); }
    void testConnection() { m_page->testConnection(); }
    static StoreProbe probe(const QString &location) { return TeamDatabasePage::probe(location); }

public slots:
    void accept() override;

signals:
    void tested(bool ok, const QString &message);

private:
    TeamDatabasePage *m_page;
};
