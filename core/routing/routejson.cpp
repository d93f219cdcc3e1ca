#include "routejson.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <cstring>

namespace RouteJson {

namespace {

void appendDouble(std::string &out, double v)
{
    char buf[32];
    if (!std::isfinite(v))
        v = 0;
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 4);
    out.append(buf, r.ptr);
}

void appendQString(std::string &out, const QString &s)
{
    // Tier, provider and model names are nearly always ASCII: copy them without a conversion.
    const char16_t *p = reinterpret_cast<const char16_t *>(s.utf16());
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] >= 0x80 || p[i] < 0x20 || p[i] == '"' || p[i] == '\\') {
            const QByteArray utf8 = s.toUtf8();
            appendString(out, std::string_view(utf8.constData(), size_t(utf8.size())));
            return;
        }
    }
    const size_t start = out.size();
    out.resize(start + size_t(n) + 2);
    char *w = out.data() + start;
    *w++ = '"';
    for (qsizetype i = 0; i < n; ++i)
        *w++ = char(p[i]);
    *w = '"';
}

void appendNullableString(std::string &out, const QString &s)
{
    if (s.isNull())
        out += "null";
    else
        appendQString(out, s);
}

void appendCost(std::string &out, const std::optional<Decimal> &cost)
{
    if (!cost) {
        out += "null";
        return;
    }
    const QByteArray text = cost->toString().toLatin1();
    out += '"';
    out.append(text.constData(), size_t(text.size()));
    out += '"';
}

void appendInt(std::string &out, int v)
{
    char buf[16];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

} // namespace

void appendSignals(std::string &out, const ComplexityEvidence &e)
{
    out += ",\"signals\":{\"domain_depth\":";
    appendDouble(out, e.domainDepth);
    out += ",\"quantitative\":";
    appendDouble(out, e.quantitative);
    out += ",\"plain_words\":";
    appendDouble(out, e.plainWords);
    out += ",\"constraints\":";
    appendInt(out, e.constraints);
    out += ",\"deliverables\":";
    appendInt(out, e.deliverables);
    out += ",\"multi_hop\":";
    appendInt(out, e.multiHop);
    out += e.trivial ? ",\"trivial\":true" : ",\"trivial\":false";
    out += e.noSignal ? ",\"no_signal\":true}" : ",\"no_signal\":false}";
}

void appendString(std::string &out, std::string_view s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.data() + start, i - start);
        start = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out.append(s.data() + start, s.size() - start);
    out += '"';
}

void appendDecision(std::string &out, const RoutingDecision &d)
{
    const ComplexityFactors &f = d.complexity.factors;
    out += "{\"score\":";
    appendDouble(out, d.complexity.score);
    out += ",\"factors\":{\"message_complexity\":";
    appendDouble(out, f.messageComplexity);
    out += ",\"context_requirement\":";
    appendDouble(out, f.contextRequirement);
    out += ",\"capability_criticality\":";
    appendDouble(out, f.capabilityCriticality);
    out += ",\"conversation_depth\":";
    appendDouble(out, f.conversationDepth);
    out += ",\"keyword_signals\":";
    appendDouble(out, f.keywordSignals);
    out += '}';
    appendSignals(out, d.complexity.evidence);
    out += ",\"class\":\"";
    out += RouteClasses::latin1Name(d.routeClass);
    out += "\",\"tier\":";
    appendNullableString(out, d.ok() ? d.tier : QString());
    out += ",\"provider\":";
    appendNullableString(out, d.ok() ? d.provider : QString());
    out += ",\"model\":";
    appendNullableString(out, d.ok() ? d.model : QString());
    out += ",\"rule\":";
    appendQString(out, RoutingDecision::ruleName(d.rule));
    out += ",\"cause\":";
    appendQString(out, d.cause);
    out += ",\"reason\":";
    appendQString(out, d.reason);
    out += ",\"alternatives\":[";
    for (qsizetype i = 0; i < d.alternatives.size(); ++i) {
        const TierAlternative &a = d.alternatives.at(i);
        out += i ? ",{\"tier\":" : "{\"tier\":";
        appendQString(out, a.tier);
        out += ",\"provider\":";
        appendQString(out, a.provider);
        out += ",\"model\":";
        appendQString(out, a.model);
        out += ",\"estimatedCost\":";
        appendCost(out, a.estimatedCost);
        out += '}';
    }
    out += ']';
    if (!d.ok()) {
        out += ",\"error\":";
        appendQString(out, d.error);
    }
    out += '}';
}

