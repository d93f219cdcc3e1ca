#include "cellcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue optionalInt(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> readOptionalInt(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || !(v.toDouble() >= -9.0e15 && v.toDouble() <= 9.0e15)) // the cast is undefined past qint64
        return std::nullopt;
    return qint64(v.toDouble());
}

QString optionalText(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}

} // namespace

namespace CellCodec {

QJsonObject toJson(const CellResult &cell)
{
    const CellOutcome &o = cell.outcome;
    QJsonObject j;
    j.insert(QStringLiteral("run"), cell.runId);
    j.insert(QStringLiteral("case"), cell.caseId);
    j.insert(QStringLiteral("target"), cell.targetId);
    j.insert(QStringLiteral("repeat"), cell.key.repeat);
    j.insert(QStringLiteral("tier"), cell.tier);
    j.insert(QStringLiteral("provider"), o.provider);
    j.insert(QStringLiteral("model"), o.model);
    j.insert(QStringLiteral("text"), o.text);
    j.insert(QStringLiteral("inputTokens"), optionalInt(o.inputTokens));
    j.insert(QStringLiteral("outputTokens"), optionalInt(o.outputTokens));
    j.insert(QStringLiteral("ttftMs"), optionalInt(o.ttftMs));
    j.insert(QStringLiteral("totalMs"), double(o.totalMs));
    j.insert(QStringLiteral("cost"), o.cost ? QJsonValue(o.cost->toString()) : QJsonValue());
    if (o.isError())
        j.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("class"), o.errorClass},
                                                      {QStringLiteral("message"), o.errorMessage}});
    else
        j.insert(QStringLiteral("error"), QJsonValue());
    QJsonArray asserts;
    for (const AssertionResult &a : cell.assertions)
        asserts.append(QJsonObject{{QStringLiteral("type"), a.type},
                                   {QStringLiteral("value"), a.value},
                                   {QStringLiteral("passed"), a.passed},
                                   {QStringLiteral("detail"), a.detail}});
    j.insert(QStringLiteral("assertions"), asserts);
    if (!cell.decision.isEmpty())
        j.insert(QStringLiteral("decision"), cell.decision);
    j.insert(QStringLiteral("state"), cellStateName(cell.state));
    j.insert(QStringLiteral("finishReason"), o.finishReason);
    const auto tps = o.tokensPerSecond();
    j.insert(QStringLiteral("tokensPerSecond"), tps ? QJsonValue(*tps) : QJsonValue());
    j.insert(QStringLiteral("attempts"), cell.attempts);
    j.insert(QStringLiteral("prompt"), cell.prompt);
    j.insert(QStringLiteral("caseIndex"), cell.key.caseIndex);
    j.insert(QStringLiteral("targetIndex"), cell.key.targetIndex);
    j.insert(QStringLiteral("retryAfterMs"), optionalInt(o.retryAfterMs));
    return j;
}

std::optional<CellResult> fromJson(const QJsonObject &j)
{
    const auto state = cellStateFromName(j.value(QStringLiteral("state")).toString());
    if (!state)
        return std::nullopt;
    CellResult c;
    c.state = *state;
    c.runId = j.value(QStringLiteral("run")).toString();
    c.caseId = j.value(QStringLiteral("case")).toString();
    c.targetId = j.value(QStringLiteral("target")).toString();
    c.key.repeat = j.value(QStringLiteral("repeat")).toInt();
    c.key.caseIndex = j.value(QStringLiteral("caseIndex")).toInt();
    c.key.targetIndex = j.value(QStringLiteral("targetIndex")).toInt();
    c.tier = j.value(QStringLiteral("tier")).toString();
    c.prompt = j.value(QStringLiteral("prompt")).toString();
    c.attempts = j.value(QStringLiteral("attempts")).toInt();
    c.decision = j.value(QStringLiteral("decision")).toObject();
    CellOutcome &o = c.outcome;
    o.provider = j.value(QStringLiteral("provider")).toString();
    o.model = j.value(QStringLiteral("model")).toString();
    o.text = j.value(QStringLiteral("text")).toString();
    o.inputTokens = readOptionalInt(j, QStringLiteral("inputTokens"));
    o.outputTokens = readOptionalInt(j, QStringLiteral("outputTokens"));
    o.ttftMs = readOptionalInt(j, QStringLiteral("ttftMs"));
    o.totalMs = readOptionalInt(j, QStringLiteral("totalMs")).value_or(0);
    o.retryAfterMs = readOptionalInt(j, QStringLiteral("retryAfterMs"));
    if (j.value(QStringLiteral("cost")).isString())
        o.cost = Decimal::parse(j.value(QStringLiteral("cost")).toString());
    o.finishReason = j.value(QStringLiteral("finishReason")).toString();
    const QJsonObject err = j.value(QStringLiteral("error")).toObject();
    o.errorClass = err.value(QStringLiteral("class")).toString();
    o.errorMessage = err.value(QStringLiteral("message")).toString();
    const QJsonArray asserts = j.value(QStringLiteral("assertions")).toArray();
    for (const QJsonValue &v : asserts) {
        const QJsonObject a = v.toObject();
        c.assertions.append(AssertionResult{a.value(QStringLiteral("type")).toString(),
                                            a.value(QStringLiteral("value")).toString(),
                                            a.value(QStringLiteral("passed")).toBool(),
                                            a.value(QStringLiteral("detail")).toString()});
    }
    return c;
}

