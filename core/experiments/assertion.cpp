#include "assertion.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
const QStringList &knownTypes()
{
    static const QStringList types{QStringLiteral("contains"),       QStringLiteral("icontains"),
                                   QStringLiteral("regex"),          QStringLiteral("is-json"),
                                   QStringLiteral("max-latency-ms"), QStringLiteral("max-cost")};
    return types;
}
} // namespace

std::optional<Assertion> Assertion::parse(QStringView text, QString *error)
{
    const qsizetype colon = text.indexOf(u':');
    Assertion a;
    a.type = (colon < 0 ? text : text.left(colon)).trimmed().toString().toLower();
    if (colon >= 0)
        a.value = text.mid(colon + 1).toString();
    const QString problem = a.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return a;
}

std::optional<Assertion> Assertion::fromJson(const QJsonValue &json, QString *error)
{
    if (json.isString())
        return parse(json.toString(), error);
    if (!json.isObject()) {
        if (error)
            *error = tr("An assertion must be a string like \"contains:text\" or an object "
                        "{\"type\", \"value\"}.");
        return std::nullopt;
    }
    const QJsonObject o = json.toObject();
    Assertion a;
    a.type = o.value(QStringLiteral("type")).toString().toLower();
    const QJsonValue v = o.value(QStringLiteral("value"));
    a.value = v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString();
    const QString problem = a.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return a;
}

QJsonObject Assertion::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type}};
    if (type != u"is-json")
        o.insert(QStringLiteral("value"), value);
    return o;
}

QString Assertion::toString() const
{
    return type == u"is-json" ? type : type + u':' + value;
}

QString Assertion::validate() const
{
    if (!knownTypes().contains(type))
        return tr("Unknown assertion type '%1' (known: %2).")
            .arg(type, knownTypes().join(QStringLiteral(", ")));
    if (type == u"regex") {
        const QRegularExpression re(value);
        if (!re.isValid())
            return tr("Invalid regex '%1': %2.").arg(value, re.errorString());
    } else if (type == u"max-latency-ms") {
        bool ok = false;
        value.trimmed().toLongLong(&ok);
        if (!ok)
            return tr("max-latency-ms needs a whole number of milliseconds, not '%1'.").arg(value);
    } else if (type == u"max-cost") {
        if (!Decimal::parse(value.trimmed()))
            return tr("max-cost needs a decimal dollar amount, not '%1'.").arg(value);
    } else if (type != u"is-json" && value.isEmpty()) {
        return tr("Assertion '%1' needs a value.").arg(type);
    }
    return {};
}

AssertionResult Assertion::evaluate(const CellOutcome &outcome) const
{
    AssertionResult r{type, value, false, {}};
    const QString &text = outcome.text;
    if (type == u"contains") {
        r.passed = text.contains(value, Qt::CaseSensitive);
        if (!r.passed)
            r.detail = tr("The answer does not contain '%1'.").arg(value);
    } else if (type == u"icontains") {
        r.passed = text.contains(value, Qt::CaseInsensitive);
        if (!r.passed)
            r.detail = tr("The answer does not contain '%1' (any case).").arg(value);
    } else if (type == u"regex") {
        const QRegularExpression re(value);
        r.passed = re.isValid() && re.match(text).hasMatch();
        if (!r.passed)
            r.detail = tr("The answer does not match /%1/.").arg(value);
    } else if (type == u"is-json") {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(text.trimmed().toUtf8(), &err);
        r.passed = err.error == QJsonParseError::NoError && !doc.isNull();
        if (!r.passed)
            r.detail = tr("The answer is not valid JSON: %1.").arg(err.errorString());
    } else if (type == u"max-latency-ms") {
        const qint64 limit = value.trimmed().toLongLong();
        r.passed = outcome.totalMs <= limit;
        if (!r.passed)
            r.detail = tr("Took %1 ms, over the %2 ms limit.").arg(outcome.totalMs).arg(limit);
    } else if (type == u"max-cost") {
        const std::optional<Decimal> limit = Decimal::parse(value.trimmed());
        if (!outcome.cost) {
            r.detail = tr("The cost is unknown, so it cannot be checked against %1.").arg(value);
        } else {
            r.passed = limit && *outcome.cost <= *limit;
            if (!r.passed)
                r.detail = tr("Cost %1 is over the limit %2.")
                               .arg(outcome.cost->toString(), value.trimmed());
        }
    } else {
        r.detail = validate();
    }
    return r;
}
