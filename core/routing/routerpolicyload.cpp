// RouterPolicyCodec::load and validate: a policy from a file, and the RouterPolicy documents
// of a multi-document config file.
#include "routerpolicycodec.h"

#include "config/atomicfile.h"

#include <QCoreApplication>

#include <algorithm>

namespace RouterPolicyCodec {

RouterPolicyLoad load(const QString &path)
{
    const AtomicFile::ReadResult read = AtomicFile::read(path);
    if (!read.ok()) {
        RouterPolicyLoad load;
        load.error = read.error;
        return load;
    }
    RouterPolicyLoad load = parse(read.data);
    const qsizetype errors = std::count_if(load.diagnostics.cbegin(), load.diagnostics.cend(),
                                           [](const Diagnostic &d) { return d.isError(); });
    const bool otherKind = std::any_of(load.diagnostics.cbegin(), load.diagnostics.cend(),
                                       [](const Diagnostic &d) { return d.code == u"policy.kind"; });
    if (otherKind)
        load.error = QCoreApplication::translate("RouterPolicyCodec",
                                                 "%1 is not a router policy; give a file with `kind: RouterPolicy`.")
                         .arg(path);
    else if (errors > 0)
        load.error = QCoreApplication::translate(
                         "RouterPolicyCodec", "%1 has %n error(s); run 'tierctl validate %1' to see them.",
                         nullptr, int(errors))
                         .arg(path);
    return load;
}

Diagnostics validate(const ParsedConfigFile &file)
{
    QList<const ConfigDocument *> policies;
    for (const ConfigDocument &doc : file.documents)
        if (doc.kindName == QLatin1StringView(RouterPolicy::Kind))
            policies.append(&doc);
    Diagnostics result;
    for (const Diagnostic &d : file.diagnostics) {
        const bool inPolicy = std::any_of(policies.cbegin(), policies.cend(), [&](const ConfigDocument *doc) {
            return d.line >= doc->startLine && d.line <= doc->endLine;
        });
        if (!inPolicy || d.code == u"inline-secret") // the policy codec does not look for pasted keys
            result.append(d);
    }
    for (const ConfigDocument *doc : policies) {
        for (Diagnostic d : parse(doc->source).diagnostics) {
            if (d.line > 0)
                d.line += doc->startLine - 1;
            result.append(d);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.line, a.column, a.code) < std::tie(b.line, b.column, b.code);
    });
    return result;
}

} // namespace RouterPolicyCodec