QByteArray decisionToJson(const RoutingDecision &decision)
{
    std::string out;
    appendDecision(out, decision);
    return QByteArray(out.data(), qsizetype(out.size()));
}

void appendError(std::string &out, const QString &message)
{
    out += "{\"error\":";
    appendQString(out, message);
    out += '}';
}

namespace {

/// A tiny recursive-descent JSON reader over one line; errors carry the byte offset.
struct Reader
{
    std::string_view s;
    size_t i = 0;
    const char *error = nullptr;

    bool fail(const char *what)
    {
        if (!error)
            error = what;
        return false;
    }
    void ws()
    {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
            ++i;
    }
    bool eat(char c)
    {
        ws();
        if (i < s.size() && s[i] == c) {
            ++i;
            return true;
        }
        return false;
    }
    static void appendUtf8(std::string &out, char32_t cp)
    {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xc0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            out += char(0xe0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3f));
            out += char(0x80 | (cp & 0x3f));
        } else {
            out += char(0xf0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3f));
            out += char(0x80 | ((cp >> 6) & 0x3f));
            out += char(0x80 | (cp & 0x3f));
        }
    }
    bool hex4(char32_t &v)
    {
        if (i + 4 > s.size())
            return fail("truncated \\u escape");
        v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = s[i++];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f') v |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= char32_t(c - 'A' + 10);
            else return fail("bad \\u escape");
        }
        return true;
    }
    /// Reads a string into `out` (cleared first). `out` may be null to skip.
    bool string(std::string *out)
    {
        if (!eat('"'))
            return fail("expected a string");
        if (out)
            out->clear();
        for (;;) {
            // memchr is vectorised: find the closing quote, then any escape before it.
            const size_t start = i;
            const void *quote = std::memchr(s.data() + i, '"', s.size() - i);
            const size_t end = quote ? size_t(static_cast<const char *>(quote) - s.data()) : s.size();
            const void *escape = std::memchr(s.data() + i, '\\', end - i);
            i = escape ? size_t(static_cast<const char *>(escape) - s.data()) : end;
            if (out)
                out->append(s.data() + start, i - start);
            if (i >= s.size())
                return fail("unterminated string");
            if (s[i++] == '"')
                return true;
            if (i >= s.size())
                return fail("unterminated string");
            const char e = s[i++];
            char32_t cp = 0;
            switch (e) {
            case '"': cp = '"'; break;
            case '\\': cp = '\\'; break;
            case '/': cp = '/'; break;
            case 'b': cp = '\b'; break;
            case 'f': cp = '\f'; break;
            case 'n': cp = '\n'; break;
            case 'r': cp = '\r'; break;
            case 't': cp = '\t'; break;
            case 'u':
                if (!hex4(cp))
                    return false;
                if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < s.size() && s[i] == '\\' && s[i + 1] == 'u') {
                    i += 2;
                    char32_t low = 0;
                    if (!hex4(low))
                        return false;
                    cp = (low >= 0xdc00 && low <= 0xdfff)
                             ? 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00) : 0xfffd;
                } else if (cp >= 0xd800 && cp <= 0xdfff) {
                    cp = 0xfffd;
                }
                break;
            default: return fail("bad escape");
            }
            if (out)
                appendUtf8(*out, cp);
        }
    }
    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (s.substr(i, n) != word)
            return fail("unexpected token");
        i += n;
        return true;
    }
    bool isNull()
    {
        ws();
        if (s.substr(i, 4) == "null") {
            i += 4;
            return true;
        }
        return false;
    }
    bool integer(std::int64_t &v)
    {
        ws();
        double d = 0;
        const auto r = std::from_chars(s.data() + i, s.data() + s.size(), d);
        if (r.ec != std::errc() || d != std::floor(d) || std::fabs(d) > 9e15)
            return fail("expected an integer");
        v = static_cast<std::int64_t>(d);
        i = size_t(r.ptr - s.data());
        return true;
    }
    bool skipValue(int depth = 0)
    {
        ws();
        if (i >= s.size() || depth > 64)
            return fail("expected a value");
        const char c = s[i];
        if (c == '"')
            return string(nullptr);
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            ++i;
            if (eat(close))
                return true;
            do {
                if (c == '{' && !(string(nullptr) && eat(':')))
                    return fail("expected a key");
                if (!skipValue(depth + 1))
                    return false;
            } while (eat(','));
            return eat(close) || fail("expected , or a closing bracket");
        }
        if (c == 't')
            return literal("true");
        if (c == 'f')
            return literal("false");
        if (c == 'n')
            return literal("null");
        std::int64_t ignored = 0;
        double d = 0;
        const auto r = std::from_chars(s.data() + i, s.data() + s.size(), d);
        if (r.ec != std::errc())
            return fail("expected a value");
        (void)ignored;
        i = size_t(r.ptr - s.data());
        return true;
    }
};

} // namespace