QStringList csvHeader()
{
    return {QStringLiteral("run"), QStringLiteral("case"), QStringLiteral("target"),
            QStringLiteral("repeat"), QStringLiteral("tier"), QStringLiteral("provider"),
            QStringLiteral("model"), QStringLiteral("state"), QStringLiteral("inputTokens"),
            QStringLiteral("outputTokens"), QStringLiteral("ttftMs"), QStringLiteral("totalMs"),
            QStringLiteral("tokensPerSecond"), QStringLiteral("cost"),
            QStringLiteral("finishReason"), QStringLiteral("errorClass"),
            QStringLiteral("errorMessage"), QStringLiteral("attempts"),
            QStringLiteral("assertionsPassed"), QStringLiteral("assertionsFailed"),
            QStringLiteral("assertionFailures"), QStringLiteral("routingClass"),
            QStringLiteral("routingTier"), QStringLiteral("routingScore"),
            QStringLiteral("decision"), QStringLiteral("prompt"), QStringLiteral("text")};
}

QStringList csvRow(const CellResult &cell)
{
    const CellOutcome &o = cell.outcome;
    QStringList failures;
    for (const AssertionResult &a : cell.assertions)
        if (!a.passed)
            failures.append(a.type + u':' + a.value);
    const auto tps = o.tokensPerSecond();
    const int failed = cell.failedAssertions();
    const QJsonValue score = cell.decision.value(QStringLiteral("score"));
    return {cell.runId, cell.caseId, cell.targetId, QString::number(cell.key.repeat), cell.tier,
            o.provider, o.model, cellStateName(cell.state), optionalText(o.inputTokens),
            optionalText(o.outputTokens), optionalText(o.ttftMs), QString::number(o.totalMs),
            tps ? QString::number(*tps, 'f', 1) : QString(), o.cost ? o.cost->toString() : QString(),
            o.finishReason, o.errorClass, o.errorMessage, QString::number(cell.attempts),
            QString::number(cell.assertions.size() - failed), QString::number(failed),
            failures.join(QStringLiteral("; ")),
            cell.decision.value(QStringLiteral("class")).toString(),
            cell.decision.value(QStringLiteral("tier")).toString(),
            score.isDouble() ? QString::number(score.toDouble(), 'f', 4) : QString(),
            cell.decision.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(cell.decision).toJson(QJsonDocument::Compact)),
            cell.prompt, o.text};
}

/// A spreadsheet runs a cell that starts with = + - @ (or tab / CR) as a formula: such text
/// (a model's answer, a prompt) gets a leading apostrophe. Plain numbers stay numbers.
QString neutralised(const QString &field)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (field.isEmpty() || !triggers.contains(field.front()))
        return field;
    bool number = false;
    field.toDouble(&number);
    return number ? field : u'\'' + field;
}

QString csvLine(const QStringList &rawFields)
{
    QStringList quoted;
    quoted.reserve(rawFields.size());
    for (const QString &raw : rawFields) {
        const QString f = neutralised(raw);
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r')) {
            QString q = f;
            q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            quoted.append(u'"' + q + u'"');
        } else {
            quoted.append(f);
        }
    }
    return quoted.join(u',');
}

QString toCsv(const QList<CellResult> &cells)
{
    QString out = csvLine(csvHeader()) + QStringLiteral("\r\n");
    for (const CellResult &c : cells)
        out += csvLine(csvRow(c)) + QStringLiteral("\r\n");
    return out;
}

QString toJsonl(const QList<CellResult> &cells)
{
    QString out;
    for (const CellResult &c : cells)
        out += QString::fromUtf8(QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact)) + u'\n';
    return out;
}

} // namespace CellCodec
