#include "teamdatabasedialog.h"

#include "dialogbuttons.h"
#include "providers/secretstore.h"
#include "settings.h"
#include "store/databasepassword.h"
#include "store/migrations.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

TeamDatabasePage::TeamDatabasePage(Settings *settings, const QString &inUse, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_url(new QLineEdit(this))
    , m_passwordSource(new QLabel(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("Test connection"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(tr("Calls, routing decisions, budgets, the model registry and Compare runs are kept in "
                                "one store. A team shares one PostgreSQL database; leave the URL empty to use this "
                                "machine's own SQLite file."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_url->setObjectName(QStringLiteral("teamDatabaseUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgres://user@host:5432/tierbench?sslmode=verify-full"));
    m_url->setMinimumWidth(m_url->fontMetrics().horizontalAdvance(m_url->placeholderText()) + 24);
    m_url->setText(settings->value(SettingKeys::TeamDatabase));
    form->addRow(tr("URL:"), m_url);
    // Room for the longest text up front, so that the dialog never clips it as the URL changes.
    const int lines3 = fontMetrics().lineSpacing() * 3;
    m_passwordSource->setWordWrap(true);
    m_passwordSource->setTextFormat(Qt::PlainText);
    m_passwordSource->setMinimumHeight(lines3);
    m_passwordSource->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("Password:"), m_passwordSource);
    auto *current = new QLabel(inUse, this);
    current->setWordWrap(true);
    current->setTextFormat(Qt::PlainText);
    form->addRow(tr("In use now:"), current);
    layout->addLayout(form);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // server text is never rich text
    m_result->setObjectName(QStringLiteral("teamDatabaseResult"));
    m_result->setMinimumHeight(lines3 + lines3 / 3);
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *note = new QLabel(tr("The choice applies when TierBench starts next. tierctl uses --db or TIERBENCH_DB."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);

    connect(m_test, &QPushButton::clicked, this, &TeamDatabasePage::testConnection);
    connect(m_url, &QLineEdit::textChanged, this, &TeamDatabasePage::updatePasswordSource);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const StoreProbe p = m_watcher.result();
        m_test->setEnabled(true);
        m_result->setText(p.message);
        if (QWidget *w = window(); w != this)
            w->adjustSize(); // grow to the message rather than clip it
        emit tested(p.ok, p.message);
    });
    updatePasswordSource();
}

TeamDatabasePage::~TeamDatabasePage()
{
    m_watcher.waitForFinished(); // a probe is bounded by connect_timeout (3 s by default)
}

void TeamDatabasePage::updatePasswordSource()
{
    const Database db = Database::fromLocation(m_url->text());
    if (!db.isPostgres()) {
        m_passwordSource->setText(tr("none needed (a SQLite file)"));
        return;
    }
    if (db.passwordInUrl()) {
        m_passwordSource->setText(tr("in the URL: remove it, and set PGPASSWORD, a ~/.pgpass line or the "
                                     "keychain entry %1 instead").arg(DatabasePassword::keychainEntry(db)));
        return;
    }
    m_passwordSource->setText(tr("PGPASSWORD when set, else the keychain entry %1 (service %2), else ~/.pgpass.")
                                  .arg(DatabasePassword::keychainEntry(db), SecretStore::keychainService()));
}

StoreProbe TeamDatabasePage::probe(const QString &location)
{
    Database db = DatabasePassword::locate(location);
    QElapsedTimer timer;
    timer.start();
    QString error;
    QSqlDatabase connection = db.connection(&error);
    StoreProbe result;
    if (!connection.isOpen()) {
        result.message = error;
    } else {
        const int version = Migrations::currentVersion(connection, &error);
        const qint64 ms = timer.elapsed();
        if (version < 0) {
            result.message = error;
        } else if (version > Migrations::latestVersion()) {
            result.message = tr("Connected in %1 ms, but the database has schema version %2 and this TierBench knows "
                                "only %3: install the newer TierBench that upgraded it.")
                                 .arg(ms).arg(version).arg(Migrations::latestVersion());
        } else {
            result.ok = true;
            result.message = version == 0
                ? tr("Connected in %1 ms. The database is empty; TierBench creates its tables on first use.").arg(ms)
                : tr("Connected in %1 ms (schema version %2 of %3).").arg(ms).arg(version).arg(Migrations::latestVersion());
        }
    }
    db.closeThreadConnection();
    return result;
}

void TeamDatabasePage::testConnection()
{
    if (m_watcher.isRunning())
        return;
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting…"));
    const QString location = m_url->text().trimmed().isEmpty() ? Database::defaultSqlitePath() : m_url->text().trimmed();
    m_watcher.setFuture(QtConcurrent::run([location] { return probe(location); }));
}

bool TeamDatabasePage::save()
{
    const QString url = m_url->text().trimmed();
    const Database db = Database::fromLocation(url);
    if (db.passwordInUrl()) {
        m_result->setText(tr("Not saved: the URL holds a password, which would be written to the settings file. "
                             "Remove it and set PGPASSWORD, a ~/.pgpass line or the keychain entry %1.")
                              .arg(DatabasePassword::keychainEntry(db)));
        return false;
    }
    m_settings->setValue(SettingKeys::TeamDatabase, url);
    m_settings->sync();
    return true;
}

TeamDatabaseDialog::TeamDatabaseDialog(Settings *settings, const QString &inUse, QWidget *parent)
    : QDialog(parent)
    , m_page(new TeamDatabasePage(settings, inUse, this))
{
    setWindowTitle(tr("Team database"));
    setMinimumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    DialogButtons::translate(buttons);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TeamDatabaseDialog::reject);
    connect(m_page, &TeamDatabasePage::tested, this, &TeamDatabaseDialog::tested);
}

void TeamDatabaseDialog::accept()
{
    if (m_page->save())
        QDialog::accept();
}
