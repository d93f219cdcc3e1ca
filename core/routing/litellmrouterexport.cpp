#include "litellmrouterexport.h"

#include "config/litellmconfig.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>

#include <yaml-cpp/yaml.h>

namespace {

/// The translation context "LiteLlmRouterExport" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiteLlmRouterExport)
};

/// "0.3", "0.7", "1.0": LiteLLM reads floats; a trailing ".0" keeps that obvious.
std::string boundary(double value)
{
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(u'.') && !text.contains(u'e'))
        text += QStringLiteral(".0");
    return text.toStdString();
}

/// "# - text", wrapped at 100 columns with "#   " continuation lines.
QByteArray comment(const QString &text)
{
    QByteArray out = "# -";
    qsizetype width = 3;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QByteArray w = word.toUtf8();
        if (width + 1 + w.size() > 100 && width > 4) {
            out += "\n#  ";
            width = 4;
        }
        out += ' ' + w;
        width += 1 + w.size();
    }
    return out + '\n';
}

QStringList notMapped(const RouterPolicy &policy)
{
    QStringList lines;
    lines << Tr::tr("spec.thresholds: copied as tier_boundaries, but LiteLLM scores with its own seven "
                "dimensions (token count, code, reasoning and technical terms...), so a request can "
                "land on another tier than in TierBench; recalibrate the boundaries on your traffic.");
    lines << Tr::tr("spec.weights: LiteLLM's dimension_weights weigh different dimensions; TierBench's "
                "five factor weights are not written (LiteLLM's defaults apply).");
    lines << Tr::tr("spec.capabilities and the request's context tokens and history turns: LiteLLM reads "
                "only the messages, so capability criticality has no equivalent.");
    if (!policy.taskOverrides.isEmpty()) {
        QStringList tasks = policy.taskOverrides.keys();
        std::sort(tasks.begin(), tasks.end());
        lines << Tr::tr("spec.taskOverrides (%1): LiteLLM has no task type; its keyword_tier_rules match "
                    "words in the message, not request metadata.").arg(tasks.join(QStringLiteral(", ")));
    }
    if (policy.hasBudgets)
        lines << Tr::tr("spec.budgets: set them on LiteLLM virtual keys or teams (max_budget, "
                    "budget_duration); the complexity router has no budgets.");
    lines << Tr::tr("An agent's tier preference: callers that want a tier ask the proxy for that tier's "
                "model_name directly.");
    return lines;
}

} // namespace

namespace LiteLlmRouterExport {

Result exportRouter(const RouterPolicy &policy, const TierConfig &config, const QString &routerName,
                    const TierMap &map)
{
    Result result;
    const LiteLlmConfig::ExportResult tiers = LiteLlmConfig::exportConfig(config);
    result.diagnostics = tiers.diagnostics;
    result.notMapped = notMapped(policy);

    std::array<QString, 3> tierOf;
    for (RouteClass c : RouteClasses::all) {
        const TierMap::Resolution r = map.resolve(config, c);
        if (!r.entry) {
            Diagnostic d;
            d.code = QStringLiteral("router-no-tier");
            d.path = QStringLiteral("spec.tiers");
            d.message = Tr::tr("The config has no tier for the %1 class; add one before exporting a router.")
                            .arg(RouteClasses::name(c));
            result.diagnostics.append(d);
            return result;
        }
        tierOf[RouteClasses::index(c)] = r.entry->tier;
        if (!r.reason.isEmpty())
            result.notMapped << Tr::tr("The %1 class has no tier of its own; it goes to %2 (%3).")
                                    .arg(RouteClasses::name(c), r.entry->tier, r.reason);
    }

    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginSeq << YAML::BeginMap;
    out << YAML::Key << "model_name" << YAML::Value << routerName.toStdString();
    out << YAML::Key << "litellm_params" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "model" << YAML::Value << "auto_router/complexity_router";
    out << YAML::Key << "complexity_router_config" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "tiers" << YAML::Value << YAML::BeginMap;
    const std::pair<const char *, RouteClass> tierRows[] = {{"SIMPLE", RouteClass::Light},
                                                            {"MEDIUM", RouteClass::Standard},
                                                            {"COMPLEX", RouteClass::Heavy},
                                                            {"REASONING", RouteClass::Heavy}};
    for (const auto &[name, c] : tierRows)
        out << YAML::Key << name << YAML::Value << tierOf[RouteClasses::index(c)].toStdString();
    out << YAML::EndMap;
    out << YAML::Key << "tier_boundaries" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "simple_medium" << YAML::Value << boundary(policy.thresholds.standard);
    out << YAML::Key << "medium_complex" << YAML::Value << boundary(policy.thresholds.heavy);
    out << YAML::Key << "complex_reasoning" << YAML::Value << boundary(1.0);
    out << YAML::EndMap << YAML::EndMap;
    // LiteLLM's default model is where its router sends a request with no signal: our defaultTier.
    out << YAML::Key << "complexity_router_default_model" << YAML::Value
        << tierOf[RouteClasses::index(policy.defaultClass)].toStdString();
    out << YAML::EndMap << YAML::EndMap << YAML::EndSeq;

    // The router entry goes at the end of the tiers' model_list, indented like its items.
    QByteArray router;
    for (const QByteArray &line : QByteArray(out.c_str(), qsizetype(out.size())).split('\n'))
        router += "  " + line + '\n';

    QByteArray header = QStringLiteral("# LiteLLM complexity router for TierBench router policy \"%1\" on\n"
                                       "# ModelTierConfig \"%2\" (tierctl export --to litellm-router).\n"
                                       "# What cannot map exactly:\n")
                            .arg(policy.name, config.name)
                            .toUtf8();
    for (const QString &line : std::as_const(result.notMapped))
        header += comment(line);
    result.yaml = header + tiers.yaml + router;
    return result;
}

} // namespace LiteLlmRouterExport
