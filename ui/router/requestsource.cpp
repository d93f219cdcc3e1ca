#include "requestsource.h"

#include "routerformat.h"

#include "config/atomicfile.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

RequestSource::RequestSource(StoreLoader stored, QObject *parent)
    : QObject(parent)
    , m_stored(std::move(stored))
{
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &RequestSource::onFinished);
}

RequestSource::~RequestSource()
{
    m_watcher.waitForFinished();
}

void RequestSource::loadStored()
{
    if (!m_stored)
        return;
    StoreLoader loader = m_stored;
    start(Kind::Stored, tr("workspace database"), [loader] {
        Loaded l;
        l.input = loader(&l.error);
        return l;
    });
}

void RequestSource::loadFile(const QString &path)
{
    start(Kind::File, QFileInfo(path).fileName(), [path] {
        Loaded l;
        const AtomicFile::ReadResult read = AtomicFile::read(path);
        if (!read.ok())
            l.error = read.error;
        else
            l.input = ReplayInputs::fromJsonl(read.data);
        return l;
    });
}

void RequestSource::start(Kind kind, const QString &name, std::function<Loaded()> work)
{
    m_watcher.waitForFinished(); // loads are short; the newest wins
    m_pendingKind = kind;
    m_pendingName = name;
    m_watcher.setFuture(QtConcurrent::run(std::move(work)));
    emit loadingChanged(true);
}

void RequestSource::onFinished()
{
    const Loaded l = m_watcher.result();
    m_kind = m_pendingKind;
    m_name = m_pendingName;
    m_input = l.input;
    m_error = l.error;
    emit loadingChanged(false);
    emit loaded();
}

void RequestSource::setInput(Kind kind, const QString &name, const ReplayInput &input)
{
    m_watcher.waitForFinished();
    m_kind = kind;
    m_name = name;
    m_input = input;
    m_error.clear();
    emit loaded();
}

QString RequestSource::description() const
{
    if (m_kind == Kind::None)
        return tr("No requests loaded.");
    if (!m_error.isEmpty())
        return tr("%1: %2").arg(m_name, m_error);
    const qsizetype n = m_input.requests.size();
    QString text = m_kind == Kind::Stored
                       ? tr("%1 stored request(s) from the %2").arg(RouterFormat::count(n), m_name)
                       : tr("%1: %2 request(s)").arg(m_name, RouterFormat::count(n));
    if (!m_input.lineErrors.isEmpty()) {
        const auto &first = m_input.lineErrors.constFirst();
        text += tr("; %n bad line(s) skipped (line %1: %2)", nullptr, int(m_input.lineErrors.size()))
                    .arg(first.first)
                    .arg(first.second);
    }
    return text;
}

QString RequestSource::emptyHint() const
{
    const QString how = tr("To get requests: send some from the playground or with "
                           "`tierctl complete --route` (each routed call is stored with its "
                           "message), or import a JSONL file with one request per line in "
                           "`tierctl route --jsonl`'s format, e.g. "
                           "{\"message\": \"…\", \"taskType\": \"chat\", \"contextTokens\": 1200}.");
    if (!m_error.isEmpty())
        return tr("Nothing to replay: %1\n\n%2").arg(m_error, how);
    if (m_kind == Kind::Stored)
        return tr("Nothing to replay: the workspace database holds no routing decisions with "
                  "their message text.\n\n%1").arg(how);
    if (m_kind == Kind::File)
        return tr("Nothing to replay: %1 holds no readable request.\n\n%2").arg(m_name, how);
    return tr("Nothing to replay yet: load the stored requests or import a JSONL file.\n\n%1").arg(how);
}
