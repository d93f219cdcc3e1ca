#include "tierctlrun.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

QJsonObject TierctlRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QJsonArray TierctlRun::array() const
{
    return QJsonDocument::fromJson(out).array();
}

QList<QJsonObject> jsonLines(const QByteArray &text)
{
    QList<QJsonObject> list;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.isEmpty())
            list.append(QJsonDocument::fromJson(line).object());
    }
    return list;
}

QString tierctlPath()
{
    return QStringLiteral(TIERBENCH_BIN_DIR "/tierctl");
}

TierctlRun runTierctl(const QStringList &args, const TierctlOptions &options)
{
    QProcess process;
    if (options.environment)
        process.setProcessEnvironment(*options.environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop, &process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart || process.state() == QProcess::NotRunning)
            loop.quit();
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);

    process.start(tierctlPath(), args);
    if (!process.waitForStarted(10000))
        return {};
    if (!options.stdinData.isEmpty())
        process.write(options.stdinData);
    process.closeWriteChannel();
    timeout.start(options.timeoutMs);
    if (process.state() != QProcess::NotRunning)
        loop.exec();

    TierctlRun run;
    if (process.state() != QProcess::NotRunning) { // timed out
        process.kill();
        process.waitForFinished(5000);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QProcessEnvironment hermeticEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENROUTER_API_KEY", "GEMINI_API_KEY",
                             "GOOGLE_API_KEY", "LLM_API_KEY_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_BASE_URL",
                             "OPENROUTER_BASE_URL", "GEMINI_BASE_URL", "OLLAMA_HOST"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    for (const char *xdg : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR",
                            "TMPDIR"})
        env.insert(QString::fromLatin1(xdg), home + u'/' + QString::fromLatin1(xdg).toLower());
    env.insert(QStringLiteral("TIERBENCH_NO_KEYCHAIN"), QStringLiteral("1"));
    return env;
}
