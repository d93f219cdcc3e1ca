#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

/// How runTierctl() starts the process. Each member has a default member initializer, so a
/// designated initializer (`{.stdinData = text}`) may name only the members it changes.
struct TierctlOptions
{
    /// The child's environment; unset: this process's.
    std::optional<QProcessEnvironment> environment = std::nullopt;
    /// Written to the child's standard input, which is then closed (also when empty).
    QByteArray stdinData = {};
    /// How long the child may run before it is killed (the run then has exitCode -1).
    int timeoutMs = 60000;
    /// The child's working directory; empty: this process's.
    QString workingDirectory = {};
};

/// JSON Lines: one object per non-empty line of `text`.
QList<QJsonObject> jsonLines(const QByteArray &text);

/// What one tierctl process did.
struct TierctlRun
{
    int exitCode = -1; ///< -1 when it did not start, timed out or crashed
    QByteArray out;    ///< standard output
    QByteArray err;    ///< standard error

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    /// Standard output as one JSON object (empty when it is not one).
    QJsonObject json() const;
    /// Standard output as one JSON array (empty when it is not one).
    QJsonArray array() const;
    /// Standard output as JSON Lines: one object per non-empty line.
    QList<QJsonObject> jsonLines() const { return ::jsonLines(out); }
};

/// The built tierctl binary (TIERBENCH_BIN_DIR/tierctl).
QString tierctlPath();

/// Runs tierctl with `args` and waits for it. The wait runs this thread's event loop, so a
/// FakeProviderServer living in the test process keeps answering the child.
TierctlRun runTierctl(const QStringList &args, const TierctlOptions &options = {});

/// This process's environment made hermetic for a child: no provider keys or base URLs,
/// HOME, the XDG folders and TMPDIR below `home` (not created: the child makes what it
/// needs), and TIERBENCH_NO_KEYCHAIN=1, so keys only come from what the test puts back in.
QProcessEnvironment hermeticEnvironment(const QString &home);
