#include "callimport.h"

#include "callrows_p.h"
#include "runstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>

namespace {

enum class Kind { TierBench, LiteLlmJsonl, LiteLlmCsv };

QString kindName(Kind k)
{
    switch (k) {
    case Kind::TierBench: return QStringLiteral("tierbench");
    case Kind::LiteLlmJsonl: return QStringLiteral("litellm-jsonl");
    case Kind::LiteLlmCsv: return QStringLiteral("litellm-csv");
    }
    return {};
}

QByteArray firstLine(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray t = line.trimmed();
        if (!t.isEmpty())
            return t;
    }
    return {};
}

/// The file's kind, or nullopt with `error` set.
std::optional<Kind> sniff(CallFormat format, const QString &fileName, const QByteArray &head, QString *error)
{
    const bool csvName = fileName.endsWith(u".csv", Qt::CaseInsensitive);
    QByteArray line = firstLine(head);
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    if (line.startsWith('[')) {
        *error = CallImport::tr("The file is one JSON array; import wants one JSON object per line "
                                "(convert it with: jq -c '.[]' FILE > calls.jsonl).");
        return std::nullopt;
    }
    const bool json = line.startsWith('{');
    if (format == CallFormat::TierBench) {
        if (csvName || (!line.isEmpty() && !json)) {
            *error = CallImport::tr("A TierBench call file has one JSON object per line; this looks like CSV. "
                                    "Use --format litellm for LiteLLM spend logs.");
            return std::nullopt;
        }
        return Kind::TierBench;
    }
    if (format == CallFormat::LiteLlm)
        return csvName || (!line.isEmpty() && !json) ? Kind::LiteLlmCsv : Kind::LiteLlmJsonl;
    if (csvName)
        return Kind::LiteLlmCsv;
    if (json) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        return o.contains(u"request_id") || line.contains("\"request_id\"") ? Kind::LiteLlmJsonl : Kind::TierBench;
    }
    if (line.contains("request_id"))
        return Kind::LiteLlmCsv;
    if (line.isEmpty())
        return Kind::TierBench; // an empty file imports nothing, whatever it is
    *error = CallImport::tr("Cannot tell the file's format: pass --format tierbench or --format litellm.");
    return std::nullopt;
}

/// What the reader hands over: up to one batch of calls, the bad rows met on the way.
struct ParsedBatch
{
    QList<RunRecord> runs;
    QList<CallImportLineError> bad;
    qint64 rows = 0;
    qint64 bytesRead = 0; ///< total so far
    bool end = false;
    QString error; ///< fatal: nothing more can be read
};

/// Reads the file batch by batch. Used by one thread at a time (the importer reads the next
/// batch on a pool thread while it stores the current one).
class Reader
{
public:
    Reader(QIODevice &input, Kind kind, const CallRows::Context &context)
        : m_input(input)
        , m_kind(kind)
        , m_context(context)
    {
    }

    ParsedBatch next(qsizetype batchSize)
    {
        ParsedBatch b;
        b.runs.reserve(batchSize);
        if (m_kind == Kind::LiteLlmCsv)
            readCsv(b, batchSize);
        else
            readJsonl(b, batchSize);
        b.bytesRead = m_bytesRead;
        return b;
    }

private:
    void readJsonl(ParsedBatch &b, qsizetype batchSize)
    {
        while (b.runs.size() < batchSize) {
            if (m_input.atEnd()) {
                b.end = true;
                return;
            }
            QByteArray line = m_input.readLine();
            ++m_line;
            m_bytesRead += line.size();
            if (m_line == 1 && line.startsWith("\xEF\xBB\xBF"))
                line.remove(0, 3);
            while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r' || line.back() == ' '))
                line.chop(1);
            if (line.trimmed().isEmpty())
                continue;
            ++b.rows;
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
            if (!doc.isObject()) {
                b.bad.append({m_line, parseError.error != QJsonParseError::NoError
                                          ? CallImport::tr("not JSON: %1 at column %2")
                                                .arg(parseError.errorString())
                                                .arg(parseError.offset + 1)
                                          : CallImport::tr("not a JSON object")});
                continue;
            }
            RunRecord run;
            QString error;
            const bool ok = m_kind == Kind::TierBench ? CallRows::fromTierBench(doc.object(), m_context, &run, &error)
                                                      : CallRows::fromLiteLlm(doc.object(), m_context, &run, &error);
            if (ok)
                b.runs.append(std::move(run));
            else
                b.bad.append({m_line, error});
        }
    }

