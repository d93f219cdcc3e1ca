#include "testbackend.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

namespace TestBackend {

namespace {

QStringList &createdSchemas()
{
    static QStringList schemas;
    return schemas;
}

Database server()
{
    return Database::fromLocation(qEnvironmentVariable("TIERBENCH_TEST_PG_URL"));
}

void dropCreatedSchemas()
{
    if (createdSchemas().isEmpty())
        return;
    const Database db = server();
    {
        QSqlDatabase c = db.connection();
        for (const QString &schema : std::as_const(createdSchemas()))
            QSqlQuery(c).exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema));
    }
    db.closeThreadConnection();
    createdSchemas().clear();
}

} // namespace

Kind selected()
{
    const QString value = qEnvironmentVariable("TIERBENCH_TEST_BACKEND").trimmed().toLower();
    return value == u"postgres" || value == u"pg" || value == u"postgresql" ? Kind::Postgres : Kind::Sqlite;
}

QString name(Kind kind)
{
    return kind == Kind::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

bool mustRun()
{
    const QString ci = qEnvironmentVariable("CI").trimmed().toLower();
    return ci == u"true" || ci == u"1";
}

QString unavailableReason(Kind kind)
{
    if (kind == Kind::Sqlite)
        return {};
    if (qEnvironmentVariableIsEmpty("TIERBENCH_TEST_PG_URL"))
        return QStringLiteral("TIERBENCH_TEST_PG_URL is not set: run `export TIERBENCH_TEST_PG_URL=$(bash "
                              "tools/start-test-postgres.sh)` to test on PostgreSQL.");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("The Qt PostgreSQL driver (QPSQL) is not installed.");
    static QString probed; // once per program: the server does not come and go mid-test
    static bool done = false;
    if (!done) {
        done = true;
        const Database db = server();
        QString error;
        if (!db.connection(&error).isOpen())
            probed = QStringLiteral("PostgreSQL at %1 is not usable: %2").arg(db.displayName(), error);
    }
    return probed;
}

Database fresh(Kind kind, const QString &sqlitePath, QString *error)
{
    if (kind == Kind::Sqlite)
        return Database::fromLocation(sqlitePath);
    const QString schema = QStringLiteral("tbt_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    {
        QSqlDatabase c = server().connection(error);
        if (!c.isOpen())
            return {};
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("CREATE SCHEMA ") + schema)) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
    }
    if (createdSchemas().isEmpty())
        qAddPostRoutine(dropCreatedSchemas);
    createdSchemas().append(schema);
    QString url = qEnvironmentVariable("TIERBENCH_TEST_PG_URL");
    url += (url.contains(u'?') ? u'&' : u'?') + QStringLiteral("options=-csearch_path%3D") + schema;
    return Database::fromLocation(url);
}

} // namespace TestBackend