bool parseRequest(std::string_view line, std::string &message, RouteRequest &request, QString *error,
                  RequestExtras *extras)
{
    request = RouteRequest{};
    if (extras)
        *extras = RequestExtras{};
    Reader r{line};
    std::string key;
    std::string text;
    bool haveMessage = false;
    bool ok = r.eat('{');
    if (!ok)
        r.fail("expected an object");
    if (ok && !r.eat('}')) {
        do {
            if (!(ok = r.string(&key) && (r.eat(':') || r.fail("expected :"))))
                break;
            if (key == "message") {
                ok = r.string(&message);
                haveMessage = ok;
            } else if (key == "taskType" || key == "preferredTier") {
                if (r.isNull())
                    continue;
                ok = r.string(&text);
                (key == "taskType" ? request.taskType : request.preferredTier)
                    = QString::fromUtf8(text.data(), qsizetype(text.size()));
            } else if (key == "contextTokens" || key == "history" || key == "expectedOutputTokens") {
                std::int64_t v = 0;
                if (r.isNull())
                    continue;
                ok = r.integer(v) && (v >= 0 || r.fail("expected a non-negative integer"));
                if (key == "contextTokens")
                    request.hints.contextTokens = v;
                else if (key == "history")
                    request.hints.historyTurns = int(std::min<std::int64_t>(v, 1 << 30));
                else
                    request.expectedOutputTokens = v;
            } else if (key == "capabilities") {
                if (r.isNull())
                    continue;
                ok = r.eat('[') || r.fail("expected an array of strings");
                if (ok && !r.eat(']')) {
                    do {
                        if (!(ok = r.string(&text)))
                            break;
                        request.hints.capabilities.append(
                            QString::fromUtf8(text.data(), qsizetype(text.size())));
                    } while (r.eat(','));
                    ok = ok && (r.eat(']') || r.fail("expected , or ]"));
                }
            } else if (extras && (key == "id" || key == "tenant")) {
                if (r.isNull())
                    continue;
                QString &target = key == "id" ? extras->id : extras->tenant;
                r.ws();
                const size_t start = r.i;
                if (r.i < line.size() && line[r.i] == '"') {
                    ok = r.string(&text);
                    target = QString::fromUtf8(text.data(), qsizetype(text.size()));
                } else if ((ok = r.skipValue())) { // a number (or anything else) as written
                    target = QString::fromUtf8(line.data() + start, qsizetype(r.i - start));
                }
            } else {
                ok = r.skipValue();
            }
        } while (ok && r.eat(','));
        ok = ok && (r.eat('}') || r.fail("expected , or }"));
    }
    if (ok) {
        r.ws();
        if (r.i != line.size())
            ok = r.fail("trailing characters after the object");
        else if (!haveMessage)
            ok = r.fail("missing \"message\"");
    }
    if (!ok && error)
        *error = QCoreApplication::translate("RouteJson", "%1 at byte %2")
                     .arg(QString::fromLatin1(r.error ? r.error : "invalid JSON"))
                     .arg(r.i + 1);
    return ok;
}

} // namespace RouteJson