    void readCsv(ParsedBatch &b, qsizetype batchSize)
    {
        QList<QString> fields;
        qint64 line = 0;
        QString error;
        while (b.runs.size() < batchSize) {
            if (!m_records.next(&fields, &line, &error)) {
                if (m_input.atEnd()) {
                    m_records.finish();
                    if (!m_records.next(&fields, &line, &error)) {
                        b.end = true;
                        return;
                    }
                } else {
                    const QByteArray chunk = m_input.read(1 << 20);
                    m_bytesRead += chunk.size();
                    m_records.append(chunk);
                    continue;
                }
            }
            if (m_header.isEmpty()) {
                m_header = fields;
                if (!m_header.isEmpty() && m_header[0].startsWith(QChar(0xFEFF)))
                    m_header[0].remove(0, 1);
                for (QString &h : m_header)
                    h = h.trimmed();
                if (!m_header.contains(u"request_id") || !m_header.contains(u"startTime")) {
                    b.error = CallImport::tr("Line %1: the CSV header has no request_id and startTime columns "
                                             "(LiteLLM_SpendLogs column names are expected).").arg(line);
                    b.end = true;
                    return;
                }
                continue;
            }
            ++b.rows;
            if (!error.isEmpty()) {
                b.bad.append({line, CallImport::tr("bad CSV: %1").arg(error)});
                continue;
            }
            if (fields.size() != m_header.size()) {
                b.bad.append({line, CallImport::tr("%1 fields, the header has %2").arg(fields.size()).arg(m_header.size())});
                continue;
            }
            QJsonObject row;
            for (qsizetype i = 0; i < m_header.size(); ++i)
                row.insert(m_header[i], fields[i]);
            RunRecord run;
            if (CallRows::fromLiteLlm(row, m_context, &run, &error))
                b.runs.append(std::move(run));
            else
                b.bad.append({line, error});
        }
    }

    QIODevice &m_input;
    const Kind m_kind;
    const CallRows::Context &m_context;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    CsvRecords m_records;
    QList<QString> m_header;
};

class Importer
{
public:
    Importer(const Database &database, const CallImportOptions &options, CallImportReport &report)
        : m_database(database)
        , m_options(options)
        , m_context(options.config)
        , m_report(report)
    {
    }

    void run(QIODevice &input, Kind kind)
    {
        m_progress.bytesTotal = input.size();
        QString error;
        m_db = m_database.connection(&error);
        if (!m_db.isOpen()) {
            m_report.error = error;
            return;
        }
        const qsizetype batchSize = qMax(1, m_options.batchSize);
        Reader reader(input, kind, m_context);
        ParsedBatch current = reader.next(batchSize);
        while (true) {
            m_report.rows += current.rows;
            m_report.bad += current.bad;
            m_progress.bytesRead = current.bytesRead;
            if (!current.error.isEmpty())
                m_report.error = current.error;
            if (stopped())
                break;
            // Parse the next batch on a pool thread while this one is stored.
            QFuture<ParsedBatch> ahead;
            if (!current.end)
                ahead = QtConcurrent::run([&reader, batchSize] { return reader.next(batchSize); });
            store(current.runs);
            if (current.end)
                break;
            current = ahead.result();
        }
        m_progress.bad = m_report.bad.size();
        if (m_options.progress)
            m_options.progress(m_progress);
    }

private:
    bool stopped()
    {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            m_report.cancelled = true;
        return m_report.cancelled || !m_report.error.isEmpty();
    }

    /// One transaction: the whole batch or nothing.
    void store(const QList<RunRecord> &batch)
    {
        if (batch.isEmpty() || stopped())
            return;
        QList<bool> inserted;
        QString error;
        if (!m_db.transaction()) {
            m_report.error = CallImport::tr("Cannot start a transaction: %1").arg(m_db.lastError().text());
            return;
        }
        if (!RunStore::insertRuns(m_db, batch, &inserted, &error) || !m_db.commit()) {
            m_db.rollback();
            m_report.error = error.isEmpty() ? m_db.lastError().text() : error;
            return;
        }
        const qint64 added = inserted.count(true);
        m_report.imported += added;
        m_report.duplicates += batch.size() - added;
        m_progress.imported = m_report.imported;
        m_progress.duplicates = m_report.duplicates;
        m_progress.bad = m_report.bad.size();
        if (m_options.progress)
            m_options.progress(m_progress);
    }

    const Database &m_database;
    const CallImportOptions &m_options;
    CallRows::Context m_context;
    CallImportReport &m_report;
    QSqlDatabase m_db;
    CallImportProgress m_progress;
};

CallImportReport importFrom(const Database &database, QIODevice &input, const QString &fileName,
                            const CallImportOptions &options)
{
    CallImportReport report;
    QString error;
    const std::optional<Kind> kind = sniff(options.format, fileName, input.peek(64 * 1024), &error);
    if (!kind) {
        report.error = error;
        return report;
    }
    report.format = kindName(*kind);
    Importer(database, options, report).run(input, *kind);
    return report;
}

} // namespace

CallImportReport CallImport::importFile(const Database &database, const QString &path, const CallImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CallImportReport report;
        report.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return report;
    }
    return importFrom(database, file, QFileInfo(path).fileName(), options);
}

CallImportReport CallImport::importData(const Database &database, const QByteArray &data,
                                        const CallImportOptions &options, const QString &fileName)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return importFrom(database, buffer, fileName, options);
}

std::optional<CallFormat> CallImport::formatFromName(QStringView name)
{
    if (name.compare(u"tierbench", Qt::CaseInsensitive) == 0)
        return CallFormat::TierBench;
    if (name.compare(u"litellm", Qt::CaseInsensitive) == 0)
        return CallFormat::LiteLlm;
    if (name.compare(u"auto", Qt::CaseInsensitive) == 0)
        return CallFormat::Auto;
    return std::nullopt;
}
