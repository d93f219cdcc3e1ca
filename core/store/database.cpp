#include "database.h"

#include <utility>

#include "migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace {

/// The translation context "Database" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = Tr::tr("Statement failed (%1): %2").arg(sql, q.lastError().text());
    return false;
}

/// Turns on WAL. On a new file this takes an exclusive lock, for which SQLite does not wait on
/// the busy timeout when another process is creating the same database at that moment (it
/// answers "database is locked" at once): retried for up to 10 s, like the busy timeout.
bool setWalMode(QSqlDatabase &db, QString *error)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), error))
            return true;
        const bool busy = error->contains(u"locked") || error->contains(u"busy");
        if (!busy || waited.elapsed() > 10000)
            return false;
        QThread::msleep(20);
    }
}

} // namespace

Database Database::fromLocation(const QString &location)
{
    Database db;
    const QString trimmed = location.trimmed();
    if (trimmed.startsWith(u"sqlite:") && !trimmed.startsWith(u"sqlite://")) {
        db.m_kind = Kind::Sqlite;
        db.m_target = trimmed.mid(7);
        if (db.m_target.isEmpty())
            db.m_target = defaultSqlitePath();
    } else if (trimmed.startsWith(u"postgres://") || trimmed.startsWith(u"postgresql://")) {
        db.m_kind = Kind::Postgres;
        db.m_target = trimmed;
    } else {
        db.m_kind = Kind::Sqlite;
        db.m_target = trimmed.isEmpty() ? defaultSqlitePath() : trimmed;
    }
    return db;
}

QString Database::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/tierbench.sqlite");
}

QString Database::displayName() const
{
    if (m_kind == Kind::Sqlite)
        return m_target;
    QUrl url(m_target);
    url.setPassword({});
    return url.toString();
}

