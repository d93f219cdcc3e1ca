#include "configcodec.h"
#include "crdschema_p.h"
#include "yamlguard_p.h"
#include "yamlwalk_p.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

using namespace ConfigDetail;

SourcePosition ConfigDocument::positionOf(const QString &path) const
{
    QString p = path;
    while (true) {
        if (const auto it = valuePositions.constFind(p); it != valuePositions.cend() && it->isValid())
            return *it;
        if (const auto it = keyPositions.constFind(p); it != keyPositions.cend() && it->isValid())
            return *it;
        if (p.isEmpty())
            break;
        // Drop the last segment: "a.b[2]" -> "a.b", "a.b" -> "a".
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p = cut > 0 ? p.left(cut) : QString();
    }
    return {startLine, 1};
}

QList<const ConfigDocument *> ParsedConfigFile::documentsOfKind(ConfigDocument::Kind kind) const
{
    QList<const ConfigDocument *> result;
    for (const ConfigDocument &d : documents)
        if (d.kind == kind)
            result.append(&d);
    return result;
}

namespace {

struct Chunk
{
    int firstLine = 0; // 0-based
    QList<QByteArray> lines;
    bool hasMarker = false;
};

bool isDocumentMarker(const QByteArray &line)
{
    return line.startsWith("---") && (line.size() == 3 || line.at(3) == ' ' || line.at(3) == '\t'
                                      || line.at(3) == '\r');
}

bool isBlank(const QList<QByteArray> &lines)
{
    for (const QByteArray &l : lines) {
        const QByteArray t = l.trimmed();
        if (!t.isEmpty() && !t.startsWith('#') && t != "---" && t != "...")
            return false;
    }
    return true;
}

/// Splits the file at `---` lines in column 1. The preamble before the first marker is kept
/// only when it holds content.
QList<Chunk> splitDocuments(const QByteArray &yaml)
{
    QList<QByteArray> lines = yaml.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QList<Chunk> chunks;
    Chunk current;
    for (int i = 0; i < lines.size(); ++i) {
        if (isDocumentMarker(lines.at(i)) && (!current.lines.isEmpty() || current.hasMarker)) {
            if (current.hasMarker || !isBlank(current.lines))
                chunks.append(current);
            current = Chunk{i, {}, true};
        } else if (isDocumentMarker(lines.at(i))) {
            current = Chunk{i, {}, true};
        }
        current.lines.append(lines.at(i));
    }
    // A trailing `---` with nothing after it is not a document.
    if (!isBlank(current.lines) || chunks.isEmpty())
        chunks.append(current);
    return chunks;
}

/// TierBench's rules for the document's kind, then the CRD schema of its kind. With
/// Checks::SchemaOnly the rules still fill the document, but their findings are dropped.
void checkKnownKind(const YAML::Node &root, ConfigDocument::Kind kind, ConfigCodec::Checks checks, Walk &walk)
{
    const qsizetype first = walk.diagnostics->size();
    Diagnostics dropped;
    Diagnostics *kept = walk.diagnostics;
    if (checks == ConfigCodec::Checks::SchemaOnly)
        walk.diagnostics = &dropped;
    if (kind == ConfigDocument::Kind::TierConfig)
        readTierConfig(root, walk);
    else
        readModelApi(root, walk);
    walk.diagnostics = kept;
    CrdSchemaId schema = CrdSchemaId::TierConfig;
    if (kind == ConfigDocument::Kind::ModelApi) {
        const SchemaPick pick = pickModelApiSchema(root);
        schema = pick.id;
        const YAML::Node apiVersion = root["apiVersion"];
        walk.add(Diagnostic::Severity::Info, QStringLiteral("schema-version"), QStringLiteral("apiVersion"),
                 walk.pos(apiVersion ? apiVersion : root),
                 ValidatorTr::tr("Checked against the %1 CRD: %2.").arg(crdSchemaLabel(pick.id), pick.reason));
    }
    walk.doc->schemaName = crdSchemaLabel(schema);
    checkAgainstSchema(root, schema, walk, first);
}

void readDocument(const Chunk &chunk, ConfigDocument &doc, Diagnostics &diagnostics, ConfigCodec::Checks checks)
{
    Walk walk{&doc, &diagnostics, chunk.firstLine, chunk.lines, chunk.firstLine};
    const SourcePosition start{chunk.firstLine + 1, 1};
    if (isBlank(chunk.lines)) {
        walk.error(QStringLiteral("empty-document"), {}, start,
                   ValidatorTr::tr("The document is empty. Add a ModelTierConfig or ModelAPI, or remove the "
                      "empty `---` section."));
        return;
    }
    // The walk below checks nesting itself.
    const YamlLoad load = loadYaml(doc.source, /*checkNesting=*/false);
    if (load.error) {
        YAML::Mark mark;
        mark.line = load.error->line;
        mark.column = load.error->column;
        // yaml-cpp reports an unclosed construct at the end of input: keep it in this document.
        SourcePosition at = walk.pos(mark);
        if (at.line > doc.endLine)
            at = {doc.endLine, int(chunk.lines.constLast().size()) + 1};
        walk.error(load.error->code, {}, at, load.error->message);
        return;
    }
    const YAML::Node root = load.root;
    if (!root || root.IsNull()) {
        walk.error(QStringLiteral("empty-document"), {}, start, ValidatorTr::tr("The document is empty."));
        return;
    }
    // A document that is not a mapping is reported as such only; secrets are TierBench's rule.
    walk.scanSecrets = root.IsMap() && checks == ConfigCodec::Checks::All;
    // About one key and one value per line: no rehashing while the positions are recorded.
    doc.valuePositions.reserve(chunk.lines.size());
    doc.keyPositions.reserve(chunk.lines.size());
    if (!recordPositions(root, {}, walk))
        return; // nested too deep: the other walks would recurse as far
    if (!root.IsMap()) {
        walk.error(QStringLiteral("not-a-mapping"), {}, walk.pos(root),
                   ValidatorTr::tr("The document is %1, not a mapping. A config starts with `apiVersion:`, "
                      "`kind:`, `metadata:` and `spec:`.").arg(describe(root)));
        return;
    }

    const YAML::Node kind = root["kind"];
    const YAML::Node apiVersion = root["apiVersion"];
    doc.kindName = kind && kind.IsScalar() ? toQString(kind.Scalar()) : QString();
    const QString version = apiVersion && apiVersion.IsScalar() ? toQString(apiVersion.Scalar()) : QString();
    if (!apiVersion || version.isEmpty())
        walk.error(QStringLiteral("missing-api-version"), QStringLiteral("apiVersion"), walk.pos(root),
                   ValidatorTr::tr("The document has no apiVersion. Add `apiVersion: %1`.")
                       .arg(QLatin1StringView(TierConfig::ApiVersion)));
    if (doc.kindName.isEmpty()) {
        walk.error(QStringLiteral("missing-kind"), QStringLiteral("kind"), walk.pos(root),
                   ValidatorTr::tr("The document has no kind. Add `kind: ModelTierConfig` or `kind: ModelAPI`."));
        return;
    }

    struct Known { const char *kind; const char *apiVersion; ConfigDocument::Kind type; };
    static const Known known[] = {
        {TierConfig::Kind, TierConfig::ApiVersion, ConfigDocument::Kind::TierConfig},
        {ModelApi::Kind, ModelApi::ApiVersion, ConfigDocument::Kind::ModelApi},
    };
    for (const Known &k : known) {
        if (doc.kindName != QLatin1StringView(k.kind))
            continue;
        if (!version.isEmpty() && version != QLatin1StringView(k.apiVersion))
            walk.error(QStringLiteral("api-version"), QStringLiteral("apiVersion"), walk.pos(apiVersion),
                       ValidatorTr::tr("apiVersion \"%1\" is not supported for kind %2; use `apiVersion: %3`.")
                           .arg(version, doc.kindName, QLatin1StringView(k.apiVersion)));
        doc.kind = k.type;
        checkKnownKind(root, k.type, checks, walk);
        return;
    }
    // A router policy is checked one layer up, by core/routing's RouterPolicyCodec::validate().
    if (doc.kindName == u"RouterPolicy")
        return;
    // Companion kinds that appear in the same manifests (KAOS samples) are passed over.
    static const char *const companions[] = {"Namespace", "Agent", "MCPServer", "Secret", "ConfigMap",
                                             "Service", "Deployment", "ServiceAccount"};
    for (const char *c : companions) {
        if (doc.kindName == QLatin1StringView(c)) {
            walk.add(Diagnostic::Severity::Info, QStringLiteral("skipped-kind"), QStringLiteral("kind"),
                     walk.pos(kind), ValidatorTr::tr("%1 documents are not checked by TierBench.").arg(doc.kindName));
            return;
        }
    }
    walk.error(QStringLiteral("unknown-kind"), QStringLiteral("kind"), walk.pos(kind),
               ValidatorTr::tr("Unknown kind \"%1\". TierBench reads `kind: ModelTierConfig` (%2), "
                  "`kind: ModelAPI` (%3) and `kind: RouterPolicy`; check the spelling.")
                   .arg(doc.kindName, QLatin1StringView(TierConfig::ApiVersion),
                        QLatin1StringView(ModelApi::ApiVersion)));
}

/// One document read on its own, with its own diagnostics (so that documents can be read in parallel).
struct ReadChunk
{
    ConfigDocument doc;
    Diagnostics diagnostics;
};

/// Files with at least this many documents are read on several threads.
constexpr qsizetype kParallelDocuments = 64;

ReadChunk readChunk(const Chunk &chunk, int index, ConfigCodec::Checks checks)
{
    ReadChunk r;
    ConfigDocument &doc = r.doc;
    doc.index = index;
    doc.startLine = chunk.firstLine + 1;
    doc.endLine = chunk.firstLine + int(chunk.lines.size());
    doc.source = chunk.lines.join('\n') + '\n';
    try {
        readDocument(chunk, doc, r.diagnostics, checks);
    } catch (const YAML::Exception &e) {
        // A walk step that yaml-cpp refused (e.g. a subscript on a scalar): never let it out.
        Diagnostic d;
        d.code = QStringLiteral("yaml-syntax");
        d.line = e.mark.line >= 0 ? chunk.firstLine + e.mark.line + 1 : doc.startLine;
        d.column = e.mark.column >= 0 ? e.mark.column + 1 : 1;
        d.message = ValidatorTr::tr("The document could not be read: %1.").arg(toQString(e.msg));
        r.diagnostics.append(d);
        doc.kind = ConfigDocument::Kind::Unknown;
    }
    return r;
}

} // namespace

