#include "testcase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString defaultId(qsizetype index)
{
    return QStringLiteral("case-%1").arg(index + 1);
}

QString jsonScalarToString(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 17);
    case QJsonValue::Null: return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return {};
}

} // namespace

QList<QStringList> TestCaseImport::parseCsvRecords(QStringView text, QChar separator, int *errorLine)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    auto endRecord = [&] {
        if (fieldStarted || !record.isEmpty()) {
            record.append(field);
            records.append(record);
        }
        record.clear();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == separator) {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            continue; // CRLF: the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            endRecord();
            ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        if (errorLine)
            *errorLine = quoteLine;
        return records;
    }
    endRecord();
    if (errorLine)
        *errorLine = 0;
    return records;
}

TestCaseImport::Result TestCaseImport::fromCsv(QStringView text, QChar separator)
{
    Result r;
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    int errorLine = 0;
    const QList<QStringList> records = parseCsvRecords(text, separator, &errorLine);
    if (errorLine > 0) {
        r.line = errorLine;
        r.error = tr("Line %1: a quoted field is never closed.").arg(errorLine);
        return r;
    }
    if (records.isEmpty()) {
        r.error = tr("The file is empty: the first row must name the variables.");
        return r;
    }
    QStringList header = records.first();
    for (QString &h : header)
        h = h.trimmed();
    for (qsizetype c = 0; c < header.size(); ++c) {
        if (header[c].isEmpty()) {
            r.line = 1;
            r.error = tr("Line 1: column %1 of the header has no name.").arg(c + 1);
            return r;
        }
    }
    for (qsizetype row = 1; row < records.size(); ++row) {
        const QStringList &rec = records[row];
        if (rec.size() == 1 && rec.first().isEmpty())
            continue; // blank line
        if (rec.size() != header.size()) {
            r.line = int(row) + 1;
            r.error = tr("Row %1 has %2 fields but the header names %3.")
                          .arg(row + 1).arg(rec.size()).arg(header.size());
            return r;
        }
        TestCase tc;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString &name = header[c];
            if (name == u"__id") {
                tc.id = rec[c].trimmed();
            } else if (name.startsWith(u"__expected")) {
                if (rec[c].trimmed().isEmpty())
                    continue;
                QString problem;
                const auto a = Assertion::parse(rec[c].trimmed(), &problem);
                if (!a) {
                    r.line = int(row) + 1;
                    r.error = tr("Row %1, column %2: %3").arg(row + 1).arg(name, problem);
                    return r;
                }
                tc.assertions.append(*a);
            } else {
                tc.vars.insert(name, rec[c]);
            }
        }
        if (tc.id.isEmpty())
            tc.id = defaultId(r.cases.size());
        r.cases.append(tc);
    }
    return r;
}

TestCaseImport::Result TestCaseImport::fromJsonl(QStringView text)
{
    Result r;
    const QList<QStringView> lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const int lineNo = int(i) + 1;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            r.line = lineNo;
            r.error = tr("Line %1: not a JSON object (%2).").arg(lineNo).arg(err.errorString());
            return r;
        }
        const QJsonObject o = doc.object();
        TestCase tc;
        tc.id = jsonScalarToString(o.value(QStringLiteral("id")));
        if (o.contains(QStringLiteral("vars"))) {
            const QJsonObject vars = o.value(QStringLiteral("vars")).toObject();
            for (auto it = vars.begin(); it != vars.end(); ++it)
                tc.vars.insert(it.key(), jsonScalarToString(it.value()));
        } else if (o.contains(QStringLiteral("prompt"))) {
            tc.vars.insert(QStringLiteral("prompt"), jsonScalarToString(o.value(QStringLiteral("prompt"))));
        } else {
            r.line = lineNo;
            r.error = tr("Line %1: expected a \"prompt\" or a \"vars\" object.").arg(lineNo);
            return r;
        }
        const QJsonValue asserts = o.value(QStringLiteral("assert"));
        const QJsonArray list = asserts.isArray() ? asserts.toArray() : QJsonArray();
        for (const QJsonValue &v : list) {
            QString problem;
            const auto a = Assertion::fromJson(v, &problem);
            if (!a) {
                r.line = lineNo;
                r.error = tr("Line %1: %2").arg(lineNo).arg(problem);
                return r;
            }
            tc.assertions.append(*a);
        }
        if (tc.id.isEmpty())
            tc.id = defaultId(r.cases.size());
        r.cases.append(tc);
    }
    return r;
}

TestCaseImport::Result TestCaseImport::fromPasted(QStringView text)
{
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    const QStringView first = firstLineEnd < 0 ? text : text.left(firstLineEnd);
    return fromCsv(text, first.contains(u'\t') ? QChar(u'\t') : QChar(u','));
}

TestCaseImport::Result TestCaseImport::fromLines(QStringView text)
{
    Result r;
    for (QStringView line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        TestCase tc;
        tc.id = defaultId(r.cases.size());
        tc.vars.insert(QStringLiteral("prompt"), line.toString());
        r.cases.append(tc);
    }
    return r;
}

TestCaseImport::Result TestCaseImport::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result r;
        r.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return r;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return fromCsv(text);
    if (suffix == u"tsv")
        return fromCsv(text, u'\t');
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return fromJsonl(text);
    return fromLines(text);
}
