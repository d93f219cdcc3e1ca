#include "corpus.h"

#include "routing/routejson.h"

#include <string>

namespace {

struct Rng
{
    std::uint64_t s;
    std::uint64_t next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    template<std::size_t N>
    const char *pick(const char *const (&list)[N]) { return list[below(int(N))]; }
};

constexpr const char *kGreetings[] = {"Hello", "Hi there!", "Thanks, that works.", "ok", "Good morning",
                                      "Can you help me?", "What time is it in Tokyo?", "Translate 'cat' to French."};
constexpr const char *kSubjects[] = {"the connection pool", "our Kubernetes deployment", "the payment service",
                                     "this SQL query", "the login flow", "the React component", "the cache layer",
                                     "the message queue consumer", "our CI pipeline", "the TLS termination proxy",
                                     "the data export job", "the GraphQL gateway", "the mobile sync endpoint"};
constexpr const char *kVerbs[] = {"configure", "speed up", "debug", "refactor", "secure", "monitor", "scale",
                                  "test", "document", "migrate", "review", "simplify"};
constexpr const char *kDetails[] = {
    "It handles about two hundred concurrent requests and latency spikes every few minutes.",
    "We use PostgreSQL 15 with pgbouncer in transaction mode.",
    "The service runs in three regions behind a global load balancer.",
    "Memory grows slowly until the pod is killed, which looks like a leak.",
    "Some requests time out after thirty seconds while others return immediately.",
    "The team wants to keep the public API backwards compatible.",
    "Authentication uses short-lived OAuth tokens issued by our identity provider.",
    "Logs show intermittent deadlock errors under load.",
    "Why does the throughput drop when we add more workers?",
    "Compare the trade-offs of both approaches and recommend one.",
    "Explain step by step what happens when a client reconnects.",
    "Which metrics should we alert on first?"};
constexpr const char *kCode[] = {
    "def merge(a, b):\n    result = []\n    while a and b:\n        result.append(a.pop(0) if a[0] < b[0] else b.pop(0))\n    return result + a + b\n",
    "for (auto &item : items) {\n    if (item.expired())\n        cache.erase(item.key());\n}\n",
    "SELECT u.id, count(o.id) FROM users u LEFT JOIN orders o ON o.user_id = u.id GROUP BY u.id HAVING count(o.id) > 10;\n",
    "func handle(w http.ResponseWriter, r *http.Request) {\n\tctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)\n\tdefer cancel()\n\tdata, err := store.Load(ctx, r.URL.Query().Get(\"id\"))\n\tif err != nil {\n\t\thttp.Error(w, err.Error(), 500)\n\t\treturn\n\t}\n\tjson.NewEncoder(w).Encode(data)\n}\n",
    "const [state, setState] = useState(null);\nuseEffect(() => { fetch(url).then(r => r.json()).then(setState); }, [url]);\n"};
constexpr const char *kSecurity[] = {
    "Analyze the security implications of implementing a zero-trust architecture with mutual TLS authentication.",
    "Assess the threat model of exposing the admin API through the public ingress.",
    "Review this design for injection vulnerabilities and authorization gaps.",
    "Evaluate our GDPR compliance when logs contain user email addresses."};
constexpr const char *kTaskTypes[] = {"", "", "", "simple_qa", "intent_classification", "security_analysis",
                                      "architecture", "code_review", "chat"};
constexpr const char *kCapabilities[] = {"security_analysis", "code_review", "architecture", "summarization",
                                         "data_analysis", "compliance_review"};

std::string message(Rng &rng)
{
    std::string m;
    const int kind = rng.below(10);
    if (kind < 4)
        return rng.pick(kGreetings);
    m = std::string("How should I ") + rng.pick(kVerbs) + " " + rng.pick(kSubjects) + "? ";
    for (int i = 0, n = 2 + rng.below(5); i < n; ++i)
        (m += rng.pick(kDetails)) += ' ';
    if (kind >= 8) { // long: code plus a security or review request
        for (int i = 0, n = 2 + rng.below(6); i < n; ++i)
            ((m += "\n```\n") += rng.pick(kCode)) += "```\n";
        for (int i = 0, n = 1 + rng.below(3); i < n; ++i)
            (m += rng.pick(kSecurity)) += ' ';
        for (int i = 0, n = 5 + rng.below(20); i < n; ++i)
            (m += rng.pick(kDetails)) += ' ';
    }
    return m;
}

} // namespace

QByteArray BenchCorpus::generate(std::int64_t targetBytes, std::uint64_t seed)
{
    Rng rng{seed ? seed : 1};
    std::string out;
    out.reserve(size_t(targetBytes) + 16384);
    while (std::int64_t(out.size()) < targetBytes) {
        out += "{\"message\":";
        RouteJson::appendString(out, message(rng));
        if (const char *t = rng.pick(kTaskTypes); *t)
            (out += ",\"taskType\":\"") += std::string(t) + "\"";
        if (rng.below(2))
            out += ",\"contextTokens\":" + std::to_string(rng.below(8192));
        if (rng.below(3) == 0)
            out += std::string(",\"capabilities\":[\"") + rng.pick(kCapabilities) + "\"]";
        if (rng.below(2))
            out += ",\"history\":" + std::to_string(rng.below(30));
        out += "}\n";
    }
    return QByteArray(out.data(), qsizetype(out.size()));
}