QString Database::connectionName() const
{
    const QByteArray key = QCryptographicHash::hash(m_target.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("tierbench-%1-%2")
        .arg(QString::fromLatin1(key))
        .arg(quintptr(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection(QString *error) const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        QSqlDatabase::removeDatabase(name);
    }
    if (!isValid()) {
        if (error)
            *error = Tr::tr("No database location given.");
        return {};
    }

    QSqlDatabase db;
    if (m_kind == Kind::Sqlite) {
        const QFileInfo info(m_target);
        if (m_target != u":memory:")
            QDir().mkpath(info.absolutePath());
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_target);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        const QUrl url(m_target);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password().isEmpty() ? m_password : url.password());
        QString dbName = url.path();
        if (dbName.startsWith(u'/'))
            dbName.remove(0, 1);
        db.setDatabaseName(dbName);
        QString optionsError;
        const std::optional<QString> options = postgresOptions(&optionsError);
        if (!options) {
            if (error)
                *error = Tr::tr("Cannot open the database %1: %2").arg(displayName(), optionsError);
            db = {};
            QSqlDatabase::removeDatabase(name);
            return {};
        }
        db.setConnectOptions(*options);
        static bool warned = false;
        if (passwordInUrl() && !std::exchange(warned, true))
            qWarning("%s", qPrintable(Tr::tr("The database URL %1 holds a password, which shows in shell history and "
                                         "process lists. Put it in PGPASSWORD or ~/.pgpass instead.")
                                          .arg(displayName())));
    }
    if (!db.open()) {
        // The driver's text can include the host and user but never the password.
        if (error) {
            const QString driverText = db.lastError().text();
            const QString advice = openAdvice(driverText);
            // libpq's text spans lines with tabs; one line reads better in a dialog or a log.
            *error = Tr::tr("Cannot open the database %1: %2").arg(displayName(), driverText.simplified());
            if (!advice.isEmpty())
                *error += u'\n' + advice;
        }
        db = {};
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    if (m_kind == Kind::Postgres) {
        // Keep libpq's NOTICEs ("relation already exists, skipping") off the user's stderr.
        QString ignored;
        exec(db, QStringLiteral("SET client_min_messages TO WARNING"), &ignored);
    }
    if (m_kind == Kind::Sqlite) {
        QString err;
        if (!setWalMode(db, &err)
            || !exec(db, QStringLiteral("PRAGMA foreign_keys=ON"), &err)
            || !exec(db, QStringLiteral("PRAGMA synchronous=FULL"), &err)) {
            if (error)
                *error = err;
            db.close();
            return db;
        }
    }
    return db;
}

bool Database::openAndMigrate(QString *error) const
{
    QSqlDatabase db = connection(error);
    if (!db.isOpen())
        return false;
    return Migrations::migrate(*this, db, Migrations::latestVersion(), error);
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool Database::passwordInUrl() const
{
    return isPostgres() && !QUrl(m_target).password().isEmpty();
}

QString Database::openAdvice(const QString &driverText) const
{
    if (!isPostgres())
        return {};
    const QUrl url(m_target);
    const QString where = QStringLiteral("%1:%2").arg(url.host().isEmpty() ? QStringLiteral("localhost") : url.host())
                              .arg(url.port(5432));
    const auto says = [&driverText](const char *text) { return driverText.contains(QLatin1StringView(text), Qt::CaseInsensitive); };
    if (says("password authentication failed") || says("no password supplied") || says("authentication failed"))
        return Tr::tr("The server refused the credentials of user \"%1\": check the user name, and give the password "
                  "in PGPASSWORD, a ~/.pgpass line, or the keychain entry postgres/%2.")
            .arg(url.userName(), credentialKey());
    if (says("SSL is not enabled on the server") || says("server does not support SSL")
        || says("SSL support is not compiled in"))
        return Tr::tr("The URL requires TLS (sslmode=%1) but the server offers none: enable ssl on the server, or, on a "
                  "network you trust, use sslmode=prefer.")
            .arg(QUrlQuery(url).queryItemValue(QStringLiteral("sslmode")));
    if (says("certificate verify failed") || says("root certificate file") || says("server certificate for"))
        return Tr::tr("The server's TLS certificate could not be verified: point sslrootcert= at the CA that signed it, "
                  "or check that the host name matches the certificate.");
    if (says("does not exist") && says("database"))
        return Tr::tr("Create the database on the server (createdb), or fix the name at the end of the URL.");
    if (says("Connection refused") || says("could not connect") || says("timeout expired") || says("could not translate host name")
        || says("No route to host") || says("Network is unreachable") || says("connection to server"))
        return Tr::tr("Is the PostgreSQL server running and reachable at %1? Check the host and port in the URL and any "
                  "firewall, then try again.").arg(where);
    return {};
}

QString Database::credentialKey() const
{
    if (!isPostgres())
        return {};
    const QUrl url(m_target);
    QString dbName = url.path();
    if (dbName.startsWith(u'/'))
        dbName.remove(0, 1);
    return QStringLiteral("%1@%2:%3/%4")
        .arg(url.userName(), url.host().isEmpty() ? QStringLiteral("localhost") : url.host())
        .arg(url.port(5432))
        .arg(dbName);
}

std::optional<QString> Database::postgresOptions(QString *error) const
{
    // libpq keywords that make sense in a URL (https://www.postgresql.org/docs/current/libpq-connect.html).
    static const QStringList known = {
        QStringLiteral("sslmode"), QStringLiteral("sslrootcert"), QStringLiteral("sslcert"), QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"), QStringLiteral("sslcrldir"), QStringLiteral("sslsni"), QStringLiteral("sslcompression"),
        QStringLiteral("requiressl"), QStringLiteral("ssl_min_protocol_version"), QStringLiteral("ssl_max_protocol_version"),
        QStringLiteral("gssencmode"), QStringLiteral("krbsrvname"), QStringLiteral("channel_binding"),
        QStringLiteral("application_name"), QStringLiteral("connect_timeout"), QStringLiteral("options"),
        QStringLiteral("target_session_attrs"), QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"), QStringLiteral("keepalives_count"), QStringLiteral("tcp_user_timeout"),
        QStringLiteral("passfile"), QStringLiteral("service"), QStringLiteral("client_encoding")};
    QStringList options;
    bool timeout = false;
    for (const auto &[key, value] : QUrlQuery(QUrl(m_target)).queryItems(QUrl::FullyDecoded)) {
        if (!known.contains(key)) {
            if (error)
                *error = Tr::tr("unknown PostgreSQL parameter \"%1\" in the URL; use libpq's names such as sslmode, "
                            "sslrootcert or application_name.").arg(key);
            return std::nullopt;
        }
        if (value.contains(u';')) {
            if (error)
                *error = Tr::tr("the value of %1 contains ';', which cannot be passed on.").arg(key);
            return std::nullopt;
        }
        QString quoted = value;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        options << key + QStringLiteral("='") + quoted + u'\'';
        timeout = timeout || key == u"connect_timeout";
    }
    if (!timeout)
        options << QStringLiteral("connect_timeout=3");
    return options.join(u';');
}

QString Database::dialect(QString ddl) const
{
    ddl.replace(QStringLiteral("%SERIAL_PK%"),
                m_kind == Kind::Postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                         : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    return ddl;
}
