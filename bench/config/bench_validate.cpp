// What `tierctl validate` does with a file (ConfigCodec::parse: the guards, the walk, the
// rules) against a bare yaml-cpp YAML::LoadAll of the same bytes, on a generated file of
// 5,000 tiers in multi-document form (a ModelTierConfig holds each tier name at most once,
// so 1,667 documents of three tiers), optionally followed by KAOS ModelAPI documents (half
// Hosted 2025-12 with resources, half Proxy 2026-01 with env and a nested LiteLLM config), which
// exercise the CRD schema check (issue 16). Prints each run and the median ratio.
// Build in Release: cmake -DCMAKE_BUILD_TYPE=Release;
// run: build/bin/bench_validate [runs] [tiers] [modelapis].
#include "config/configcodec.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <string>

namespace {

QByteArray generateModelApis(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 2 == 0)
            out += "---\napiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: hosted-" + n
                   + "\n  namespace: team-" + QByteArray::number(i % 7) + "\nspec:\n  mode: Hosted\n  serverConfig:\n"
                   "    model: \"smollm2:135m\"\n    env:\n      - name: OLLAMA_DEBUG\n        value: \"false\"\n"
                   "    resources:\n      requests:\n        memory: \"2Gi\"\n        cpu: \"1000m\"\n"
                   "      limits:\n        memory: 8Gi\n        cpu: 4\n";
        else
            out += "---\napiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: proxy-" + n
                   + "\nspec:\n  mode: Proxy\n  proxyConfig:\n    apiBase: \"http://ollama.svc:11434\"\n"
                   "    configYaml:\n      fromString: |\n        model_list:\n          - model_name: \"m" + n
                   + "\"\n            litellm_params:\n              model: \"ollama/m" + n + "\"\n"
                   "    env:\n      - name: OPENAI_API_KEY\n        valueFrom:\n          secretKeyRef:\n"
                   "            name: llm-secrets\n            key: openai\n  gatewayRoute:\n    timeout: 120s\n"
                   "status:\n  phase: Ready\n  ready: true\n  endpoint: \"http://proxy-" + n + ".svc:8000\"\n";
    }
    return out;
}

QByteArray generate(int tiers)
{
    static const char *const names[] = {"fast", "standard", "reasoning"};
    static const char *const providers[] = {"anthropic", "openai", "ollama"};
    QByteArray out;
    for (int t = 0, doc = 0; t < tiers; ++doc) {
        out += "---\napiVersion: core.infraagent.io/v1alpha1\nkind: ModelTierConfig\nmetadata:\n  name: cfg-"
               + QByteArray::number(doc) + "\nspec:\n  defaultAuth:\n    type: apiKey\n"
               "    secretRef: llm-api-key\n    secretKey: api-key\n  tiers:\n";
        for (int i = 0; i < 3 && t < tiers; ++i, ++t) {
            out += "    - tier: " + QByteArray(names[i]) + "\n      provider: " + providers[i]
                   + "\n      model: model-" + QByteArray::number(t) + "\n      endpoint: https://llm"
                   + QByteArray::number(t % 17) + ".example.com/v1\n      maxTokens: "
                   + QByteArray::number(1024 + t % 4096) + "\n      costPerMillionInput: \"0."
                   + QByteArray::number(10 + t % 89) + "\"\n      costPerMillionOutput: \""
                   + QByteArray::number(1 + t % 15) + ".25\"\n";
        }
    }
    return out;
}

qint64 timeNs(const auto &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 9;
    const int tiers = argc > 2 ? std::max(1, atoi(argv[2])) : 5000;
    const int modelApis = argc > 3 ? std::max(0, atoi(argv[3])) : 0;
    const QByteArray yaml = generate(tiers) + generateModelApis(modelApis);

    // Warm up both, and check that the generated file is clean.
    const ParsedConfigFile check = ConfigCodec::parse(yaml);
    for (const Diagnostic &d : check.diagnostics)
        if (d.isError()) {
            std::fprintf(stderr, "generated file has an error at %d:%d: %s\n", d.line, d.column,
                         qPrintable(d.message));
            return 1;
        }
    std::size_t loaded = YAML::LoadAll(yaml.toStdString()).size();

    QList<double> ratios;
    QList<qint64> bare;
    QList<qint64> validate;
    for (int i = 0; i < runs; ++i) {
        // yaml-cpp reads a std::string; the copy from the file's bytes is part of its work.
        const qint64 b = timeNs([&] { loaded += YAML::LoadAll(yaml.toStdString()).size(); });
        qsizetype documents = 0;
        const qint64 v = timeNs([&] { documents = ConfigCodec::parse(yaml).documents.size(); });
        bare.append(b);
        validate.append(v);
        ratios.append(double(v) / double(b));
        std::printf("run %d: LoadAll %.1f ms, validate %.1f ms (%lld documents), ratio %.3f\n", i + 1, b / 1e6,
                    v / 1e6, qlonglong(documents), ratios.last());
    }
    std::sort(ratios.begin(), ratios.end());
    std::sort(bare.begin(), bare.end());
    std::sort(validate.begin(), validate.end());
    std::printf("%d tiers, %d ModelAPIs, %lld bytes: median LoadAll %.1f ms, median validate %.1f ms, median ratio %.3f "
                "(target <= 1.2)\n",
                tiers, modelApis, qlonglong(yaml.size()), bare[bare.size() / 2] / 1e6, validate[validate.size() / 2] / 1e6,
                ratios[ratios.size() / 2]);
    return loaded > 0 ? 0 : 1;
}
