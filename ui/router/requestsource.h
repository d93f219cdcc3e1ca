#pragma once

#include "routing/replay.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

/// The requests that replay and calibration run on: the workspace store's routing decisions
/// (with their message text) or an imported JSONL file. Loading runs off the GUI thread.
/// Shared by the Replay and Calibration tabs.
class RequestSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestSource)

public:
    /// Reads the stored requests (ReplayInputs::fromStore in the app); called on a worker thread.
    using StoreLoader = std::function<ReplayInput(QString *error)>;
    enum class Kind { None, Stored, File };

    explicit RequestSource(StoreLoader stored, QObject *parent = nullptr);
    ~RequestSource() override;

    bool hasStore() const { return bool(m_stored); }
    /// Start loading; loaded() follows. A load in flight is replaced.
    void loadStored();
    void loadFile(const QString &path);
    /// Sets the requests directly (tests, the benchmark).
    void setInput(Kind kind, const QString &name, const ReplayInput &input);

    bool isLoading() const { return m_watcher.isRunning(); }
    Kind kind() const { return m_kind; }
    const ReplayInput &input() const { return m_input; }
    bool isEmpty() const { return m_input.requests.isEmpty(); }
    /// "1,204 stored requests" / "requests.jsonl: 500 requests, 3 bad lines".
    QString description() const;
    /// Why the last load failed (unreadable file, store error); empty when it did not.
    QString error() const { return m_error; }
    /// What to do when there is nothing to replay (names the ways to get requests).
    QString emptyHint() const;

signals:
    void loadingChanged(bool loading);
    void loaded();

private:
    struct Loaded
    {
        ReplayInput input;
        QString error;
    };
    void start(Kind kind, const QString &name, std::function<Loaded()> work);
    void onFinished();

    StoreLoader m_stored;
    QFutureWatcher<Loaded> m_watcher;
    Kind m_kind = Kind::None;
    Kind m_pendingKind = Kind::None;
    QString m_name;
    QString m_pendingName;
    ReplayInput m_input;
    QString m_error;
};
