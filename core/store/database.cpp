#include "database.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = tr("Statement failed (%1): %2").arg(sql, q.lastError().text());
    return false;
}

} // namespace

Database Database::fromLocation(const QString &location)
{
    Database db;
    const QString trimmed = location.trimmed();
    if (trimmed.startsWith(u"postgres://") || trimmed.startsWith(u"postgresql://")) {
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
            *error = tr("No database location given.");
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
        db.setPassword(url.password());
        QString dbName = url.path();
        if (dbName.startsWith(u'/'))
            dbName.remove(0, 1);
        db.setDatabaseName(dbName);
        db.setConnectOptions(QStringLiteral("connect_timeout=3"));
    }
    if (!db.open()) {
        // The driver's text can include the host and user but never the password.
        if (error)
            *error = tr("Cannot open the database %1: %2").arg(displayName(), db.lastError().text());
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
        if (!exec(db, QStringLiteral("PRAGMA journal_mode=WAL"), &err)
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

QString Database::dialect(QString ddl) const
{
    ddl.replace(QStringLiteral("%SERIAL_PK%"),
                m_kind == Kind::Postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                         : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"));
    return ddl;
}
