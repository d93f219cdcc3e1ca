#include "modelcatalog.h"

#include <QCoreApplication>

std::optional<CatalogModel> ModelCatalog::find(const QString &id) const
{
    const QList<CatalogModel> all = models();
    for (const CatalogModel &m : all)
        if (m.id == id)
            return m;
    return std::nullopt;
}

QStringList ModelCatalog::ids() const
{
    QStringList out;
    const QList<CatalogModel> all = models();
    for (const CatalogModel &m : all)
        out.append(m.id);
    return out;
}

namespace {
CatalogModel entry(const char *id, const char *provider, const char *in, const char *out,
                   int context)
{
    CatalogModel m;
    m.id = QString::fromLatin1(id);
    m.provider = QString::fromLatin1(provider);
    m.inputPerMillion = Decimal::parse(QString::fromLatin1(in));
    m.outputPerMillion = Decimal::parse(QString::fromLatin1(out));
    m.contextWindow = context;
    m.source = QCoreApplication::translate("ModelCatalog", "built-in list price");
    return m;
}
} // namespace

BuiltinModelCatalog::BuiltinModelCatalog()
{
    m_models = {
        entry("claude-haiku-3-5-20241022", "anthropic", "0.80", "4.00", 200000),
        entry("claude-sonnet-4-20250514", "anthropic", "3.00", "15.00", 200000),
        entry("claude-opus-4-20250514", "anthropic", "15.00", "75.00", 200000),
        entry("gpt-4o-mini", "openai", "0.15", "0.60", 128000),
        entry("gpt-4o", "openai", "2.50", "10.00", 128000),
        entry("gpt-4.1-mini", "openai", "0.40", "1.60", 1047576),
        entry("gpt-4.1", "openai", "2.00", "8.00", 1047576),
        entry("o3-mini", "openai", "1.10", "4.40", 200000),
        entry("llama3.1:8b", "ollama", "0", "0", 131072),
        entry("qwen2.5:7b", "ollama", "0", "0", 32768),
    };
}

QString BuiltinModelCatalog::description() const
{
    return QCoreApplication::translate("ModelCatalog", "built-in catalog (no registry)");
}
