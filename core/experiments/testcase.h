#pragma once

#include "assertion.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

/// One row of variables plus the assertions every answer to it must meet.
struct TestCase
{
    QString id; ///< stable across runs; "case-1"... when the source gives none
    QMap<QString, QString> vars;
    QList<Assertion> assertions;

    bool operator==(const TestCase &) const = default;
};

/// Reads test cases from CSV, JSONL, pasted text or plain one-prompt-per-line text.
///
/// CSV/TSV: the header row names the variables (RFC 4180 quoting: quoted fields may hold
/// separators, newlines and doubled quotes). Columns `__expected`, `__expected1`... hold
/// assertions ("contains:Paris"); a column `__id` gives the case id.
/// JSONL: one object per line, `{"prompt": "..."}` or `{"vars": {...}}`, with optional
/// "id" and "assert" (a list of "type:value" strings or {"type","value"} objects).
class TestCaseImport
{
    Q_DECLARE_TR_FUNCTIONS(TestCaseImport)
public:
    struct Result
    {
        QList<TestCase> cases;
        QString error; ///< user-facing, with the line number; empty on success
        int line = 0;  ///< 1-based line of the error
        bool ok() const { return error.isEmpty(); }
    };

    static Result fromCsv(QStringView text, QChar separator = u',');
    static Result fromJsonl(QStringView text);
    /// Text copied from a spreadsheet (tab-separated) or CSV, with a header row.
    static Result fromPasted(QStringView text);
    /// One prompt per non-empty line, in the variable "prompt".
    static Result fromLines(QStringView text);
    /// Chooses by extension: .csv, .tsv, .jsonl/.ndjson, anything else one prompt per line.
    static Result fromFile(const QString &path);

    /// RFC 4180 records; `errorLine` is set (>0) for an unterminated quote.
    static QList<QStringList> parseCsvRecords(QStringView text, QChar separator, int *errorLine);
};