namespace ConfigCodec {

ParsedConfigFile parse(const QByteArray &yaml, Checks checks)
{
    ParsedConfigFile file;
    if (yaml.size() > MaxFileBytes) {
        Diagnostic d;
        d.code = QStringLiteral("file-too-large");
        d.line = 1;
        d.column = 1;
        d.message = ValidatorTr::tr("The file is %1 MB; configs larger than %2 MB are not read. Split it into "
                       "several files.")
                        .arg(QString::number(double(yaml.size()) / (1024 * 1024), 'f', 1))
                        .arg(MaxFileBytes / (1024 * 1024));
        file.diagnostics.append(d);
        return file;
    }
    const QList<Chunk> chunks = splitDocuments(yaml);
    std::vector<ReadChunk> read(size_t(chunks.size()));
    const auto work = [&chunks, &read, checks](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            read[size_t(i)] = readChunk(chunks.at(i), int(i), checks);
    };
    // Documents are independent: a large file is read on up to four threads, in contiguous
    // ranges, and put back in order (the schema check keeps one validator per thread).
    const int workers = chunks.size() < kParallelDocuments ? 1 : qBound(1, QThread::idealThreadCount(), 4);
    const qsizetype per = (chunks.size() + workers - 1) / workers;
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(work, qMin(chunks.size(), w * per), qMin(chunks.size(), (w + 1) * per));
    work(0, qMin(chunks.size(), per));
    for (std::thread &t : threads)
        t.join();
    for (ReadChunk &r : read) {
        file.documents.append(std::move(r.doc));
        file.diagnostics.append(r.diagnostics);
    }
    std::stable_sort(file.diagnostics.begin(), file.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::tie(a.line, a.column, a.code) < std::tie(b.line, b.column, b.code);
                     });
    return file;
}

} // namespace ConfigCodec

