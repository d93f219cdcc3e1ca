// Where a PostgreSQL store's password comes from: the URL, PGPASSWORD, the keychain (an
// in-memory one here), then libpq's ~/.pgpass. Nothing here opens a connection.
#include "providers/secretstore.h"
#include "store/databasepassword.h"

#include <QTest>

namespace {

/// Counts reads, so that a test can tell "not asked" from "asked, not found".
class CountingBackend final : public SecretBackend
{
public:
    MemorySecretBackend memory;
    int reads = 0;
    void read(const QString &entry, QObject *context, std::function<void(std::optional<QString>)> done) override
    {
        ++reads;
        memory.read(entry, context, std::move(done));
    }
    void write(const QString &entry, const QString &value, QObject *context, WriteDone done) override
    {
        memory.write(entry, value, context, std::move(done));
    }
    void remove(const QString &entry, QObject *context, WriteDone done) override
    {
        memory.remove(entry, context, std::move(done));
    }
    void probe(QObject *context, WriteDone done) override { memory.probe(context, std::move(done)); }
};

const QString kUrl = QStringLiteral("postgres://alice@db.example.test:6543/team?sslmode=verify-full");

} // namespace

class TestDatabasePassword : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv("PGPASSWORD"); }
    void cleanup() { qunsetenv("PGPASSWORD"); }

    void entryNamesUserHostPortAndDatabase()
    {
        QCOMPARE(DatabasePassword::keychainEntry(Database::fromLocation(kUrl)),
                 QStringLiteral("postgres/alice@db.example.test:6543/team"));
        QCOMPARE(DatabasePassword::keychainEntry(Database::fromLocation(QStringLiteral("postgres://bob@/x"))),
                 QStringLiteral("postgres/bob@localhost:5432/x"));
    }

    void keychainFillsAMissingPassword()
    {
        CountingBackend keychain;
        keychain.memory.set(QStringLiteral("postgres/alice@db.example.test:6543/team"), QStringLiteral("s3cret-canary"));
        Database db = Database::fromLocation(kUrl);
        QVERIFY(!db.hasPassword());
        const QString source = DatabasePassword::resolve(db, &keychain);
        QCOMPARE(keychain.reads, 1);
        QVERIFY(db.hasPassword());
        QVERIFY(!db.passwordInUrl());
        QVERIFY(source.contains(u"keychain entry postgres/alice@db.example.test:6543/team"));
        QVERIFY(!source.contains(u"s3cret-canary"));
        QVERIFY(!db.displayName().contains(u"s3cret-canary"));
    }

    void pgpasswordWinsOverTheKeychain()
    {
        qputenv("PGPASSWORD", "from-env");
        CountingBackend keychain;
        keychain.memory.set(QStringLiteral("postgres/alice@db.example.test:6543/team"), QStringLiteral("other"));
        Database db = Database::fromLocation(kUrl);
        QCOMPARE(DatabasePassword::resolve(db, &keychain), QStringLiteral("PGPASSWORD"));
        QCOMPARE(keychain.reads, 0);
        QVERIFY(!db.hasPassword()); // libpq reads PGPASSWORD itself
    }

    void theUrlsOwnPasswordIsKept()
    {
        CountingBackend keychain;
        Database db = Database::fromLocation(QStringLiteral("postgres://alice:inurl@h/db"));
        QVERIFY(DatabasePassword::resolve(db, &keychain).contains(u"URL"));
        QCOMPARE(keychain.reads, 0);
        QVERIFY(db.passwordInUrl());
    }

    void nothingFoundLeavesItToPgpass()
    {
        CountingBackend keychain;
        Database db = Database::fromLocation(kUrl);
        const QString source = DatabasePassword::resolve(db, &keychain);
        QCOMPARE(keychain.reads, 1);
        QVERIFY(!db.hasPassword());
        QVERIFY(source.contains(u".pgpass"));
        QVERIFY(source.contains(u"not found"));
        // No keychain service at all (TIERBENCH_NO_KEYCHAIN=1 gives a null backend).
        Database other = Database::fromLocation(kUrl);
        QVERIFY(DatabasePassword::resolve(other, nullptr).contains(u".pgpass"));
    }

    void sqliteIsUntouched()
    {
        CountingBackend keychain;
        Database db = Database::fromLocation(QStringLiteral("/tmp/x.sqlite"));
        QVERIFY(DatabasePassword::resolve(db, &keychain).isEmpty());
        QCOMPARE(keychain.reads, 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabasePassword)
#include "tst_databasepassword.moc"