const ConfigDocument *ParsedConfigFile::tierConfigNamed(const QString &name) const
{
    for (const ConfigDocument *doc : documentsOfKind(ConfigDocument::Kind::TierConfig)) {
        if (name.isEmpty() || doc->tierConfig.name == name)
            return doc;
    }
    return nullptr;
}

TierConfigLoad ConfigCodec::loadTierConfig(const QString &path, const QString &name)
{
    TierConfigLoad load;
    const AtomicFile::ReadResult read = AtomicFile::read(path);
    if (!read.ok()) {
        load.error = read.error;
        return load;
    }
    const ParsedConfigFile parsed = parse(read.data);
    load.diagnostics = parsed.diagnostics;
    const ConfigDocument *doc = parsed.tierConfigNamed(name);
    if (!doc) {
        load.error = name.isEmpty()
            ? QCoreApplication::translate("ConfigCodec", "%1 holds no ModelTierConfig.").arg(path)
            : QCoreApplication::translate("ConfigCodec", "%1 holds no ModelTierConfig named '%2'.")
                  .arg(path, name);
        return load;
    }
    const qsizetype errors = std::count_if(parsed.diagnostics.cbegin(), parsed.diagnostics.cend(),
                                           [](const Diagnostic &d) { return d.isError(); });
    if (errors > 0) {
        load.error = QCoreApplication::translate(
                         "ConfigCodec", "%1 has %n error(s); run 'tierctl validate %1' to see them.",
                         nullptr, int(errors))
                         .arg(path);
        return load;
    }
    load.config = doc->tierConfig;
    return load;
}
